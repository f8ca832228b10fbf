// The stand-alone page: mounts the widget on #report with the page's query parameters as options
// (?sections=kpi,economy&lang=zh&theme=dark&motion=off&src=…).
import { mountWidget, optionsFromQuery } from './widget.js';

const root = document.getElementById('report');
try {
  window.reportWidget = await mountWidget(root, optionsFromQuery());
} catch {
  // The reason is shown inside the widget and in the console.
}
