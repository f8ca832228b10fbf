// Loaded first by every HTML page in the cross-engine tests (the test server inserts it): records
// uncaught errors, rejected promises, console errors and CSP violations in `window.__problems`,
// since not every browser's driver reports them. A classic script, so it runs before the page's.
(function () {
  'use strict';
  var problems = (window.__problems = []);
  var consoleError = console.error;
  console.error = function () {
    problems.push('console: ' + Array.prototype.map.call(arguments, String).join(' '));
    return consoleError.apply(console, arguments);
  };
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target !== window && (target.src || target.href)) problems.push('failed to load: ' + (target.src || target.href));
    else problems.push('page error: ' + event.message);
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    problems.push('unhandled rejection: ' + ((reason && reason.message) || reason));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    problems.push('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code'));
  });
})();
