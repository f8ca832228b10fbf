// Accessibility audited by axe-core (WCAG 2.1 A and AA) on the page, the embed page and the demo
// article, in the light and the dark theme, with every chart played: zero violations.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fullPageScreenshot, launch, openPage, renderAllPlots, scrollThrough } from './helpers.mjs';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let env;
// axe is injected as a script, which the strict CSP rightly refuses; the CSP itself is tested
// in embed.test.mjs.
before(async () => { env = await launch({ csp: false }); });
after(async () => { await env?.close(); });

async function audit(path, colorScheme) {
  const page = await openPage(env.browser, env.url + path, { width: 1280, colorScheme });
  await scrollThrough(page, 30);
  await page.waitForFunction(() => !document.querySelector('#report') || ['ready', 'error'].includes(document.querySelector('#report').dataset.state), null, { timeout: 30_000 });
  await page.waitForTimeout(300);
  for (const frame of page.frames()) await frame.evaluate(AXE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  await page.closeAll();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark']) {
  for (const path of ['', 'embed.html', 'demo/article.html', '?lang=en&text=large']) {
    test(`axe finds no WCAG 2.1 AA violation on /${path} (${colorScheme})`, async () => {
      assert.deepEqual(await audit(path, colorScheme), []);
    });
  }
}

test('axe finds no WCAG 2.1 AA violation in the editor page\'s own markup, with a data file open', async () => {
  const page = await openPage(env.browser, `${env.url}editor.html`, { width: 1400 });
  await page.waitForSelector('#editor[data-state="ready"]', { timeout: 30_000 });
  await page.selectOption('select[name="motion"]', 'off');
  const sample = readFileSync(new URL('../../data/sample-small.json', import.meta.url));
  await page.setInputFiles('#file', { name: 'sample-small.json', mimeType: 'application/json', buffer: sample });
  await page.waitForSelector('#editor[data-state="checked"]');
  await page.waitForFunction(() => [...document.querySelectorAll('.ed-frames iframe')].every((f) => f.contentDocument?.querySelector('#report')?.dataset.state === 'ready'), null, { timeout: 30_000 });
  await page.evaluate(AXE);
  // The page's own markup: the widget in the previews is audited on its own pages above.
  const result = await page.evaluate((tags) => window.axe.run({ exclude: [['.ed-frames iframe']] }, { runOnly: { type: 'tag', values: tags } }), TAGS);
  await page.closeAll();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
});

test('forced colours (high contrast): the charts take the system colours', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const context = await env.browser.newContext({ viewport: { width: 375, height: 900 }, forcedColors: 'active', colorScheme });
    const page = await context.newPage();
    await page.goto(`${env.url}?motion=off`);
    await page.waitForSelector('#report[data-state="ready"]');
    assert.equal(await page.getAttribute('#report', 'data-theme'), 'forced');
    const { brandRed, inked } = await page.$$eval('.ri canvas', (els) => {
      let brandRed = 0;
      let inked = 0;
      for (const c of els) {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        for (let i = 0; i < d.length; i += 4) {
          if (d[i + 3] < 200) continue;
          inked += 1;
          if (d[i] > 150 && d[i + 1] < 80 && d[i + 2] < 80) brandRed += 1;
        }
      }
      return { brandRed, inked };
    });
    assert.ok(inked > 10_000, `charts drawn (${inked} pixels)`);
    assert.equal(brandRed, 0, `no brand red in high contrast (${colorScheme})`);
    await fullPageScreenshot(page, `tests/output/forced-${colorScheme}-375.png`);
    await context.close();
  }
});

test('large text (适老化) enlarges text, charts and touch targets, and still fits', async () => {
  for (const width of [320, 1280]) {
    const normal = await openPage(env.browser, `${env.url}?motion=off`, { width });
    await normal.waitForSelector('#report[data-state="ready"]');
    const large = await openPage(env.browser, `${env.url}?motion=off&text=large`, { width });
    await large.waitForSelector('#report[data-state="ready"]');
    assert.equal(await large.getAttribute('#report', 'data-text'), 'large');
    const fontOf = (page, selector) => page.$eval(selector, (e) => parseFloat(getComputedStyle(e).fontSize));
    for (const selector of ['.ri-summary', '.ri-tile-label', '.ri-chart-title', '.ri-figure-label']) {
      assert.ok(await fontOf(large, selector) >= 1.2 * await fontOf(normal, selector), selector);
    }
    const targets = await large.$$eval('.ri-replay, .ri-download', (els) => els.map((e) => e.getBoundingClientRect().height));
    assert.ok(targets.every((h) => h >= 44), `touch targets: ${Math.min(...targets)} px`);
    // Charts are built for a narrower width and drawn a quarter larger, filling their container.
    const charts = await large.evaluate(() => window.reportWidget.chartMarks());
    await renderAllPlots(large);
    const containers = await large.$$eval('.ri canvas', (els) => els.map((c) => [c.getBoundingClientRect().width, c.closest('.ri-chart').clientWidth]));
    charts.forEach((c, i) => {
      assert.equal(containers[i][0], containers[i][1], 'canvas fills its container');
      assert.ok(Math.abs(c.widthCss * 1.25 - containers[i][1]) < 0.5, `chart ${i} drawn 1.25× larger`);
    });
    assert.ok(await large.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no horizontal overflow');
    assert.deepEqual([...normal.problems, ...large.problems], []);
    await normal.closeAll();
    await large.closeAll();
  }
});
