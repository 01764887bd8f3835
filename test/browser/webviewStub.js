/* global window, document */
// Stands in for VS Code's webview API in the browser tests, recording what the preview script sends
// and saves, and every Content Security Policy violation. Runs before any script of the page.
window.__posted = [];
window.__state = undefined;
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
window.acquireVsCodeApi = () => ({
  postMessage: (message) => window.__posted.push(JSON.parse(JSON.stringify(message))),
  getState: () => window.__state,
  setState: (state) => {
    window.__state = JSON.parse(JSON.stringify(state));
  },
});
