// Stress: a storm of resizes, 200 mount/unmount cycles and a minute in a hidden tab leave no
// console errors, and memory (WASM and JS heap) returns to within 10% of its level after the
// first cycle. Prints the figures.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, renderAllPlots, scrollThrough, waitMounted, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await launch({ csp: true }); });
after(async () => { await env?.close(); });

const MB = (bytes) => `${(bytes / 1048576).toFixed(2)} MB`;

/** The kinds of heap snapshot nodes that are the page's JS data. Left out: compiled code and
 *  hidden engine structures (the engine warming up, not data the page keeps) and native DOM and
 *  canvas memory (measured by the browser, not the script). */
const JS_DATA = new Set(['object', 'closure', 'array', 'string', 'regexp', 'number', 'concatenated string', 'sliced string', 'symbol', 'bigint']);

/** Memory after a full garbage collection: the JS heap's data (from a heap snapshot), V8's used
 *  heap size for reference, and the WASM module's linear memory, in bytes. */
async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  // Collect, let finalizers (FinalizationRegistry) run, collect again.
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(200);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  let objects = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    if (JS_DATA.has(types[snapshot.nodes[i + type]])) objects += snapshot.nodes[i + size];
  }
  const wasm = await page.evaluate(async () => (await import('/pkg/report_infographic.js')).wasmMemoryBytes());
  return { jsHeap: objects, usedSize, wasm };
}

function report(label, first, last) {
  const change = (a, b) => `${(((b - a) / a) * 100).toFixed(1)}%`;
  console.log(`stress: ${label}: JS heap objects ${MB(first.jsHeap)} → ${MB(last.jsHeap)} (${change(first.jsHeap, last.jsHeap)}; V8 used heap ${MB(first.usedSize)} → ${MB(last.usedSize)}, ${change(first.usedSize, last.usedSize)}), WASM memory ${MB(first.wasm)} → ${MB(last.wasm)} (${change(first.wasm, last.wasm)})`);
  assert.ok(last.jsHeap <= first.jsHeap * 1.1, `${label}: JS heap grew from ${first.jsHeap} to ${last.jsHeap}`);
  assert.ok(last.wasm <= first.wasm * 1.1, `${label}: WASM memory grew from ${first.wasm} to ${last.wasm}`);
}

test('100 resizes within a second', async () => {
  const page = await openPage(env.browser, `${env.url}?motion=off`, { width: 1280 });
  await waitReady(page);
  const before = await memory(page);
  const started = Date.now();
  const elapsed = await page.evaluate(async () => {
    const frame = document.querySelector('.page');
    const t0 = performance.now();
    // All 100 are scheduled within one second; a busy main thread may deliver them later.
    await Promise.all(Array.from({ length: 100 }, (_, i) => new Promise((done) => setTimeout(() => {
      frame.style.maxWidth = `${320 + ((i * 137) % 1120)}px`;
      done();
    }, i * 10))));
    frame.style.maxWidth = '';
    return performance.now() - t0;
  });
  for (const width of [375, 1440, 320, 1280]) await page.setViewportSize({ width, height: 800 });
  await page.waitForTimeout(500);
  await renderAllPlots(page);
  const sizes = await page.$$eval('.ri canvas', (els) => els.map((c) => [c.getBoundingClientRect().width, c.closest('.ri-chart').clientWidth]));
  for (const [css, container] of sizes) assert.equal(css, container);
  const after = await memory(page);
  console.log(`stress: 100 container resizes scheduled over 1 s, done in ${Math.round(elapsed)} ms (+4 window resizes, ${Date.now() - started} ms in all)`);
  report('after the resizes', before, after);
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});

test('200 mount and unmount cycles', async () => {
  const page = await openPage(env.browser, `${env.url}demo/clean.html`, { width: 1280 });
  await page.evaluate(() => document.querySelector('#kpi').remove());
  const cycle = (n) => page.evaluate(async (n) => {
    for (let i = 0; i < n; i += 1) {
      const element = document.createElement('report-infographic');
      element.setAttribute('motion', 'off');
      document.body.append(element);
      await new Promise((done) => element.addEventListener('report-infographic:ready', done, { once: true }));
      element.remove();
    }
  }, n);
  await cycle(1);
  const first = await memory(page);
  const started = Date.now();
  await cycle(199);
  const last = await memory(page);
  console.log(`stress: 199 more mount/unmount cycles of the full report in ${Date.now() - started} ms`);
  report('200 mount/unmount cycles', first, last);
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});

test('a minute in a hidden tab', async () => {
  const page = await openPage(env.browser, env.url, { width: 375 });
  await waitMounted(page);
  await page.evaluate(() => window.scrollBy(0, 300));
  const before = await memory(page);
  // Another tab in front hides this one, mid-animation.
  const other = await page.context().newPage();
  await other.goto('about:blank');
  await other.bringToFront();
  const visibility = await page.evaluate(() => document.visibilityState);
  await page.waitForTimeout(60_000);
  await page.bringToFront();
  await scrollThrough(page);
  await waitReady(page);
  const after = await memory(page);
  console.log(`stress: a minute with the tab ${visibility}`);
  report('a minute in a hidden tab', before, after);
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});
