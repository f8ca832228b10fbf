// The iframe page: mounts the widget with the query parameters as options (plus bg=transparent)
// and tells the parent page its content height whenever it changes.
import { hideStaticReportFor, loadWhileParsing, mountWidget, optionsFromQuery } from './widget.js';

const options = optionsFromQuery();
hideStaticReportFor(options);
await loadWhileParsing();

const params = new URLSearchParams(location.search);
if (params.get('bg') === 'transparent') document.body.classList.add('transparent');
const theme = params.get('theme');
if (theme === 'dark' || theme === 'light') document.body.classList.add(theme);

let lastHeight = -1;
function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  // The height is no secret, and the host's origin is unknown here; embed.js checks ours.
  window.parent.postMessage({ type: 'report-infographic:height', height }, '*');
}
// Also on observing: the first height goes out with the first frame, not by laying out the page
// in this task, which also runs the scripts and starts the module's download. A browser without
// the observer (below the supported ones) keeps the static report: its height once loaded and
// after each resize is enough.
if (typeof ResizeObserver === 'function') {
  new ResizeObserver(postHeight).observe(document.documentElement);
} else {
  window.addEventListener('load', postHeight);
  window.addEventListener('resize', postHeight);
  postHeight();
}

try {
  window.reportWidget = await mountWidget(document.getElementById('report'), options);
} catch {
  // The reason is shown inside the widget and in the console.
}
