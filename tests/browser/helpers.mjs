// Helpers of the Chromium tests: a server on a free port and Debian's Chromium through
// playwright-core; how each figure must read on the page is in ../shared/report.mjs.
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/server.mjs';
import { HIDDEN_PART, scrollThroughPage } from '../shared/report.mjs';

export { OUTPUT_DIR, REPORT, allFigures, displayText, HIDDEN_PART } from '../shared/report.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** Starts the static server (sending the strict CSP unless told not to) and the browser;
 *  returns { url, browser, close }. */
export async function launch({ csp = true } = {}) {
  const { server, url } = await startServer({ csp });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, timeout: 60_000 });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** Opens a page that records console errors and uncaught exceptions in `page.problems`. */
export async function openPage(browser, url, { width = 375, height = 800, dpr = 1, reducedMotion = 'no-preference', colorScheme = 'light', init } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, reducedMotion, colorScheme });
  if (init) await context.addInitScript(init);
  // A CSP violation anywhere (page, shadow tree or iframe) is a console error, so it fails tests.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => page.problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400) page.problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.closeAll = () => context.close();
  await page.goto(url);
  return page;
}

/** Waits for the widget's root to reach data-state="ready" (or fails on "error"). */
export async function waitReady(page, selector = '#report') {
  await page.waitForSelector(`${selector}[data-state="ready"], ${selector}[data-state="error"]`, { timeout: 30_000 });
  const state = await page.getAttribute(selector, 'data-state');
  if (state !== 'ready') throw new Error(`widget state is ${state}: ${await page.textContent(selector)}`);
}

/** Waits for the live widget: its DOM is built once the module has loaded, replacing the static
 *  report a page starts with (whose sections look alike). */
export async function waitMounted(page) {
  await page.waitForSelector('[data-section]', { state: 'attached', timeout: 30_000 });
  // Polling on a timer: the default, on animation frames, stalls where frames are throttled.
  await page.waitForFunction(() => !document.querySelector('[data-state="static"]'), null, { timeout: 30_000, polling: 100 });
  // The widget shows its parts one per idle task; until then its end is not the report's.
  await page.waitForFunction((hiddenPart) => {
    const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument).filter(Boolean)];
    const roots = docs.flatMap((d) => [d, ...[...d.querySelectorAll('report-infographic')].map((e) => e.shadowRoot).filter(Boolean)]);
    return roots.every((r) => !r.querySelector(hiddenPart));
  }, HIDDEN_PART, { timeout: 30_000, polling: 100 });
}

/** Has the browser render every chart's plot, in view or not (out of view it skips them:
 *  `content-visibility: auto`, and a skipped canvas has no box), so that a test can measure
 *  every canvas at once. */
export async function renderAllPlots(page) {
  await page.evaluate(() => {
    for (const plot of document.querySelectorAll('.ri-plot')) plot.style.contentVisibility = 'visible';
  });
}

/** A screenshot of the whole page, taken with the viewport as tall as the page. A full-page
 *  capture of the browser's own resizes the page while it captures, and the widget redraws its
 *  charts for those sizes, so the capture shows them mid-redraw. */
export async function fullPageScreenshot(page, path) {
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
}

/** Scrolls down the whole page a little at a time, as a reader would, so every chart (in the
 *  page, in Shadow DOM or in an iframe) comes into view and plays. Each position is held for
 *  `pauseMs` and at least two rendering updates, so that a busy machine's slow frames do not
 *  let a chart pass unseen. */
export async function scrollThrough(page, pauseMs = 60) {
  await waitMounted(page);
  await page.evaluate(scrollThroughPage, pauseMs);
}
