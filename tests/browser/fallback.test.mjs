// Readers without WebAssembly or without JavaScript still see every figure: the static page,
// rendered at build time from the same Rust core (HTML with SVG charts).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { OUTPUT_DIR, REPORT, allFigures, displayText, launch } from './helpers.mjs';

let env;
before(async () => { env = await launch({ csp: true }); });
after(async () => { await env?.close(); });

const chartCount = REPORT.sections.reduce((n, s) => n + s.charts.length, 0);

async function missingFigures(page) {
  const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ''));
  return allFigures().filter((f) => !text.includes(displayText(f))).map((f) => f.id);
}

test('without WebAssembly every figure is on the page, with SVG charts', async () => {
  for (const [path, width] of [['', 375], ['', 1280], ['embed.html', 375]]) {
    const context = await env.browser.newContext({ viewport: { width, height: 800 } });
    await context.addInitScript(() => { delete window.WebAssembly; });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.url + path);
    await page.waitForTimeout(800);
    assert.equal(await page.getAttribute('#report', 'data-state'), 'static', path);
    assert.deepEqual(await missingFigures(page), [], path);
    assert.equal(await page.$$eval('#report svg.ri-svg', (els) => els.length), chartCount);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no horizontal overflow');
    assert.deepEqual(errors, [], 'no uncaught errors');
    if (!path) await page.screenshot({ path: `${OUTPUT_DIR}no-wasm-${width}.png`, fullPage: true });
    await context.close();
  }
});

test('without WebAssembly, sections= still picks the sections', async () => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
  await context.addInitScript(() => { delete window.WebAssembly; });
  const page = await context.newPage();
  await page.goto(`${env.url}embed.html?sections=kpi`);
  await page.waitForFunction(() => document.querySelector('[data-section="party"]').hidden);
  const visible = await page.$$eval('[data-section]', (els) => els.filter((e) => !e.hidden).map((e) => e.dataset.section));
  assert.deepEqual(visible, ['kpi']);
  await context.close();
});

test('with JavaScript off every figure is on the page', async () => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.url);
  assert.deepEqual(await missingFigures(page), []);
  assert.equal(await page.$$eval('#report svg.ri-svg', (els) => els.length), chartCount);
  await page.screenshot({ path: `${OUTPUT_DIR}no-js-375.png`, fullPage: true });
  await context.close();
});

test('a server that sends the module as another type still gets the widget drawn', async () => {
  // Many hosts send unknown files as application/octet-stream; the module is then compiled
  // from its bytes rather than as it downloads.
  const context = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  let served = 0;
  await page.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    served += 1;
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await page.goto(`${env.url}?motion=off`);
  await page.waitForSelector('#report[data-state="ready"]', { timeout: 30_000 });
  assert.equal(served, 1);
  assert.ok(await page.$$eval('.ri canvas', (els) => els.length) > 0);
  assert.deepEqual(problems, []);
  await context.close();
});
