// The editor page: draft a data file from a report's text or open one, check it as the widget
// does (every problem with its path, a button that jumps to its place), preview it in four
// iframes (phone and desktop, Chinese and English) and write the code that embeds it.
// Its module (editor-pkg/) is the widget's crate with the editor's functions; readers' pages
// never load it.
import init, { draftReport, checkReport } from './editor-pkg/report_editor.js';

const $ = (id) => document.getElementById(id);
const editor = $('editor');
const jsonBox = $('json');
const articleBox = $('article');
const problemsList = $('problems');
const frames = [...document.querySelectorAll('.ed-frames iframe')];
const form = $('options');
const BASE = new URL('.', location.href).href;

await init({ module_or_path: new URL('editor-pkg/report_editor_bg.wasm', import.meta.url) });

/** The data file as last checked, parsed (or undefined if it is not JSON). */
let parsed;
let checkTimer;

/**
 * The report's text and the data file are kept in this browser as they change (localStorage),
 * so that a reload or a closed tab loses no work; they come back when the editor opens. Where
 * the browser refuses to keep them (private browsing, storage full), nothing else changes.
 */
const KEPT = 'report-infographic:editor';
let keepTimer;

function keep() {
  clearTimeout(keepTimer);
  try {
    localStorage.setItem(KEPT, JSON.stringify({ article: articleBox.value, json: jsonBox.value }));
  } catch {
    // Not kept; the work itself is untouched.
  }
}

function keepSoon() {
  clearTimeout(keepTimer);
  keepTimer = setTimeout(keep, 500);
}

/** What was kept, or nothing. */
function kept() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEPT) ?? 'null');
    if (typeof saved?.article === 'string' && typeof saved?.json === 'string') return saved;
  } catch {
    // Nothing readable was kept.
  }
  return undefined;
}

/** Checks the data file in the editor now: lists its problems, updates the sections offered
 *  for the embed code, the embed code and the previews. */
function update() {
  clearTimeout(checkTimer);
  const json = jsonBox.value;
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = undefined;
  }
  showProblems(json.trim() ? checkReport(json) : []);
  offerSections();
  writeEmbedCode();
  sendPreviews();
  keep();
  editor.dataset.state = 'checked';
}

/** Checks again a moment after the last keystroke. */
function updateSoon() {
  editor.dataset.state = 'editing';
  clearTimeout(checkTimer);
  checkTimer = setTimeout(update, 400);
}

function showProblems(problems) {
  problemsList.replaceChildren();
  const errors = problems.filter((p) => p.severity === 'error').length;
  const todos = problems.length - errors;
  $('problem-count').textContent = jsonBox.value.trim()
    ? `${errors} 个错误 errors · ${todos} 处待填写 to fill in`
    : '';
  editor.dataset.errors = String(errors);
  editor.dataset.todos = String(todos);
  if (!problems.length && jsonBox.value.trim()) {
    const item = document.createElement('li');
    item.className = 'ed-none';
    item.textContent = '没有问题：可以发布了。No problems: ready to publish.';
    problemsList.append(item);
  }
  for (const problem of problems) {
    const item = document.createElement('li');
    item.className = problem.severity === 'error' ? 'ed-error' : 'ed-todo';
    if (problem.line) {
      const jump = document.createElement('button');
      jump.type = 'button';
      jump.className = 'ed-jump';
      jump.textContent = `${problem.line}:${problem.column}`;
      jump.title = `跳到第 ${problem.line} 行 Go to line ${problem.line}, column ${problem.column}`;
      jump.addEventListener('click', () => jumpTo(problem.line, problem.column));
      item.append(jump);
    }
    const severity = document.createElement('span');
    severity.className = 'ed-severity';
    severity.textContent = problem.severity === 'error' ? '错误 error ' : '待填 to do ';
    item.append(severity);
    if (problem.path) {
      const path = document.createElement('code');
      path.textContent = problem.path;
      item.append(path, ' ');
    }
    item.append(problem.message);
    problemsList.append(item);
  }
}

/** Selects the line `line` of the data file from `column` on, and scrolls it into view. */
function jumpTo(line, column) {
  const lines = jsonBox.value.split('\n');
  let start = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i += 1) start += lines[i].length + 1;
  const text = lines[line - 1] ?? '';
  // Columns count characters; the textarea counts UTF-16 units.
  const offset = [...text].slice(0, column - 1).join('').length;
  jsonBox.focus();
  jsonBox.setSelectionRange(start + offset, start + text.length);
  const lineHeight = parseFloat(getComputedStyle(jsonBox).lineHeight) || 20;
  jsonBox.scrollTop = Math.max(0, (line - 4) * lineHeight);
  jsonBox.dataset.line = String(line);
}

/** The options chosen for the embed code. */
function options() {
  const data = new FormData(form);
  const all = [...form.querySelectorAll('input[name="section"]')];
  const chosen = all.filter((box) => box.checked).map((box) => box.value);
  return {
    form: data.get('form'),
    sections: chosen.length && chosen.length < all.length ? chosen.join(',') : '',
    lang: data.get('lang'),
    theme: data.get('theme'),
    motion: data.get('motion'),
    text: data.get('text'),
    src: String(data.get('src') ?? '').trim(),
  };
}

/** One checkbox per section of the data file, keeping the choices made. */
function offerSections() {
  const box = $('sections');
  const sections = Array.isArray(parsed?.sections) ? parsed.sections : [];
  const ids = sections.map((s) => (typeof s?.id === 'string' ? s.id : '')).filter(Boolean);
  const shown = [...box.querySelectorAll('input')].map((i) => i.value);
  if (ids.join() === shown.join()) return;
  const unchecked = new Set([...box.querySelectorAll('input:not(:checked)')].map((i) => i.value));
  box.querySelectorAll('label').forEach((label) => label.remove());
  sections.forEach((section, i) => {
    if (!ids.includes(section?.id)) return;
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = 'section';
    input.value = section.id;
    input.checked = !unchecked.has(section.id);
    const title = section.title?.zh ?? section.id;
    label.append(input, ` ${section.id}`);
    label.title = String(title);
    box.append(label);
    if (i === 0) input.dataset.first = '';
  });
}

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The embed code for the options chosen. */
function embedCode() {
  const o = options();
  const src = o.src ? new URL(o.src, BASE).href : '';
  const chosen = [
    ['src', src],
    ['sections', o.sections],
    ['lang', o.lang === 'zh' ? '' : o.lang],
    ['theme', o.theme === 'auto' ? '' : o.theme],
    ['motion', o.motion === 'on' ? '' : o.motion],
    ['text', o.text === 'normal' ? '' : o.text],
  ].filter(([, value]) => value);
  const title = `${parsed?.meta?.title?.[o.lang] ?? parsed?.meta?.title?.zh ?? ''} ${o.lang === 'en' ? 'Infographic' : '数据图解'}`.trim();
  const query = new URLSearchParams(chosen).toString();
  /** The URL of `page` beside the editor, with the options chosen. */
  const withOptions = (page) => `${BASE}${page}${query ? `?${query}` : ''}`;
  if (o.form === 'element') {
    const attributes = chosen.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
    // Inside the element, its fallback: a link to the page of the same report and options.
    return `<script type="module" async src="${BASE}widget.js"></script>\n\n<report-infographic${attributes}>\n  <a href="${escapeHtml(withOptions(''))}">${escapeHtml(title)}</a>\n</report-infographic>\n`;
  }
  // A report given by src is embedded by the iframe page without the static report (which is
  // of the report compiled in).
  const frame = withOptions(src ? 'embed-src.html' : 'embed.html');
  return `<script src="${BASE}embed.js" async></script>\n\n<iframe data-report-infographic\n        src="${escapeHtml(frame)}"\n        title="${escapeHtml(title)}" loading="lazy"></iframe>\n`;
}

function writeEmbedCode() {
  $('embed-code').value = embedCode();
  $('copy-status').textContent = '';
}

/** Sends the data file to every preview (each in its own language). */
function sendPreviews(only) {
  if (!jsonBox.value.trim()) return;
  const o = options();
  for (const frame of only ? [only] : frames) {
    frame.contentWindow?.postMessage({
      type: 'report-infographic:preview',
      json: jsonBox.value,
      options: { lang: frame.dataset.lang, theme: o.theme, motion: o.motion, text: o.text, sections: o.sections },
    }, location.origin);
  }
}

window.addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.data?.type !== 'report-infographic:preview-ready') return;
  const frame = frames.find((f) => f.contentWindow === event.source);
  if (frame) {
    frame.dataset.ready = '';
    sendPreviews(frame);
  }
});

/** Puts a data file into the editor and checks it. */
function openJson(text) {
  jsonBox.value = text;
  update();
}

/** Drafts a data file from the report's text in the text box. */
function draft() {
  const text = articleBox.value;
  if (!text.trim()) {
    $('draft-status').textContent = '请先粘贴报告全文。Paste the report\'s text first.';
    return;
  }
  const json = draftReport(text);
  openJson(json);
  const figures = parsed?.sections?.reduce((n, s) => n + (s.figures?.length ?? 0), 0) ?? 0;
  $('draft-status').textContent = `已起草：${parsed?.sections?.length ?? 0} 个章节，${figures} 个数字；请把 TODO 换成实际内容。Drafted ${figures} figures: replace every TODO.`;
}

/** Opens a dropped or chosen file: a data file into the editor, a text into the draft box. */
async function openFile(file) {
  const text = await file.text();
  if (/\.json$/i.test(file.name) || text.trimStart().startsWith('{')) {
    openJson(text);
  } else {
    articleBox.value = text;
    $('draft-box').open = true;
    draft();
  }
}

for (const target of [jsonBox, articleBox]) {
  target.addEventListener('dragover', (event) => {
    event.preventDefault();
    target.classList.add('ed-dragging');
  });
  target.addEventListener('dragleave', () => target.classList.remove('ed-dragging'));
  target.addEventListener('drop', (event) => {
    event.preventDefault();
    target.classList.remove('ed-dragging');
    const file = event.dataTransfer?.files?.[0];
    if (file) openFile(file);
  });
}
$('file').addEventListener('change', (event) => {
  const file = event.target.files?.[0];
  if (file) openFile(file);
  event.target.value = '';
});
$('draft').addEventListener('click', draft);
jsonBox.addEventListener('input', updateSoon);
articleBox.addEventListener('input', keepSoon);
window.addEventListener('pagehide', keep);
form.addEventListener('input', () => {
  writeEmbedCode();
  sendPreviews();
});
form.addEventListener('submit', (event) => event.preventDefault());

$('download').addEventListener('click', () => {
  const name = (options().src.split('/').pop() || 'report.json').replace(/[^\w.-]/g, '') || 'report.json';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([jsonBox.value], { type: 'application/json' }));
  link.download = name.endsWith('.json') ? name : `${name}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});

$('copy').addEventListener('click', async () => {
  const code = $('embed-code');
  try {
    await navigator.clipboard.writeText(code.value);
  } catch {
    code.select();
    document.execCommand('copy');
  }
  $('copy-status').textContent = '已复制 Copied';
});

editor.dataset.state = 'ready';
writeEmbedCode();
const saved = kept();
if (saved && (saved.article.trim() || saved.json.trim())) {
  articleBox.value = saved.article;
  if (saved.json.trim()) openJson(saved.json);
  $('kept-status').textContent = '已恢复上次在本浏览器中的内容。Restored your last work in this browser.';
}
