// The stand-alone page: mounts the widget on #report with the page's query parameters as options
// (?sections=kpi,economy&lang=zh&theme=dark&motion=off&src=…).
import { loadWhileParsing, mountWidget, optionsFromQuery } from './widget.js';

await loadWhileParsing();

const root = document.getElementById('report');
const options = optionsFromQuery();

// The language switch keeps the other options of the page's address.
for (const link of document.querySelectorAll('.lang-switch a[data-lang]')) {
  const url = new URL(location.href);
  url.searchParams.set('lang', link.dataset.lang);
  link.href = url.search;
  if ((options.lang ?? 'zh') === link.dataset.lang) link.setAttribute('aria-current', 'page');
}
// The large-text switch turns large text on and off, keeping the other options.
const large = document.querySelector('.lang-switch a[data-text]');
if (large) {
  const url = new URL(location.href);
  const on = options.text === 'large';
  if (on) url.searchParams.delete('text');
  else url.searchParams.set('text', 'large');
  large.href = url.search || '?';
  if (on) large.setAttribute('aria-current', 'true');
}
if (options.lang === 'en') {
  document.documentElement.lang = 'en';
  document.title = 'Erqi District 2020 Work Report · Infographic';
}
try {
  window.reportWidget = await mountWidget(root, options);
} catch {
  // The reason is shown inside the widget and in the console.
}
