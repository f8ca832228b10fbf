// Embedding, under the strict Content-Security-Policy: the iframe with auto-height, the custom
// element in Shadow DOM, options, several instances, a hostile host page, and clean teardown.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { HIDDEN_PART, OUTPUT_DIR, fullPageScreenshot, launch, openPage, scrollThrough } from './helpers.mjs';

let env;
before(async () => { env = await launch({ csp: true }); });
after(async () => { await env?.close(); });

/** Waits until the iframe's height equals its content's, and returns both. */
async function settledFrame(page, selector) {
  await page.waitForFunction(([selector, hiddenPart]) => {
    const frame = document.querySelector(selector);
    const doc = frame?.contentDocument;
    // The live widget, not the static report the embed page starts with, with all its parts
    // shown (it shows one more in each idle task).
    if (!doc?.querySelector('.ri:not([data-state="static"]) [data-section]')) return false;
    if (doc.querySelector(hiddenPart)) return false;
    const content = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    return Math.abs(frame.getBoundingClientRect().height - content) < 1;
  }, [selector, HIDDEN_PART], { timeout: 30_000 });
  return page.evaluate((selector) => {
    const frame = document.querySelector(selector);
    const doc = frame.contentDocument.documentElement;
    return {
      frame: frame.getBoundingClientRect().height,
      content: Math.ceil(doc.getBoundingClientRect().height),
      scrollHeight: doc.scrollHeight, clientHeight: doc.clientHeight,
      scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth,
    };
  }, selector);
}

/** The data-state of the widget inside custom element `selector`. */
const stateOf = (page, selector) => page.evaluate((s) => document.querySelector(s).shadowRoot?.querySelector('.report-infographic')?.dataset.state, selector);

test('the iframe takes its content\'s height at 375 and 1280 px, with no inner scrollbar, and follows a resize', async () => {
  const page = await openPage(env.browser, `${env.url}demo/article.html`, { width: 1280 });
  const wide = await settledFrame(page, 'iframe.report-frame');
  assert.ok(wide.content > 2000, `content is ${wide.content} px tall`);
  assert.ok(wide.scrollHeight <= wide.clientHeight && wide.scrollWidth <= wide.clientWidth, JSON.stringify(wide));
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForFunction((h) => document.querySelector('iframe.report-frame').getBoundingClientRect().height > h + 500, wide.frame);
  const narrow = await settledFrame(page, 'iframe.report-frame');
  assert.ok(narrow.frame > wide.frame, 'taller when narrow');
  assert.ok(narrow.scrollHeight <= narrow.clientHeight && narrow.scrollWidth <= narrow.clientWidth, JSON.stringify(narrow));
  await scrollThrough(page);
  await fullPageScreenshot(page, `${OUTPUT_DIR}article-375.png`);
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});

test('the article looks right at 1280 px and the embeds in it finish', async () => {
  const page = await openPage(env.browser, `${env.url}demo/article.html`, { width: 1280 });
  await settledFrame(page, 'iframe.report-frame');
  await scrollThrough(page);
  await page.waitForFunction(() => document.querySelector('report-infographic').shadowRoot.querySelector('.report-infographic').dataset.state === 'ready');
  await page.waitForFunction(() => document.querySelector('iframe.report-frame').contentDocument.querySelector('#report').dataset.state === 'ready', null, { timeout: 30_000 });
  await fullPageScreenshot(page, `${OUTPUT_DIR}article-1280.png`);
  const layout = await page.evaluate(() => {
    const element = document.querySelector('report-infographic');
    const frame = document.querySelector('iframe.report-frame');
    const column = element.parentElement.getBoundingClientRect();
    const widget = element.getBoundingClientRect();
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      widgetInColumn: widget.left >= column.left - 0.5 && widget.right <= column.right + 0.5,
      widgetHeight: widget.height,
      frameHeight: frame.getBoundingClientRect().height,
      frameContent: frame.contentDocument.documentElement.scrollHeight,
    };
  });
  assert.equal(layout.overflow, 0, 'the article does not scroll sideways');
  assert.ok(layout.widgetInColumn, 'the element stays in its column');
  assert.ok(layout.widgetHeight > 300, `the element is laid out (${layout.widgetHeight} px)`);
  assert.ok(Math.abs(layout.frameHeight - layout.frameContent) <= 1, `the iframe is as tall as its content: ${layout.frameHeight} vs ${layout.frameContent}`);
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});

test('the loader ignores messages from other windows and malformed ones', async () => {
  const page = await openPage(env.browser, `${env.url}demo/article.html`, { width: 1280 });
  const { frame } = await settledFrame(page, 'iframe.report-frame');
  await page.evaluate(() => {
    // From the page itself (not the iframe), and malformed from nowhere.
    window.postMessage({ type: 'report-infographic:height', height: 5 }, '*');
    for (const data of [null, 'x', { type: 'report-infographic:height', height: 'NaN' }, { type: 'report-infographic:height', height: -1 }, { type: 'report-infographic:height', height: 1e9 }]) {
      window.postMessage(data, '*');
    }
  });
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.querySelector('iframe.report-frame').getBoundingClientRect().height), frame);
  await page.closeAll();
});

test('several instances with different options live side by side', async () => {
  const page = await openPage(env.browser, `${env.url}demo/gallery.html`, { width: 1280 });
  await page.waitForFunction(() => ['#first', '#second'].every((s) => document.querySelector(s).shadowRoot?.querySelector('.report-infographic')?.dataset.state === 'ready'));
  const sectionsOf = (s) => page.$$eval(`${s} [data-section]`, (els) => els.map((e) => e.dataset.section));
  assert.deepEqual(await sectionsOf('#first'), ['kpi']);
  assert.deepEqual(await sectionsOf('#second'), ['economy', 'ecology']);
  assert.equal(await page.evaluate(() => document.querySelector('#second').shadowRoot.querySelector('.ri').dataset.theme), 'dark');
  assert.equal(await page.evaluate(() => document.querySelector('#first').shadowRoot.querySelector('.ri').dataset.theme), 'light');
  const frame = page.frameLocator('#third');
  await frame.locator('#report[data-state="ready"]').waitFor();
  assert.deepEqual(await frame.locator('[data-section]').evaluateAll((els) => els.map((e) => e.dataset.section)), ['reform']);
  // A single-section embed has no page header.
  assert.equal(await frame.locator('.ri-header').count(), 0);
  // Changing an attribute updates the widget.
  await page.evaluate(() => document.querySelector('#first').setAttribute('sections', 'party,epidemic'));
  await page.waitForFunction(() => {
    const ids = [...document.querySelector('#first').shadowRoot.querySelectorAll('[data-section]')].map((e) => e.dataset.section);
    return ids.join() === 'party,epidemic';
  });
  await page.waitForFunction(() => document.querySelector('#first').shadowRoot.querySelector('.report-infographic').dataset.state === 'ready');
  await fullPageScreenshot(page, `${OUTPUT_DIR}gallery-1280.png`);
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});

test('every page works under the strict CSP with zero violations', async () => {
  for (const path of ['', '?motion=off', 'embed.html?motion=off', 'demo/article.html', 'demo/gallery.html', 'demo/clean.html']) {
    const page = await openPage(env.browser, env.url + path, { width: 375 });
    await scrollThrough(page, 30);
    await page.waitForTimeout(300);
    assert.deepEqual(page.problems, [], path);
    await page.closeAll();
  }
});

/** Boxes of every element inside the widget, relative to its root, rounded to 0.5 px. */
function widgetBoxes() {
  const root = document.querySelector('report-infographic').shadowRoot.querySelector('.report-infographic');
  const origin = root.getBoundingClientRect();
  const round = (v) => Math.round(v * 2) / 2;
  return [root, ...root.querySelectorAll('*')].filter((e) => !e.closest('[hidden]')).map((e) => {
    const r = e.getBoundingClientRect();
    return `${e.tagName.toLowerCase()}.${e.className}: ${round(r.left - origin.left)},${round(r.top - origin.top)} ${round(r.width)}x${round(r.height)}`;
  });
}

test('inside the hostile article the widget lays out exactly as on a clean host', async () => {
  for (const width of [375, 1280]) {
    const article = await openPage(env.browser, `${env.url}demo/article.html`, { width });
    await scrollThrough(article);
    await article.waitForFunction(() => document.querySelector('report-infographic').shadowRoot?.querySelector('.report-infographic')?.dataset.state === 'ready');
    const elementWidth = await article.evaluate(() => document.querySelector('report-infographic').getBoundingClientRect().width);
    const hostile = await article.evaluate(widgetBoxes);

    const clean = await openPage(env.browser, `${env.url}demo/clean.html`, { width });
    await clean.evaluate((w) => { document.querySelector('report-infographic').style.width = `${w}px`; }, elementWidth);
    await scrollThrough(clean);
    await clean.waitForFunction(() => document.querySelector('report-infographic').shadowRoot?.querySelector('.report-infographic')?.dataset.state === 'ready');
    await clean.waitForTimeout(200);
    const plain = await clean.evaluate(widgetBoxes);
    assert.ok(plain.length > 30, `${plain.length} elements`);
    assert.deepEqual(hostile, plain, `at ${width} px`);
    assert.deepEqual([...article.problems, ...clean.problems], []);
    await article.closeAll();
    await clean.closeAll();
  }
});

test('removing 50 instances leaves no animation frames or observers running', async () => {
  const init = () => {
    window.pendingFrames = new Set();
    const request = window.requestAnimationFrame.bind(window);
    const cancel = window.cancelAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      const id = request((t) => { window.pendingFrames.delete(id); callback(t); });
      window.pendingFrames.add(id);
      return id;
    };
    window.cancelAnimationFrame = (id) => { window.pendingFrames.delete(id); cancel(id); };
    window.activeObservers = 0;
    for (const name of ['ResizeObserver', 'IntersectionObserver']) {
      const Base = window[name];
      window[name] = class extends Base {
        #active = false;
        observe(...args) { if (!this.#active) { this.#active = true; window.activeObservers += 1; } return super.observe(...args); }
        disconnect() { if (this.#active) { this.#active = false; window.activeObservers -= 1; } return super.disconnect(); }
      };
    }
  };
  const page = await openPage(env.browser, `${env.url}demo/clean.html`, { width: 375, init });
  await page.evaluate(() => {
    for (let i = 0; i < 50; i += 1) {
      const element = document.createElement('report-infographic');
      element.setAttribute('sections', i % 2 ? 'kpi' : 'economy');
      document.body.append(element);
    }
  });
  await page.waitForFunction(() => [...document.querySelectorAll('report-infographic')].every((e) => e.widget), null, { timeout: 30_000 });
  const running = await page.evaluate(() => ({ observers: window.activeObservers, frames: window.pendingFrames.size }));
  assert.ok(running.observers >= 100, `observers while mounted: ${running.observers}`);
  await page.evaluate(() => { for (const e of document.querySelectorAll('report-infographic')) e.remove(); });
  await page.waitForTimeout(300);
  const left = await page.evaluate(() => ({ observers: window.activeObservers, frames: window.pendingFrames.size }));
  assert.deepEqual(left, { observers: 0, frames: 0 });
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});
