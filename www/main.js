// The stand-alone page: mounts the widget on #report with the page's query parameters as options
// (?sections=kpi,economy&lang=zh&theme=dark&motion=off&src=…).
import { hideStaticReportFor, loadWhileParsing, mountWidget, optionsFromQuery } from './widget.js';

const options = optionsFromQuery();
hideStaticReportFor(options);
await loadWhileParsing();

const root = document.getElementById('report');
const mounted = mountWidget(root, options);
// The page's own switches in a task of their own: the task that starts the widget also runs the
// scripts and starts the module's download, and on a slow phone it is long enough already.
setTimeout(() => setSwitches(options));
try {
  window.reportWidget = await mounted;
  // The tab's (and a shared link's) title is the report's, in the reader's language.
  document.title = `${root.dataset.title} · ${options.lang === 'en' ? 'Infographic' : '数据图解'}`;
} catch {
  // The reason is shown inside the widget and in the console.
}

/** Points the language and large-text switches at this page with the other options kept. */
function setSwitches(options) {
  for (const link of document.querySelectorAll('.lang-switch a[data-lang]')) {
    const url = new URL(location.href);
    url.searchParams.set('lang', link.dataset.lang);
    link.href = url.search;
    if ((options.lang ?? 'zh') === link.dataset.lang) link.setAttribute('aria-current', 'page');
  }
  const large = document.querySelector('.lang-switch a[data-text]');
  if (large) {
    const url = new URL(location.href);
    const on = options.text === 'large';
    if (on) url.searchParams.delete('text');
    else url.searchParams.set('text', 'large');
    large.href = url.search || '?';
    if (on) large.setAttribute('aria-current', 'true');
  }
  if (options.lang === 'en') document.documentElement.lang = 'en';
}
