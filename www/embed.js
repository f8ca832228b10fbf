/* Include once in a page that embeds the infographic in iframes:
 *   <script src="https://…/embed.js" async></script>
 *   <iframe data-report-infographic src="https://…/embed.html?sections=kpi" title="…"></iframe>
 * Sizes every such iframe to its content's height. Accepts only messages that come from one of
 * those iframes and from the origin of its src; ignores anything malformed. */
(function () {
  'use strict';
  if (window.reportInfographicEmbed) return;
  window.reportInfographicEmbed = true;
  var SELECTOR = 'iframe[data-report-infographic]';
  var MAX_HEIGHT = 100000;

  function prepare(frame) {
    if (frame.dataset.reportInfographicReady) return;
    frame.dataset.reportInfographicReady = '1';
    frame.setAttribute('scrolling', 'no');
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.border = '0';
    if (!frame.style.height) frame.style.height = '480px';
  }

  function prepareAll() {
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i += 1) prepare(frames[i]);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'report-infographic:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try { origin = new URL(frame.src, location.href).origin; } catch (e) { return; }
      if (event.origin !== origin) return;
      prepare(frame);
      frame.style.height = Math.ceil(height) + 'px';
      return;
    }
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', prepareAll);
  else prepareAll();
})();
