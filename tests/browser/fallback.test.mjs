// Readers without WebAssembly or without JavaScript still see every figure: the static page,
// rendered at build time from the same Rust core (HTML with SVG charts).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OUTPUT_DIR, REPORT, allFigures, displayText, launch, openPage, renderAllPlots, scrollThrough, waitReady } from './helpers.mjs';

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

// Newer APIs the widget uses where they exist, each taken away before the page runs: the widget
// must still show every figure and draw every chart (roundRect → arcs, requestIdleCallback →
// timeouts, content-visibility → every plot rendered). OffscreenCanvas is not used: taken away
// too, to keep it so.
const WITHOUT = {
  roundRect: () => { delete CanvasRenderingContext2D.prototype.roundRect; },
  requestIdleCallback: () => { delete window.requestIdleCallback; delete window.cancelIdleCallback; },
  OffscreenCanvas: () => { delete window.OffscreenCanvas; },
  'content-visibility': () => {
    const supports = CSS.supports.bind(CSS);
    CSS.supports = (...args) => !args.join(' ').includes('content-visibility') && supports(...args);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { content-visibility: visible !important; }');
    document.adoptedStyleSheets = [sheet];
    // Inside the widget's own stylesheet too, wherever it is adopted.
    const adopt = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets');
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
      get() { return adopt.get.call(this); },
      set(sheets) { adopt.set.call(this, [...sheets, sheet]); },
    });
  },
};
// Functions run in the page are sent as source: the last case takes each of them in turn.
const CASES = [
  ...Object.entries(WITHOUT).map(([name, take]) => [name, `(${take})();`]),
  ['all of them', Object.values(WITHOUT).map((take) => `(${take})();`).join('\n')],
];

for (const [name, init] of CASES) {
  test(`without ${name} the widget shows every figure and draws every chart`, async () => {
    const page = await openPage(env.browser, env.url, { width: 375, init });
    await scrollThrough(page);
    await waitReady(page);
    if (name !== 'content-visibility') await renderAllPlots(page);
    const skipping = await page.$$eval('.ri-plot', (els) => els.filter((e) => getComputedStyle(e).contentVisibility === 'auto').length);
    if (name === 'content-visibility' || name === 'all of them') assert.equal(skipping, 0, 'no plot is left unrendered');
    assert.deepEqual(await missingFigures(page), []);
    const inked = await page.$$eval('#report canvas', (els) => els.map((c) => {
      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n += 1;
      return n;
    }));
    assert.equal(inked.length, chartCount);
    assert.ok(inked.every((n) => n > 500), `pixels drawn per chart: ${inked}`);
    assert.deepEqual(page.problems, []);
    await page.closeAll();
  });
}

test('the page in a browser without the observers keeps the static report', async () => {
  for (const name of ['ResizeObserver', 'IntersectionObserver']) {
    for (const path of ['', 'embed.html']) {
      const wasm = [];
      const page = await openPage(env.browser, 'about:blank', { width: 375, init: `delete window.${name};` });
      page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
      await page.goto(env.url + path);
      await page.waitForFunction(() => document.querySelector('#report')?.dataset.module === 'failed');
      assert.equal(await page.getAttribute('#report', 'data-state'), 'static', `${name} ${path}`);
      assert.deepEqual(await missingFigures(page), [], `${name} ${path}`);
      assert.equal(await page.$$eval('#report svg.ri-svg', (els) => els.length), chartCount);
      assert.deepEqual(wasm, [], 'the module is not downloaded');
      assert.deepEqual(page.problems.filter((p) => !p.includes(`the module could not be loaded: UnsupportedBrowser: this browser lacks ${name}`)), [], `${name} ${path}`);
      await page.closeAll();
    }
  }
});

test('below the WebAssembly features the build needs, the static report stays and the module is not downloaded', async () => {
  // The browser validates the small feature probe of widget.js as it would without one of them.
  const init = () => {
    const validate = WebAssembly.validate.bind(WebAssembly);
    WebAssembly.validate = (bytes) => bytes.byteLength > 100 && validate(bytes);
  };
  const wasm = [];
  const page = await openPage(env.browser, 'about:blank', { width: 375, init });
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await page.goto(env.url);
  await page.waitForFunction(() => document.querySelector('#report')?.dataset.module === 'failed');
  assert.equal(await page.getAttribute('#report', 'data-state'), 'static');
  assert.deepEqual(await missingFigures(page), []);
  assert.deepEqual(wasm, []);
  assert.equal(page.problems.length, 1);
  assert.match(page.problems[0], /this browser lacks WebAssembly with bulk memory/);
  await page.closeAll();
});

test('a custom element that cannot load the widget shows the content the page put inside it, or says why', async () => {
  const article = `<!doctype html><html lang="zh"><meta charset="utf-8"><title>article</title>
    <script type="module" src="/widget.js"></script>
    <report-infographic id="with" sections="kpi" motion="off"><p id="fallback">二七区2020年工作报告 <a href="/">阅读全文</a></p></report-infographic>
    <report-infographic id="bare" sections="kpi" motion="off"><br>&nbsp;</report-infographic>`;
  const state = (id) => document.getElementById(id).shadowRoot?.querySelector('.report-infographic')?.dataset.state;
  const seen = () => ({
    fallbackShown: document.getElementById('fallback').checkVisibility(),
    message: document.getElementById('bare').shadowRoot.querySelector('.ri-error')?.textContent ?? null,
  });
  const cases = [
    { name: 'the widget loads', init: undefined, block: false, until: 'ready' },
    {
      name: 'below the floor',
      init: () => {
        const validate = WebAssembly.validate.bind(WebAssembly);
        WebAssembly.validate = (bytes) => bytes.byteLength > 100 && validate(bytes);
      },
      block: false,
      until: 'error',
      message: /^此浏览器无法显示数据图解。This browser cannot show the infographic\.$/,
    },
    { name: 'the module fails to download', init: undefined, block: true, until: 'error', message: /^数据图解加载失败，请刷新重试。The infographic could not be loaded\.$/ },
  ];
  for (const c of cases) {
    const page = await openPage(env.browser, 'about:blank', { width: 375, init: c.init });
    await page.route(`${env.url}article-test.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: article }));
    if (c.block) await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(`${env.url}article-test.html`);
    await page.waitForFunction((until) => [...document.querySelectorAll('report-infographic')]
      .every((e) => e.shadowRoot?.querySelector('.report-infographic')?.dataset.state === until), c.until).catch(() => {});
    assert.deepEqual([await page.evaluate(state, 'with'), await page.evaluate(state, 'bare')], [c.until, c.until], c.name);
    const shown = await page.evaluate(seen);
    if (c.until === 'ready') {
      assert.deepEqual(shown, { fallbackShown: false, message: null }, c.name);
    } else {
      assert.equal(shown.fallbackShown, true, `${c.name}: the page's own content shows`);
      assert.match(shown.message, c.message, c.name);
      await page.screenshot({ path: `${OUTPUT_DIR}element-fallback-${c.block ? 'download' : 'floor'}-375.png` });
    }
    await page.closeAll();
  }
});

test('a page given another report never shows the static report of the one compiled in: not while loading, not where the module cannot run', async () => {
  const other = JSON.parse(readFileSync(new URL('../../data/examples/city-2024.json', import.meta.url), 'utf8'));
  const belowFloor = () => {
    const validate = WebAssembly.validate.bind(WebAssembly);
    WebAssembly.validate = (bytes) => bytes.byteLength > 100 && validate(bytes);
  };
  const compiledIn = REPORT.meta.district.zh;
  for (const path of ['', 'embed.html', 'embed-src.html']) {
    const url = `${env.url}${path}?src=/data/examples/city-2024.json&motion=off`;
    // Below the floor: a message, not the other report's figures.
    const old = await openPage(env.browser, url, { width: 375, init: belowFloor });
    await old.waitForSelector('#report[data-state="error"]');
    const shown = await old.evaluate(() => document.querySelector('#report').innerText);
    assert.match(shown, /This browser cannot show the infographic/, path);
    assert.ok(!shown.includes(compiledIn), `${path}: ${shown}`);
    await old.closeAll();
    // While the module loads (held back here), the static report is not shown.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    const page = await openPage(env.browser, 'about:blank', { width: 375 });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(url);
    await page.waitForFunction(() => document.readyState === 'complete');
    const loading = await page.evaluate(() => ({
      state: document.querySelector('#report').dataset.state,
      visible: [...document.querySelectorAll('#report > *')].some((e) => e.checkVisibility()),
    }));
    // The iframe page for src has no static report at all; the others hide theirs.
    assert.deepEqual(loading, { state: path === 'embed-src.html' ? 'loading' : 'static', visible: false }, path);
    release();
    await waitReady(page);
    assert.ok(!(await page.evaluate(() => document.querySelector('#report').innerText)).includes(compiledIn), path);
    if (!path) assert.equal(await page.title(), `${other.meta.title.zh} · 数据图解`);
    assert.deepEqual(page.problems, [], path);
    await page.closeAll();
  }
  // The page's title follows the report and the language.
  const english = await openPage(env.browser, `${env.url}?lang=en&motion=off`, { width: 375 });
  await waitReady(english);
  assert.equal(await english.title(), `${REPORT.meta.title.en} · Infographic`);
  await english.closeAll();
});
