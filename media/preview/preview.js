// @ts-check
// The preview panel's script. It only swaps in HTML fragments the extension rendered and escaped,
// follows the editor's scroll position, and turns clicks into typed messages; it never evaluates
// anything it is sent. Loaded with the page's nonce; the CSP allows no other script.

/** @typedef {import('../../src/core/render/messages').HostMessage} HostMessage */
/** @typedef {import('../../src/core/render/messages').WebviewMessage} WebviewMessage */
/** @typedef {import('../../src/core/render/messages').PreviewState} PreviewState */
/**
 * What VS Code gives a webview's scripts.
 * @typedef {{ postMessage(message: WebviewMessage): void, getState(): PreviewState | undefined, setState(state: PreviewState): void }} VsCodeWebviewApi
 */

(function () {
  'use strict';

  const vscode = /** @type {{ acquireVsCodeApi(): VsCodeWebviewApi }} */ (/** @type {unknown} */ (globalThis)).acquireVsCodeApi();
  const FRAGMENTS = /** @type {const} */ (['problems', 'header', 'body', 'card']);

  let documentUri = document.body.dataset.documentUri ?? '';

  /** @param {WebviewMessage} message */
  function post(message) {
    vscode.postMessage(message);
  }

  function saveState() {
    vscode.setState({ documentUri, scrollY: Math.round(window.scrollY) });
  }

  // ---------------------------------------------------------------------------------------------------
  // Scroll position: restored after a reload, saved as the reader scrolls.

  const saved = vscode.getState();
  const initialScroll = Number(document.body.dataset.scrollY) || (saved && saved.documentUri === documentUri ? Number(saved.scrollY) || 0 : 0);
  if (initialScroll > 0) window.scrollTo(0, initialScroll);
  saveState();

  // VS Code puts a new page where the last one was scrolled (it keeps the old frame's scroll offset), which
  // would open another release in its middle: on such a page the first scroll nobody asked for goes back to
  // the top. The reader's own scrolling (wheel, keys, pointer, touch) or the editor's ends this.
  let holdTop = initialScroll === 0 && saved !== undefined && saved.documentUri !== documentUri && Number(saved.scrollY) > 0;
  const stopHolding = () => {
    holdTop = false;
  };
  for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart']) window.addEventListener(type, stopHolding, { capture: true, passive: true });

  let saveQueued = false;
  window.addEventListener(
    'scroll',
    () => {
      if (holdTop) {
        holdTop = false;
        if (window.scrollY !== 0) window.scrollTo(0, 0);
      }
      if (saveQueued) return;
      saveQueued = true;
      requestAnimationFrame(() => {
        saveQueued = false;
        saveState();
      });
    },
    { passive: true },
  );

  // ---------------------------------------------------------------------------------------------------
  // Messages from the extension.

  // A picture that cannot load (offline, a wrong address) becomes a placeholder that says why, not a broken image.
  /** @param {HTMLImageElement} image */
  function showPictureFailed(image) {
    if (!image.parentNode) return;
    const placeholder = document.createElement('span');
    placeholder.className = 'note picture-failed';
    // It stands where the picture stood, under its name.
    if (image.id) placeholder.id = image.id;
    placeholder.setAttribute('role', 'img');
    const address = image.getAttribute('src') || '';
    placeholder.textContent = `Picture not loaded: it could not be fetched (offline, or the address is wrong): ${address}`;
    placeholder.setAttribute('aria-label', image.alt ? `${image.alt}. ${placeholder.textContent}` : placeholder.textContent);
    image.replaceWith(placeholder);
  }
  document.addEventListener(
    'error',
    (event) => {
      if (event.target instanceof HTMLImageElement) showPictureFailed(event.target);
    },
    true,
  );
  // A picture of the first page may have failed before this script ran, its error event gone: a finished
  // picture with no width either failed or has no size of its own, and only a failed one cannot be decoded.
  for (const image of Array.from(document.images)) {
    if (image.complete && image.naturalWidth === 0) image.decode().catch(() => showPictureFailed(image));
  }

  /** @param {unknown} value @returns {value is Record<string, unknown>} */
  function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }

  /** @param {Extract<HostMessage, { type: 'update' }>} message */
  function applyUpdate(message) {
    // Another release starts at its top; the same one keeps the reader where they are.
    const switched = typeof message.documentUri === 'string' && message.documentUri !== documentUri;
    if (typeof message.documentUri === 'string') documentUri = message.documentUri;
    if (!isRecord(message.fragments)) return;
    const fragments = /** @type {Record<string, unknown>} */ (message.fragments);
    const scrollY = switched || holdTop ? 0 : window.scrollY;
    for (const name of FRAGMENTS) {
      const html = fragments[name];
      if (typeof html !== 'string') continue;
      const slot = document.getElementById(`pressroom-${name}`);
      // The extension escaped every value; the CSP stops any inline handler that might slip through.
      if (slot) slot.innerHTML = html;
    }
    // Replacing the fragments must not move the reader.
    if (window.scrollY !== scrollY) window.scrollTo(0, scrollY);
    document.body.dataset.version = String(message.version);
    saveState();
  }

  /** @returns {{ line: number, element: HTMLElement }[]} */
  function lineElements() {
    /** @type {{ line: number, element: HTMLElement }[]} */
    const result = [];
    for (const element of document.querySelectorAll('[data-line]')) {
      if (!(element instanceof HTMLElement)) continue;
      const line = Number(element.dataset.line);
      if (Number.isInteger(line) && element.offsetParent !== null) result.push({ line, element });
    }
    result.sort((a, b) => a.line - b.line);
    return result;
  }

  /** Scrolls so the source line is at the top, between the blocks around it. @param {number} line */
  function scrollToLine(line) {
    stopHolding();
    const blocks = lineElements();
    if (blocks.length === 0) return;
    let previous = blocks[0];
    let next;
    for (const block of blocks) {
      if (block.line <= line) previous = block;
      else {
        next = block;
        break;
      }
    }
    const top = (/** @type {HTMLElement} */ element) => element.getBoundingClientRect().top + window.scrollY;
    let y = top(previous.element);
    if (line <= previous.line) {
      y = previous === blocks[0] && line < previous.line ? 0 : y;
    } else if (next && next.line > previous.line) {
      const fraction = (line - previous.line) / (next.line - previous.line);
      y += (top(next.element) - y) * fraction;
    } else {
      const height = previous.element.getBoundingClientRect().height;
      const span = Number(previous.element.dataset.lineCount) || 1;
      y += Math.min(height, (height * (line - previous.line)) / span);
    }
    window.scrollTo(0, Math.max(0, Math.round(y)));
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!isRecord(message)) return;
    if (message.type === 'update') {
      applyUpdate(/** @type {Extract<HostMessage, { type: 'update' }>} */ (message));
    } else if (message.type === 'scrollToLine' && typeof message.line === 'number' && Number.isFinite(message.line)) {
      scrollToLine(message.line);
    }
  });

  // ---------------------------------------------------------------------------------------------------
  // Clicks: links open through the extension, problems are revealed in the editor.

  /** @param {string | undefined} value */
  function index(value) {
    const number = Number(value);
    return Number.isInteger(number) && number >= 0 ? number : undefined;
  }

  // A middle click must not open the link in a new window either.
  document.addEventListener('auxclick', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
  });

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const problem = target.closest('button.problem');
    if (problem instanceof HTMLElement) {
      event.preventDefault();
      const startLine = index(problem.dataset.startLine);
      const startCharacter = index(problem.dataset.startCharacter);
      const endLine = index(problem.dataset.endLine);
      const endCharacter = index(problem.dataset.endCharacter);
      if (startLine === undefined || startCharacter === undefined || endLine === undefined || endCharacter === undefined) return;
      post({ type: 'revealRange', range: { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } } });
      return;
    }
    const link = target.closest('a');
    if (link) {
      // Never navigate the webview itself.
      event.preventDefault();
      const href = link.getAttribute('href');
      if (href && !href.startsWith('#')) post({ type: 'openLink', href });
    }
  });

  post({ type: 'ready' });
})();
