// Layout that survives any figure, in the browser's own fonts: for every report in data/ and
// data/examples/, at 280, 320, 375, 768 and 1280 px, in both languages and both text sizes, no
// text of a chart leaves its canvas or overlaps another (boxes from the widget's chartTexts(),
// measured by the browser), each chart fits its canvas, and nothing of a card leaves the card.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { OUTPUT_DIR, fullPageScreenshot, launch, openPage, renderAllPlots, waitReady } from './helpers.mjs';

const WIDTHS = [1280, 768, 375, 320, 280];
const DATA = new URL('../../data/', import.meta.url);

/** Every report file: data/*.json and data/examples/*.json, the schema aside. */
function reportFiles() {
  const files = [];
  for (const dir of ['', 'examples/']) {
    const url = new URL(dir, DATA);
    if (!existsSync(url)) continue;
    for (const name of readdirSync(url).sort()) {
      if (name.endsWith('.json') && !name.includes('schema')) files.push(`${dir}${name}`);
    }
  }
  return files;
}

let env;
before(async () => { env = await launch({ csp: true }); });
after(async () => { await env?.close(); });

/** Opens the page on `file` (served at /test-data/) with `query`. */
async function openReport(file, query) {
  const page = await openPage(env.browser, 'about:blank', { width: WIDTHS[0], height: 900 });
  const body = readFileSync(new URL(file, DATA), 'utf8');
  await page.route((url) => url.pathname.startsWith('/test-data/'),
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto(`${env.url}?src=/test-data/${file}&motion=off&${query}`);
  await waitReady(page);
  await renderAllPlots(page);
  return page;
}

/** Waits until every canvas is drawn at its container's new width (the resize observer's work). */
async function settled(page) {
  await page.waitForFunction(() => {
    const charts = window.reportWidget.chartTexts();
    const canvases = [...document.querySelectorAll('.ri canvas')];
    return canvases.length === charts.length
      && canvases.every((c, i) => Math.abs(c.getBoundingClientRect().width - charts[i].widthCss) < 1);
  }, null, { timeout: 10_000, polling: 100 });
}

/** Every way the page breaks the layout rules at its current width. */
function faults(page) {
  return page.evaluate(() => {
    const found = [];
    const canvases = [...document.querySelectorAll('.ri canvas')];
    window.reportWidget.chartTexts().forEach((chart, i) => {
      const at = `${chart.section} chart ${chart.chart}`;
      const canvas = canvases[i].getBoundingClientRect();
      if (chart.widthCss > canvas.width + 1) found.push(`${at}: laid out ${chart.widthCss} px wide in a ${canvas.width} px canvas`);
      // A pixel of slack: glyphs are placed on device pixels and measured in fractions.
      for (const t of chart.texts) {
        if (t.x < -1 || t.y < -1 || t.x + t.width > chart.widthCss + 1 || t.y + t.height > chart.heightCss + 1) {
          found.push(`${at}: «${t.text}» (x ${t.x.toFixed(1)}–${(t.x + t.width).toFixed(1)}) leaves the ${chart.widthCss.toFixed(0)} px chart`);
        }
      }
      chart.texts.forEach((a, j) => {
        for (const b of chart.texts.slice(j + 1)) {
          const apart = a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5
            || a.y + a.height <= b.y + 0.5 || b.y + b.height <= a.y + 0.5;
          if (!apart) found.push(`${at}: «${a.text}» overlaps «${b.text}»`);
        }
      });
    });
    for (const card of document.querySelectorAll('.ri-section, .ri-header')) {
      const name = card.dataset.section ?? 'header';
      if (card.scrollWidth > card.clientWidth) found.push(`${name}: scroll width ${card.scrollWidth} > ${card.clientWidth}`);
      const edge = card.getBoundingClientRect();
      for (const el of card.querySelectorAll('*')) {
        if (el.closest('.ri-visually-hidden, [hidden]')) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0) continue;
        if (box.left < edge.left - 0.5 || box.right > edge.right + 0.5) {
          found.push(`${name}: <${el.tagName.toLowerCase()} class="${el.className}"> «${el.textContent.slice(0, 30)}» runs ${Math.round(box.right - edge.right)} px past the card`);
        }
      }
      // Words and numbers break only where the language allows: never inside (a hyphen is a
      // place English allows).
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest('.ri-visually-hidden, [hidden]')) continue;
        for (const word of node.data.matchAll(/[A-Za-z0-9][\w'’.,%]*[\w%]/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) found.push(`${name}: «${word[0]}» is broken across lines`);
        }
      }
      // A figure's number never parts from its unit: each .ri-unbroken is one line.
      for (const el of card.querySelectorAll('.ri-unbroken')) {
        const lines = new Set([...el.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) found.push(`${name}: «${el.textContent}» breaks across lines`);
      }
    }
    return found;
  });
}

for (const file of reportFiles()) {
  test(`${file}: no text leaves its chart or card, or overlaps, at 280–1280 px in zh/en, normal/large`, async () => {
    const problems = [];
    for (const lang of ['zh', 'en']) {
      for (const text of ['normal', 'large']) {
        const page = await openReport(file, `lang=${lang}&text=${text}`);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await settled(page);
          for (const fault of await faults(page)) problems.push(`${lang} ${text} ${width}px: ${fault}`);
          if (width === 320 && text === 'large') {
            await fullPageScreenshot(page, `${OUTPUT_DIR}layout-${file.replace(/\W+/g, '-')}-${lang}-large-320.png`);
          }
        }
        assert.deepEqual(page.problems, [], `${lang} ${text}: console`);
        await page.closeAll();
      }
    }
    assert.deepEqual(problems.slice(0, 40), [], `${problems.length} layout faults`);
  });
}

test('the check finds a text that leaves its chart', async () => {
  // The rules can fail: a canvas squeezed narrower than its chart's layout is reported.
  const page = await openReport('erqi-2020.json', 'lang=en');
  await page.evaluate(() => { for (const c of document.querySelectorAll('.ri canvas')) c.style.width = '100px'; });
  const found = await faults(page);
  assert.ok(found.some((f) => f.includes('canvas')), found.join('\n'));
  await page.closeAll();
});
