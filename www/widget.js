// The widget as a custom element, and the one place that loads the WebAssembly module.
//
//   <script type="module" src="https://…/widget.js"></script>
//   <report-infographic sections="kpi" lang="zh" theme="auto" motion="on"></report-infographic>
//
// The widget renders inside the element's Shadow DOM, so the host page's CSS cannot reach it and
// its CSS cannot leak out. Every asset URL resolves against this script's own URL, so the files
// work from any folder or host.
import init, { prepare } from './pkg/report_infographic.js';

/** The options every embedding understands, as attribute or query parameter names. */
export const OPTION_NAMES = ['sections', 'lang', 'theme', 'motion', 'text', 'src'];

const asset = (path) => new URL(path, import.meta.url).href;
let moduleReady;

/**
 * A 57-byte module that is valid only where WebAssembly has every feature the build uses: bulk
 * memory (memory.copy), reference types (an externref parameter), sign extension, non-trapping
 * float-to-int conversion and multiple results. Compiled from:
 *
 *   (module (memory 1)
 *     (func (param externref) (result i32 i32)
 *       (memory.copy (i32.const 0) (i32.const 0) (i32.const 0))
 *       (i32.extend8_s (i32.const 0))
 *       (i32.trunc_sat_f32_s (f32.const 0))))
 */
const FEATURES_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 12, 2, 96, 1, 111, 2, 127, 127, 96, 0, 2, 127, 127, 3, 2, 1, 0, 5, 3, 1, 0, 1,
  10, 24, 1, 22, 0, 65, 0, 65, 0, 65, 0, 252, 10, 0, 0, 65, 0, 192, 67, 0, 0, 0, 0, 252, 0, 11,
]);

/** What this browser lacks of what the widget needs, or nothing (see docs/browsers.md). Where
 *  it lacks any, the module is not even downloaded: the static report stays. */
export function missingFeature() {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.validate !== 'function') return 'WebAssembly';
  if (!WebAssembly.validate(FEATURES_PROBE)) return 'WebAssembly with bulk memory, reference types, sign extension, non-trapping conversions and multiple results';
  return ['ResizeObserver', 'IntersectionObserver', 'requestAnimationFrame'].find((name) => typeof window[name] !== 'function');
}

/** The browser lacks what the widget needs: reloading the page would not help. */
class UnsupportedBrowser extends Error {
  name = 'UnsupportedBrowser';
}

/** Loads and starts the WebAssembly module once per page. */
export function loadModule() {
  const missing = missingFeature();
  moduleReady ??= (missing ? Promise.reject(new UnsupportedBrowser(`this browser lacks ${missing}`)) : compileModule(asset('pkg/report_infographic_bg.wasm')))
    .then(async (module) => {
      // Instantiating in a task of its own: with the end of compiling, it made one long task at
      // load on a slow phone.
      await nextTask();
      return init({ module_or_path: module });
    });
  return moduleReady;
}

/** The module at `url`, compiled as it downloads where the server sends it as WebAssembly. */
async function compileModule(url) {
  const response = await fetchOk(url);
  if (response.headers.get('Content-Type')?.split(';')[0].trim() === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

const mounted = new Set();
// Printing shows every section at its final values, whether or not it has played.
window.addEventListener('beforeprint', () => {
  for (const widget of mounted) widget.finish();
});

/**
 * Starts loading the module, and resolves once the page is parsed. A page loads its script
 * `async` and calls this first, so the module downloads and compiles while the page is parsed,
 * and mounting starts in tasks of its own rather than in the one that ends parsing (which also
 * lays the page out).
 */
export function loadWhileParsing() {
  loadModule().catch(() => {}); // Mounting shows a failure.
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
}

/** Mounts the widget into `root` with `options`; resolves to its handle. */
export async function mountWidget(root, options) {
  try {
    await loadModule();
  } catch (error) {
    showLoadError(root, error, options);
    throw error;
  }
  // In steps, each its own task: starting the module, reading the options, fetching a report
  // given by `src`, parsing the report, reading it (a few milliseconds a task), checking it,
  // composing the widget's markup, parsing it, putting it into the page, then starting the
  // widget (see `Mounting` in the module).
  await nextTask();
  const mounting = prepare(root, options);
  const { src } = mounting;
  let text;
  if (src !== undefined) {
    try {
      text = await fetchText(src);
    } catch (error) {
      throw mounting.cannotLoad(error.message);
    }
  }
  const widget = await mountSteps(mounting, text);
  mounted.add(widget);
  const destroy = widget.destroy.bind(widget);
  widget.destroy = () => { mounted.delete(widget); destroy(); };
  return widget;
}

/**
 * The steps of mounting after `prepare` (and fetching `text`), each in a task of its own;
 * resolves to the widget's handle, or to nothing once `stale()` says it is no longer wanted.
 */
export async function mountSteps(mounting, text, stale = () => false) {
  // Each step says whether it is done: reading goes on for a few milliseconds a task until it
  // is; the others are done in one.
  const once = (run) => () => { run(); return true; };
  const steps = [
    once(() => mounting.read(text)),
    () => mounting.readOn(),
    ...['check', 'compose', 'parse', 'place'].map((name) => once(() => mounting[name]())),
  ];
  for (const step of steps) {
    do {
      await nextTask();
      if (stale()) return undefined;
    } while (!step());
  }
  await nextTask();
  return stale() ? undefined : mounting.build();
}

/** Resolves in a new task, letting the browser handle input and draw in between. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The response for `url`; rejects with the reason it could not be fetched. */
async function fetchOk(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`could not fetch ${url}: ${error.message}`);
  }
  if (!response.ok) throw new Error(`could not fetch ${url}: HTTP ${response.status} ${response.statusText}`);
  return response;
}

/** The text at `url`; rejects with the reason it could not be fetched. */
async function fetchText(url) {
  const response = await fetchOk(url);
  try {
    return await response.text();
  } catch (error) {
    throw new Error(`could not fetch ${url}: ${error.message}`);
  }
}

/** The options given as query parameters of `url`. */
export function optionsFromQuery(url = location.href) {
  const params = new URL(url).searchParams;
  const options = {};
  for (const name of OPTION_NAMES) if (params.has(name)) options[name] = params.get(name);
  return options;
}

/** Whether `options` ask for another report than the one compiled in (the module reads `src`
 *  the same way: blank is none). */
const asksForOtherReport = (options) => Boolean(options.src?.trim());

/**
 * A page's static report is of the report compiled in. Where the page asks for another one
 * (`src`), it is hidden as soon as the page's script runs (`data-other-report` on the document;
 * see widget.css), so that a reader does not see that report's figures for another's while the
 * module loads, nor where it cannot load. Call it first thing, before waiting for the parse.
 */
export function hideStaticReportFor(options) {
  if (asksForOtherReport(options)) document.documentElement.dataset.otherReport = '';
}

/** Shows that the module itself could not start (no WebAssembly, a failed download). A page
 *  with the static widget keeps it, showing just the sections asked for, unless it asked for
 *  another report; a custom element with content of its own (the host page's fallback: a
 *  picture, a link) shows that content. */
export function showLoadError(root, error, options = {}) {
  console.error('report-infographic: the module could not be loaded:', error);
  if (root.dataset.state === 'static' && !asksForOtherReport(options)) {
    root.dataset.module = 'failed'; // The static report stays: render all of it.
    const wanted = (options.sections ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (wanted.length) {
      for (const section of root.querySelectorAll('[data-section]')) section.hidden = !wanted.includes(section.dataset.section);
      root.querySelector('.ri-header')?.setAttribute('hidden', '');
    }
    return;
  }
  if (root.dataset.state === 'error') return;
  root.dataset.state = 'error';
  // Content is text or a picture: a page's editor may leave a line break or a space inside.
  const host = root.getRootNode().host;
  if (host && (host.textContent.trim() || host.querySelector('img, picture, svg, video, object, iframe'))) {
    root.replaceChildren(document.createElement('slot'));
    return;
  }
  root.classList.add('ri');
  const message = document.createElement('p');
  message.className = 'ri-error';
  message.setAttribute('role', 'alert');
  message.textContent = error instanceof UnsupportedBrowser
    ? '此浏览器无法显示数据图解。This browser cannot show the infographic.'
    : '数据图解加载失败，请刷新重试。The infographic could not be loaded.';
  root.replaceChildren(message);
}

let sharedSheet;

/** One stylesheet for every instance on the page, fetched once; a <link> per shadow root where
 *  constructed stylesheets are missing. Resolves once the styles apply. */
function styleShadow(shadow) {
  if ('adoptedStyleSheets' in ShadowRoot.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
    sharedSheet ??= fetch(asset('widget.css'))
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((css) => { const sheet = new CSSStyleSheet(); sheet.replaceSync(css); return sheet; });
    return sharedSheet.then((sheet) => { shadow.adoptedStyleSheets = [sheet]; }, () => linkStyles(shadow));
  }
  return linkStyles(shadow);
}

function linkStyles(shadow) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = asset('widget.css');
  const loaded = new Promise((done) => {
    link.addEventListener('load', done, { once: true });
    link.addEventListener('error', done, { once: true });
  });
  shadow.append(link);
  return loaded;
}

class ReportInfographic extends HTMLElement {
  static observedAttributes = OPTION_NAMES;

  #widget;
  #generation = 0;
  #styled;
  #renderQueued = false;

  connectedCallback() {
    if (!this.shadowRoot) {
      const shadow = this.attachShadow({ mode: 'open' });
      this.#styled = styleShadow(shadow);
    }
    this.#render();
  }

  disconnectedCallback() {
    this.#teardown();
  }

  attributeChangedCallback(name, before, after) {
    // Attributes set before the element is connected are read by connectedCallback.
    if (this.shadowRoot && this.isConnected && before !== after) this.#scheduleRender();
  }

  /** Renders once after a burst of attribute changes. */
  #scheduleRender() {
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      if (this.isConnected) this.#render();
    });
  }

  /** The widget's handle, once mounted. */
  get widget() {
    return this.#widget;
  }

  #teardown() {
    this.#generation += 1;
    // destroy() stops everything; free() releases the Rust side at once, not at some later GC.
    this.#widget?.destroy();
    this.#widget?.free();
    this.#widget = undefined;
  }

  async #render() {
    this.#teardown();
    const generation = this.#generation;
    // A fresh root per render: a mount still waiting for its data writes into a detached node.
    const root = document.createElement('div');
    root.className = 'report-infographic';
    root.dataset.state = 'loading';
    this.shadowRoot.querySelector('.report-infographic')?.remove();
    this.shadowRoot.append(root);
    const options = {};
    for (const name of OPTION_NAMES) if (this.hasAttribute(name)) options[name] = this.getAttribute(name);
    // Like any URL attribute, src is relative to the host page.
    if (options.src) options.src = new URL(options.src, document.baseURI).href;
    await this.#styled;
    if (generation !== this.#generation) return;
    try {
      const widget = await mountWidget(root, options);
      if (generation === this.#generation) this.#widget = widget;
      else { widget.destroy(); widget.free(); }
    } catch {
      // The reason is shown inside the widget and in the console.
    }
  }
}

if (!customElements.get('report-infographic')) customElements.define('report-infographic', ReportInfographic);
