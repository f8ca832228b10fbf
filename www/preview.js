// The editor's preview page: shows the widget with the data file the editor page (its parent,
// same origin) posts to it, { type: 'report-infographic:preview', json, options }, and mounts
// it again for every new message. The text is handed to the module as it is: no URL to fetch,
// so the strict CSP (which allows no blob: or data: fetches) is kept.
import { loadModule, mountSteps } from './widget.js';
import { prepare } from './pkg/report_infographic.js';

let current;
let generation = 0;

async function show(json, options) {
  generation += 1;
  const mine = generation;
  current?.destroy();
  current?.free();
  current = undefined;
  await loadModule();
  if (mine !== generation) return;
  const old = document.getElementById('report');
  const root = document.createElement('div');
  root.id = 'report';
  root.className = 'report-infographic';
  root.dataset.state = 'loading';
  old.replaceWith(root);
  const theme = options.theme;
  document.body.classList.toggle('dark', theme === 'dark');
  document.body.classList.toggle('light', theme === 'light');
  try {
    // The same steps as mountWidget, each in a task of its own, with the text given.
    const mounting = prepare(root, { ...options, src: undefined });
    const widget = await mountSteps(mounting, json, () => mine !== generation);
    if (widget) current = widget;
  } catch {
    // The widget shows what is wrong in its root.
  }
}

window.addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.source !== window.parent) return;
  const data = event.data;
  if (!data || data.type !== 'report-infographic:preview' || typeof data.json !== 'string') return;
  const options = {};
  for (const name of ['sections', 'lang', 'theme', 'motion', 'text']) {
    if (typeof data.options?.[name] === 'string' && data.options[name]) options[name] = data.options[name];
  }
  show(data.json, options);
});

// Tells the editor it can send the data file.
window.parent.postMessage({ type: 'report-infographic:preview-ready' }, location.origin);
