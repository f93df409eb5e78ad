// TEMPORARY — replaced by helper 3's media/canvasEditor.ts at merge.
// A minimal stand-in of the webview script, so the canvas editor can be run
// end to end before the real one lands: the body goes into #sp-root, a
// <select data-path> sends a `set` intent on change, a <button data-intent>
// sends its intent, `refused` shows in #sp-refused.
declare function acquireVsCodeApi(): { postMessage(m: unknown): void };
(() => {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('sp-root')!;
  const notice = document.getElementById('sp-refused')!;
  let version = -1;
  window.addEventListener('message', (e: MessageEvent) => {
    const m = e.data as { type?: string; version?: number; body?: string; text?: string };
    if (m.type === 'update' && typeof m.body === 'string' && typeof m.version === 'number') {
      const focused = document.activeElement?.id;
      version = m.version;
      root.innerHTML = m.body;
      if (focused) document.getElementById(focused)?.focus();
    } else if (m.type === 'refused' && typeof m.text === 'string') {
      notice.hidden = false;
      notice.textContent = m.text;
    }
  });
  root.addEventListener('change', (e) => {
    const t = e.target as HTMLSelectElement;
    if (t.tagName !== 'SELECT' || !t.dataset['path']) return;
    vscode.postMessage({ type: 'intent', version, intent: { kind: 'set', path: JSON.parse(t.dataset['path']) as unknown, value: t.value } });
  });
  root.addEventListener('click', (e) => {
    const t = (e.target as HTMLElement).closest('button[data-intent]') as HTMLButtonElement | null;
    if (t?.dataset['intent']) vscode.postMessage({ type: 'intent', version, intent: JSON.parse(t.dataset['intent']) as unknown });
  });
  vscode.postMessage({ type: 'ready' });
})();
