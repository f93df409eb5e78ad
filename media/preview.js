// The canvas webview. Runs under a CSP that allows only this (nonce'd) script.
// The canvas HTML comes from our own renderer (plan text escaped, Markdown
// without raw HTML); inline event handlers could not run anyway.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('sp-root');
  const notice = document.getElementById('sp-notice');
  const history = document.getElementById('sp-history');
  let state = vscode.getState() || {};
  let activeLine = -1;
  let restoredScroll = typeof state.scrollY === 'number' ? state.scrollY : undefined;

  function save() {
    vscode.setState(state);
  }

  /** The smallest tile whose line range holds `line` (1-based); deeper wins a tie. */
  function tileAt(line) {
    let best = null;
    let bestSize = Infinity;
    for (const el of root.querySelectorAll('[data-start-line]')) {
      if (el.classList.contains('missing') || el.classList.contains('whole-plan') || el.classList.contains('part-card')) continue;
      const start = Number(el.getAttribute('data-start-line'));
      const end = Number(el.getAttribute('data-end-line'));
      if (!(start <= line && line <= end)) continue;
      const size = end - start;
      if (size <= bestSize) {
        best = el;
        bestSize = size;
      }
    }
    return best;
  }

  function highlight(line, scroll) {
    activeLine = line;
    for (const el of root.querySelectorAll('.sp-active')) el.classList.remove('sp-active');
    const el = tileAt(line + 1);
    if (!el) return;
    el.classList.add('sp-active');
    if (!scroll) return;
    const r = el.getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) el.scrollIntoView({ block: 'center' });
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'update' && typeof m.body === 'string' && typeof m.uri === 'string') {
      const sameDocument = state.uri === m.uri;
      const y = window.scrollY;
      root.innerHTML = m.body;
      notice.hidden = true;
      if (restoredScroll !== undefined) {
        window.scrollTo(0, restoredScroll);
        restoredScroll = undefined;
      } else if (sameDocument) {
        window.scrollTo(0, y);
      } else {
        window.scrollTo(0, 0);
      }
      state = { uri: m.uri, scrollY: window.scrollY };
      save();
      if (activeLine >= 0 && sameDocument) highlight(activeLine, false);
    } else if (m.type === 'highlight' && Number.isInteger(m.line) && m.line >= 0) {
      highlight(m.line, m.scroll !== false);
    } else if (m.type === 'history' && typeof m.body === 'string' && history) {
      // The sixth view: the server's history chart (SVG and a commit list, no scripts).
      history.innerHTML = m.body;
    } else if (m.type === 'notice' && typeof m.text === 'string') {
      notice.textContent = m.text;
      notice.hidden = false;
    }
  });

  /** A commit in the history view (its row, or its point on a chart): ask for the plan's diff at that commit. */
  function openCommit(target) {
    const el = history && target.closest('[data-commit]');
    if (!el || !history.contains(el)) return false;
    const commit = el.getAttribute('data-commit');
    const row = [...history.querySelectorAll('tr.commit[data-commit]')].find((r) => r.getAttribute('data-commit') === commit);
    const path = row && row.getAttribute('data-path');
    if (commit && path) vscode.postMessage({ type: 'openCommit', commit, path });
    return true;
  }

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target instanceof Element) openCommit(event.target);
  });

  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    if (openCommit(target)) return;
    // Links keep their own meaning: in-page anchors scroll, web links open outside.
    if (target.closest('a')) return;
    const finding = target.closest('.finding[data-line]');
    const tile = finding || target.closest('[data-start-line]');
    if (!tile) return;
    const line = Number(finding ? finding.getAttribute('data-line') : tile.getAttribute('data-start-line'));
    if (Number.isInteger(line) && line >= 1) vscode.postMessage({ type: 'reveal', line: line - 1 });
  });

  let scrollTimer;
  window.addEventListener('scroll', () => {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => {
      state.scrollY = window.scrollY;
      save();
    }, 100);
  });

  vscode.postMessage({ type: 'ready' });
})();
