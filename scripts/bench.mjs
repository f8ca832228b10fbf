// The benchmark: what a reader downloads, how fast the page draws, how smooth the animation is,
// and how much memory it takes, in headless Chromium, at normal speed and with the CPU throttled
// 4×. Prints one table with each budget's PASS or FAIL and writes the figures as JSON
// (target/bench/latest.json and a dated copy) so runs can be compared.
// Run through scripts/bench, which builds the release page first.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { BUDGET_GZIP_KB, sizes } from './sizes.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET = { totalGzipKB: BUDGET_GZIP_KB, longTasksThrottled: 0, p95FrameMsThrottled: 4, wasmMemoryMB: 4 };

const kb = (bytes) => bytes / 1024;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN; };
const spread = (xs) => (xs.length ? [Math.min(...xs), Math.max(...xs)] : [NaN, NaN]);

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Records every animation frame's script time and every long task, before the page runs. */
function instrument() {
  window.frameTimes = [];
  window.longTasks = 0;
  window.blockingMs = 0;
  const request = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => request((t) => {
    const start = performance.now();
    callback(t);
    window.frameTimes.push(performance.now() - start);
  });
  // Blocking time: what each long task holds the page beyond 50 ms (input waits that long).
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) {
      window.longTasks += 1;
      window.blockingMs += task.duration - 50;
    }
  }).observe({ type: 'longtask', buffered: true });
}

/** Scrolls through the page until the end, half a screen at a time. */
async function scrollThrough(page) {
  for (let i = 0; i < 200; i += 1) {
    const done = await page.evaluate(() => { const y = scrollY; scrollBy(0, innerHeight * 0.5); return scrollY === y; });
    await page.waitForTimeout(120);
    if (done) break;
  }
}

/**
 * Opens `url` in a new context with the CPU throttled `throttle`× and waits for the widget to be
 * ready: resolves to the page, its context and DevTools session, and what the load took (time to
 * the first chart frame and to ready, long tasks and blocking time, WASM memory).
 */
async function openReady(browser, url, throttle) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2 });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url);
  await page.waitForSelector('#report[data-state="ready"]', { timeout: 120_000 });
  const load = await page.evaluate(async () => ({
    firstFrame: performance.getEntriesByName('report-infographic:first-frame')[0]?.startTime,
    ready: performance.getEntriesByName('report-infographic:ready')[0]?.startTime,
    longTasks: window.longTasks,
    blockingMs: window.blockingMs,
    wasm: (await import('/pkg/report_infographic.js')).wasmMemoryBytes(),
  }));
  return { context, page, cdp, load };
}

async function run(browser, url, throttle) {
  // Load with motion off: time to the first drawn frame and to everything final.
  const { context, page, cdp, load } = await openReady(browser, `${url}?motion=off`, throttle);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  // The full animation: a reader scrolls through with motion on.
  await page.goto(url);
  await page.waitForSelector('#report:not([data-state="static"]) [data-section]');
  await page.evaluate(() => { window.frameTimes = []; window.longTasks = 0; window.blockingMs = 0; });
  await scrollThrough(page);
  await page.waitForSelector('#report[data-state="ready"]', { timeout: 120_000 });
  const animation = await page.evaluate(() => ({ frames: window.frameTimes, longTasks: window.longTasks, blockingMs: window.blockingMs }));
  await context.close();
  return { ...load, loadLongTasks: load.longTasks, loadBlockingMs: load.blockingMs, jsHeap: usedSize, frames: animation.frames, animLongTasks: animation.longTasks, animBlockingMs: animation.blockingMs };
}

/**
 * The CPU time of every animation frame's callback in one scroll-through, from a trace (the
 * thread time of `FireAnimationFrame`): time the machine's other work takes from the page is not
 * in it, so it compares builds more steadily than wall time. A run of its own, as tracing adds
 * a little to every frame.
 */
async function frameThreadTime(browser, url, throttle) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url);
  await page.waitForSelector('#report:not([data-state="static"]) [data-section]');
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await scrollThrough(page);
  await page.waitForSelector('#report[data-state="ready"]', { timeout: 120_000 });
  await cdp.send('Tracing.end');
  await traced;
  await context.close();
  const frames = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X').map((e) => (e.tdur ?? 0) / 1000);
  return { totalMs: frames.reduce((t, d) => t + d, 0), medianMs: median(frames), frames: frames.length };
}

/**
 * A report as large as the widget takes in sections: the default report's sections of work
 * repeated, each copy's ids (and the references to them) made new, up to 64 sections. It shows
 * what a long report from `src` costs a reader's phone: reading, checking and composing grow
 * with it, the drawing of a chart does not.
 */
function largeReport() {
  const report = JSON.parse(readFileSync(new URL('../data/erqi-2020.json', import.meta.url), 'utf8'));
  const ids = new Set(report.sections.flatMap((s) => s.figures.map((f) => f.id)));
  const renamed = (value, copy) => {
    if (Array.isArray(value)) return value.map((v) => renamed(v, copy));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'id' ? `${v}_${copy}` : renamed(v, copy)]));
    }
    return typeof value === 'string' && ids.has(value) ? `${value}_${copy}` : value;
  };
  const work = report.sections.filter((s) => s.kind === 'work');
  const sections = [...report.sections];
  for (let copy = 1; sections.length < 64; copy += 1) sections.push(...work.map((s) => renamed(s, copy)));
  return { ...report, sections: sections.slice(0, 64) };
}

const large = largeReport();
const largeText = JSON.stringify(large);
const { server, url } = await startServer({ csp: true, files: { '/bench/large.json': { type: 'application/json', body: largeText } } });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
const results = { date: new Date().toISOString(), runs: RUNS, sizes: sizes(), speeds: {} };
try {
  for (const throttle of [1, 4]) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await run(browser, url, throttle));
    const frames = runs.flatMap((r) => r.frames);
    results.speeds[`${throttle}x`] = {
      firstFrameMs: { median: median(runs.map((r) => r.firstFrame)), spread: spread(runs.map((r) => r.firstFrame)) },
      readyMs: { median: median(runs.map((r) => r.ready)), spread: spread(runs.map((r) => r.ready)) },
      frameScriptMs: { median: median(frames), p95: percentile(frames, 95), max: Math.max(...frames), frames: frames.length },
      longTasks: { load: Math.max(...runs.map((r) => r.loadLongTasks)), animation: Math.max(...runs.map((r) => r.animLongTasks)) },
      blockingMs: { load: median(runs.map((r) => r.loadBlockingMs)), animation: median(runs.map((r) => r.animBlockingMs)) },
      frameThreadMs: await frameThreadTime(browser, url, throttle),
      wasmMemoryBytes: median(runs.map((r) => r.wasm)),
      jsHeapBytes: median(runs.map((r) => r.jsHeap)),
    };
  }
  const largeRuns = [];
  for (let i = 0; i < RUNS; i += 1) {
    const { context, load } = await openReady(browser, `${url}?motion=off&src=/bench/large.json`, 4);
    await context.close();
    largeRuns.push(load);
  }
  results.largeReport = {
    sections: large.sections.length,
    figures: large.sections.reduce((n, s) => n + s.figures.length, 0),
    bytes: Buffer.byteLength(largeText),
    firstFrameMs: { median: median(largeRuns.map((r) => r.firstFrame)), spread: spread(largeRuns.map((r) => r.firstFrame)) },
    readyMs: { median: median(largeRuns.map((r) => r.ready)), spread: spread(largeRuns.map((r) => r.ready)) },
    longTasks: Math.max(...largeRuns.map((r) => r.longTasks)),
    blockingMs: median(largeRuns.map((r) => r.blockingMs)),
    wasmMemoryBytes: median(largeRuns.map((r) => r.wasm)),
  };
} finally {
  await browser.close();
  server.close();
}

const slow = results.speeds['4x'];
results.budgets = [
  ['everything downloaded, gzip', `${kb(results.sizes.total.gzip).toFixed(1)} KB`, `≤ ${BUDGET.totalGzipKB} KB`, kb(results.sizes.total.gzip) <= BUDGET.totalGzipKB],
  ['long tasks, load + animation, 4× throttled', `${slow.longTasks.load + slow.longTasks.animation}`, `${BUDGET.longTasksThrottled}`, slow.longTasks.load + slow.longTasks.animation <= BUDGET.longTasksThrottled],
  ['p95 frame script time, 4× throttled', `${slow.frameScriptMs.p95.toFixed(2)} ms`, `≤ ${BUDGET.p95FrameMsThrottled} ms`, slow.frameScriptMs.p95 <= BUDGET.p95FrameMsThrottled],
  ['WASM memory', `${(slow.wasmMemoryBytes / 1048576).toFixed(2)} MB`, `≤ ${BUDGET.wasmMemoryMB} MB`, slow.wasmMemoryBytes / 1048576 <= BUDGET.wasmMemoryMB],
].map(([what, value, budget, pass]) => ({ what, value, budget, pass }));

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const out = [];
out.push(`Benchmark, ${RUNS} runs each (median, spread min–max), 375 px at pixel ratio 2`, '');
out.push(`${pad('file', 34)}${lpad('raw KB', 10)}${lpad('gzip KB', 10)}${lpad('brotli KB', 11)}`);
for (const r of [...results.sizes.rows, { file: 'total', ...results.sizes.total }]) {
  out.push(`${pad(r.file, 34)}${lpad(kb(r.raw).toFixed(1), 10)}${lpad(kb(r.gzip).toFixed(1), 10)}${lpad(kb(r.brotli).toFixed(1), 11)}`);
}
out.push('');
out.push(`${pad('', 44)}${lpad('normal CPU', 26)}${lpad('CPU 4× slower', 26)}`);
const row = (label, f) => out.push(`${pad(label, 44)}${lpad(f(results.speeds['1x']), 26)}${lpad(f(results.speeds['4x']), 26)}`);
const ms = (m) => `${m.median.toFixed(0)} ms (${m.spread[0].toFixed(0)}–${m.spread[1].toFixed(0)})`;
row('navigation → first chart frame (motion off)', (s) => ms(s.firstFrameMs));
row('navigation → data-state=ready (motion off)', (s) => ms(s.readyMs));
row('frame script time median / p95 / max', (s) => `${s.frameScriptMs.median.toFixed(2)} / ${s.frameScriptMs.p95.toFixed(2)} / ${s.frameScriptMs.max.toFixed(1)} ms`);
row('frames\' CPU time, total / median (1 run)', (s) => `${s.frameThreadMs.totalMs.toFixed(0)} / ${s.frameThreadMs.medianMs.toFixed(2)} ms`);
row('long tasks (> 50 ms): load / animation', (s) => `${s.longTasks.load} / ${s.longTasks.animation}`);
row('blocking time (median): load / animation', (s) => `${s.blockingMs.load.toFixed(0)} / ${s.blockingMs.animation.toFixed(0)} ms`);
row('WASM memory / JS heap after load', (s) => `${(s.wasmMemoryBytes / 1048576).toFixed(2)} / ${(s.jsHeapBytes / 1048576).toFixed(2)} MB`);
const big = results.largeReport;
out.push('', `A large report from src (${big.sections} sections, ${big.figures} figures, ${kb(big.bytes).toFixed(0)} KB), CPU 4× slower, motion off:`);
out.push(`  first chart frame ${ms(big.firstFrameMs)}, ready ${ms(big.readyMs)}`);
out.push(`  long tasks ${big.longTasks} (worst run), blocking ${big.blockingMs.toFixed(0)} ms (median); WASM memory ${(big.wasmMemoryBytes / 1048576).toFixed(2)} MB`);
out.push('', 'Budgets:');
for (const b of results.budgets) out.push(`  ${b.pass ? 'PASS' : 'FAIL'}  ${pad(b.what, 44)}${lpad(b.value, 12)}  (${b.budget})`);
console.log(out.join('\n'));

const dir = new URL('../target/bench/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL('latest.json', dir), JSON.stringify(results, null, 2));
writeFileSync(new URL(`bench-${results.date.replace(/[:.]/g, '-')}.json`, dir), JSON.stringify(results, null, 2));
console.log('\nFigures written to target/bench/latest.json');
