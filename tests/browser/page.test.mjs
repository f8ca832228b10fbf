// The stand-alone page in headless Chromium: the whole report, every figure exact, charts drawn.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { OUTPUT_DIR, REPORT, allFigures, displayText, fullPageScreenshot, launch, openPage, scrollThrough, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

for (const { width, dpr } of [{ width: 375, dpr: 2 }, { width: 1280, dpr: 1 }]) {
  describe(`the page at ${width} px wide, pixel ratio ${dpr}`, () => {
    let page;
    before(async () => {
      page = await openPage(env.browser, env.url, { width, dpr });
      await scrollThrough(page);
      await waitReady(page);
    });
    after(async () => { await page?.closeAll(); });

    test('loads without console errors', () => {
      assert.deepEqual(page.problems, []);
    });

    test('shows the header and the source credit', async () => {
      assert.equal(await page.textContent('.ri-title'), REPORT.meta.title.zh);
      assert.equal(await page.textContent('.ri-subtitle'), REPORT.meta.subtitle.zh);
      assert.match(await page.textContent('.ri-meeting'), /2021-01-15/);
      const credit = await page.textContent('.ri-source');
      assert.ok(credit.includes(REPORT.meta.source.reporter), credit);
      assert.ok(credit.includes(REPORT.meta.source.headline), credit);
    });

    test('shows the KPI block with its 7 figures at their final values', async () => {
      const tiles = await page.$$eval('.ri-kpi .ri-tile .ri-counting', (els) => els.map((e) => e.textContent));
      const kpi = REPORT.sections.find((s) => s.id === 'kpi');
      assert.equal(tiles.length, 7);
      assert.deepEqual(tiles, kpi.figures.map(displayText));
    });

    test('shows the eight sections in the report\'s order', async () => {
      const ids = await page.$$eval('[data-section]', (els) => els.map((e) => e.dataset.section));
      assert.deepEqual(ids, REPORT.sections.map((s) => s.id));
      const titles = await page.$$eval('.ri-card .ri-section-title', (els) => els.map((e) => e.textContent));
      assert.deepEqual(titles, REPORT.sections.filter((s) => s.kind === 'work').map((s) => s.title.zh));
    });

    test('shows every figure of the data file with its unit and hedge', async () => {
      const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ''));
      const missing = allFigures().filter((f) => !text.includes(displayText(f))).map((f) => `${f.id}: ${displayText(f)}`);
      assert.deepEqual(missing, []);
      for (const f of allFigures().filter((f) => f.section !== 'kpi')) {
        const shown = await page.textContent(`[data-figure="${f.id}"] .ri-figure-value`);
        assert.equal(shown, displayText(f), f.id);
      }
    });

    test('draws every canvas, with a backing store matching its size', async () => {
      const canvases = await page.$$eval('canvas', (els) => els.map((c) => {
        const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let inked = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked += 1;
        const box = c.getBoundingClientRect();
        return { chart: c.closest('[data-section]').dataset.section, inked, width: c.width, height: c.height, cssWidth: box.width, cssHeight: box.height };
      }));
      const expected = REPORT.sections.reduce((n, s) => n + s.charts.length, 0);
      assert.equal(canvases.length, expected);
      for (const c of canvases) {
        assert.ok(c.inked > 500, `${c.chart}: only ${c.inked} pixels drawn`);
        assert.equal(c.width, Math.round(c.cssWidth * dpr), `${c.chart} width`);
        assert.equal(c.height, Math.round(c.cssHeight * dpr), `${c.chart} height`);
      }
    });

    test('fits the viewport: no horizontal scrolling', async () => {
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
      assert.ok(scrollWidth <= innerWidth, `${scrollWidth} > ${innerWidth}`);
    });

    test('lays every section out whole within the page, and writes its screenshot', async () => {
      await fullPageScreenshot(page, `${OUTPUT_DIR}page-${width}.png`);
      const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
      for (const section of REPORT.sections) {
        const card = await page.$(`[data-section="${section.id}"]`);
        const box = await card.boundingBox();
        assert.ok(box.width > 200 && box.height > 100, `${section.id}: ${box.width} × ${box.height}`);
        assert.ok(box.x >= 0 && box.x + box.width <= pageWidth, `${section.id} runs past the page`);
        const png = await card.screenshot({ path: `${OUTPUT_DIR}section-${section.id}-${width}.png` });
        assert.ok(png.length > 5000, `${section.id}: a ${png.length}-byte screenshot is blank`);
      }
    });
  });
}

test('numbers count up to their exact values', async () => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
  // Record every text the KPI numbers take before the page's own scripts run.
  await context.addInitScript(() => {
    window.seenNumbers = [];
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        if (el?.classList?.contains('ri-number')) window.seenNumbers.push(el.textContent);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const page = await context.newPage();
  await page.goto(env.url);
  await scrollThrough(page);
  await waitReady(page);
  const seen = await page.evaluate(() => window.seenNumbers);
  const gdp = seen.map(Number).filter((n) => !Number.isNaN(n) && n > 400);
  assert.ok(seen.length > 20, `only ${seen.length} updates`);
  assert.ok(seen.some((t) => Number(t) > 0 && Number(t) < 773), 'no intermediate value below 773');
  assert.equal(await page.textContent('.ri-tile .ri-number'), '773');
  assert.ok(gdp.length > 0);
  await context.close();
});

test('motion=off and reduced motion show final values at once', async () => {
  for (const [query, reducedMotion] of [['?motion=off', 'no-preference'], ['', 'reduce']]) {
    const page = await openPage(env.browser, env.url + query, { reducedMotion });
    await waitReady(page);
    const tiles = await page.$$eval('.ri-kpi .ri-counting', (els) => els.map((e) => e.textContent));
    assert.deepEqual(tiles, REPORT.sections[0].figures.map(displayText));
    assert.deepEqual(page.problems, []);
    await page.closeAll();
  }
});

test('sections= shows only the chosen sections', async () => {
  const page = await openPage(env.browser, `${env.url}?sections=economy,kpi`);
  await scrollThrough(page);
  await waitReady(page);
  const ids = await page.$$eval('[data-section]', (els) => els.map((e) => e.dataset.section));
  assert.deepEqual(ids, ['kpi', 'economy'], 'in the report\'s order');
  assert.equal(await page.$('.ri-header'), null, 'no page header for a partial embed');
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});
