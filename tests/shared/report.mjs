// What the browser tests of every engine share: the report and how each figure must read, and
// functions that run inside the page (self-contained, so any driver can send them as source).
import { mkdirSync, readFileSync } from 'node:fs';

export const OUTPUT_DIR = new URL('../output/', import.meta.url).pathname;
mkdirSync(OUTPUT_DIR, { recursive: true });

const readJson = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
export const REPORT = readJson('../../data/erqi-2020.json');
/** A second report of the same shape, for `src`. */
export const SAMPLE = readJson('../../data/sample-small.json');

const PREFIX_HEDGES = ['近', '超', '预计', '拟'];
const SUFFIX_HEDGES = ['余', '多'];

/** How a figure must read in Chinese: 预计773亿元, 增长1.2%, 两万多名, 第一, 连续4年. */
export function displayText(figure) {
  const hedge = figure.hedge ?? '';
  const magnitude = /^[万亿]/.test(figure.unit) ? figure.unit[0] : '';
  const unitRest = figure.unit.slice(magnitude.length);
  const kindWord = { growth: '增长', rank: '第', streak: '连续' }[figure.kind] ?? '';
  return (PREFIX_HEDGES.includes(hedge) ? hedge : '') + kindWord + figure.value + magnitude
    + (SUFFIX_HEDGES.includes(hedge) ? hedge : '') + unitRest + (hedge === '以上' ? '以上' : '');
}

/** Every figure of `report`, with its section's id. */
export const allFigures = (report = REPORT) => report.sections.flatMap((s) => s.figures.map((f) => ({ ...f, section: s.id, sectionKind: s.kind })));

/** The KPI tiles in English, and figures as the English version must show them. */
export const ENGLISH_KPI_TILES = [
  'expected 77.3 billion yuan', 'expected up 1.2%', 'up 11.1%', 'up 4.7%', '5.52 billion yuan', '48 billion yuan', '4 years in a row',
];
export const ENGLISH_SAMPLES = [
  '55,800 people', 'more than 20,000 people', 'more than 600', 'nearly 200', 'more than 1.2 million', '47 (pending)',
  'No. 1', '14,830', '822,500 m²', '99.62%',
];

/** A part of the live widget it has not shown yet (a section, or a section's charts). */
export const HIDDEN_PART = '.ri [hidden]:is(section, .ri-charts)';

/**
 * In the page: the state of every widget in it, in the page itself, in a custom element's
 * Shadow DOM or in a same-origin iframe. `settled` once there are `count` widgets, all ready,
 * with every part shown, and every auto-height iframe as tall as its content; `mounted` once
 * every widget is live (the pages start with a static report, replaced by the module).
 */
export function widgetStates({ hiddenPart, count }) {
  const frames = [...document.querySelectorAll('iframe')];
  const docs = [document, ...frames.map((f) => f.contentDocument).filter(Boolean)];
  const roots = docs.flatMap((d) => [
    ...d.querySelectorAll('#report'),
    ...[...d.querySelectorAll('report-infographic')].map((e) => e.shadowRoot?.querySelector('.report-infographic')),
  ]).filter(Boolean);
  const states = roots.map((r) => r.dataset.state);
  const hiddenParts = roots.reduce((n, r) => n + r.querySelectorAll(hiddenPart).length, 0);
  const framesFit = frames.filter((f) => f.matches('[data-report-infographic]')).every((f) => {
    const content = Math.ceil(f.contentDocument?.documentElement.getBoundingClientRect().height ?? 0);
    return Math.abs(f.getBoundingClientRect().height - content) < 1;
  });
  return {
    states,
    hiddenParts,
    mounted: roots.length > 0 && roots.every((r) => r.dataset.state !== 'static' && r.querySelector('[data-section]')),
    settled: roots.length === count && states.every((s) => s === 'ready') && hiddenParts === 0 && framesFit,
  };
}

/**
 * In the page: what the tests check of every widget — its state, text and figures, each canvas's
 * inked pixels and sizes (backing store and CSS) — plus each auto-height iframe's height against
 * its content's, the problems the error probe recorded in every document, and overflow. Renders
 * every plot while it measures (`content-visibility: auto` leaves a canvas out of view without a
 * box).
 */
export function inspectPage() {
  const frames = [...document.querySelectorAll('iframe')];
  const docs = [document, ...frames.map((f) => f.contentDocument).filter(Boolean)];
  const roots = docs.flatMap((d) => [
    ...[...d.querySelectorAll('#report')].map((root) => ({ where: d === document ? 'page' : 'iframe', root })),
    ...[...d.querySelectorAll('report-infographic')].map((e) => ({ where: 'element', root: e.shadowRoot?.querySelector('.report-infographic') })),
  ]).filter((r) => r.root);
  const widgets = roots.map(({ where, root }) => {
    const plots = [...root.querySelectorAll('.ri-plot')];
    for (const plot of plots) plot.style.contentVisibility = 'visible';
    const figures = {};
    for (const el of root.querySelectorAll('[data-figure]')) figures[el.dataset.figure] = el.querySelector('.ri-figure-value')?.textContent ?? '';
    const canvases = [...root.querySelectorAll('canvas')].map((c) => {
      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let inked = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked += 1;
      const box = c.getBoundingClientRect();
      return { section: c.closest('[data-section]')?.dataset.section, inked, width: c.width, height: c.height, cssWidth: box.width, cssHeight: box.height };
    });
    // As the widget left them: WebKit shows a canvas whose plot was skipped blank until it is
    // drawn again, and the widget redraws it when the browser renders its plot again (only
    // with `content-visibility: auto`).
    for (const plot of plots) plot.style.contentVisibility = '';
    return {
      where,
      state: root.dataset.state,
      text: root.innerText.replace(/\s+/g, ''),
      sections: [...root.querySelectorAll('[data-section]')].map((s) => s.dataset.section),
      kpiTiles: [...root.querySelectorAll('.ri-kpi .ri-counting')].map((e) => e.textContent),
      figures,
      canvases,
      svgs: root.querySelectorAll('svg.ri-svg').length,
      dpr: root.ownerDocument.defaultView.devicePixelRatio,
    };
  });
  const iframes = frames.filter((f) => f.matches('[data-report-infographic]')).map((f) => ({
    frame: f.getBoundingClientRect().height,
    content: Math.ceil(f.contentDocument.documentElement.getBoundingClientRect().height),
    scrollHeight: f.contentDocument.documentElement.scrollHeight,
    clientHeight: f.contentDocument.documentElement.clientHeight,
  }));
  return {
    widgets,
    iframes,
    problems: docs.filter((d) => d.URL !== 'about:blank').flatMap((d) => d.defaultView.__problems ?? ['no error probe in ' + d.URL]),
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth,
  };
}

/** In the page: scrolls down the whole page a little at a time, as a reader would, so every
 *  chart (in the page, in Shadow DOM or in an iframe) comes into view and plays. Each position
 *  is held for `pauseMs` and at least two rendering updates (where the browser tells observers
 *  what came into view), however slow the machine makes them. */
export async function scrollThroughPage(pauseMs) {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  for (let step = 0; step < 400; step += 1) {
    const before = window.scrollY;
    window.scrollBy(0, Math.round(window.innerHeight * 0.6));
    // At most a second: where the browser gives the page no frames, on with the timer.
    await Promise.all([sleep(pauseMs), Promise.race([frame().then(frame), sleep(1000)])]);
    if (window.scrollY === before) break;
  }
}

/** In the page: as many rendering updates as the page has charts, and two more. A chart whose
 *  plot the browser renders again (`content-visibility: auto`, as when the window grows) is
 *  redrawn in the next frames, at least one chart a frame, and WebKit shows it blank until then. */
export async function framesForEveryChart() {
  const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument).filter(Boolean)];
  const shadows = docs.flatMap((d) => [...d.querySelectorAll('report-infographic')].map((e) => e.shadowRoot).filter(Boolean));
  const charts = [...docs, ...shadows].reduce((n, root) => n + root.querySelectorAll('canvas').length, 0);
  for (let i = 0; i < charts + 2; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  return true;
}

/** In the page: resolves after the next two animation frames (one rendering update done). */
export function twoFrames() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))));
}
