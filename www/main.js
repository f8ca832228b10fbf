// Loads the WebAssembly module and mounts the widget on #report.
// Query parameters are passed on as options: ?sections=kpi,economy&lang=zh&motion=off
import init, { mount } from './pkg/report_infographic.js';

const root = document.getElementById('report');
const params = new URLSearchParams(location.search);
const options = {};
for (const name of ['sections', 'lang', 'motion']) {
  if (params.has(name)) options[name] = params.get(name);
}

try {
  await init();
  window.reportWidget = mount(root, options);
} catch (error) {
  // A data problem is already shown inside the widget; anything else (no WebAssembly, a failed
  // download) is shown here, so the reader never meets a blank box.
  if (root.dataset.state !== 'error') {
    root.dataset.state = 'error';
    const message = document.createElement('p');
    message.className = 'ri-error';
    message.setAttribute('role', 'alert');
    message.textContent = '数据图解加载失败，请刷新重试。The infographic could not be loaded.';
    root.replaceChildren(message);
  }
  console.error('report-infographic:', error);
}
