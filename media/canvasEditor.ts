/**
 * The canvas editor's webview script (issue 16). The sheets come from the
 * language server (server/src/preview/edit/), every control carrying its
 * intent as JSON in `data-intent`; this script only puts in what the user
 * chose or typed and posts `{ type: 'intent', version, intent }` — never
 * text of the plan, never an edit. It imports nothing from server/: it runs
 * in the webview, bundled by scripts/bundle.mjs into dist/media/.
 *
 * Messages from the extension are data: `update` replaces the canvas with
 * the server's body (already escaped; the one innerHTML here), `refused`
 * is shown as text in a live region. No eval, no HTML from anywhere else.
 *
 * Nothing typed is lost: text is sent on change, blur or Enter (not per
 * keystroke), and text typed but not yet sent survives a redraw, as do
 * focus (by element id) and scroll. Escape puts a field back as the plan
 * has it. docs/canvas-editor.md, "Controls and keyboard".
 */

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Intent = { kind: string; [key: string]: Json };
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const KINDS = new Set(['set', 'remove', 'add', 'link', 'unlink', 'fix']);

(function main(): void {
  const vscode = acquireVsCodeApi();
  const root = ensure('sp-root');
  const live = ensure('sp-refused');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  root.before(live);
  /** The document version the canvas shows; intents are made against it. -1: nothing shown yet. */
  let version = -1;
  /** What each field last sent, so change + blur + Enter send one intent, not three. */
  const sent = new WeakMap<Element, string>();
  /** True while the canvas is replaced: the blur of a removed field is not the user leaving it. */
  let redrawing = false;
  const saved = vscode.getState() as { scrollY?: unknown } | undefined;
  let restoreY = typeof saved?.scrollY === 'number' ? saved.scrollY : undefined;

  function ensure(id: string): HTMLElement {
    const found = document.getElementById(id);
    if (found) return found;
    const el = document.createElement('div');
    el.id = id;
    document.body.append(el);
    return el;
  }

  function parseIntent(json: string | undefined): Intent | undefined {
    if (json === undefined) return undefined;
    try {
      const v = JSON.parse(json) as unknown;
      if (typeof v === 'object' && v !== null && !Array.isArray(v) && KINDS.has((v as Intent).kind)) return v as Intent;
    } catch {
      // Not ours: the server writes every data-intent with JSON.stringify.
    }
    return undefined;
  }

  function post(intent: Intent): void {
    if (version < 0) return;
    live.textContent = '';
    vscode.postMessage({ type: 'intent', version, intent });
  }

  function isField(el: EventTarget | null): el is Field {
    return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
  }

  /** The value the plan has (what the server drew), to tell a real change from a revisit. */
  function initial(el: Field): string {
    if (el instanceof HTMLSelectElement) return [...el.options].find((o) => o.defaultSelected)?.value ?? el.options[0]?.value ?? '';
    return el.defaultValue;
  }

  /** A control that edits one value in place (not a field of an add form, not a checkbox). */
  function isValueControl(el: EventTarget | null): el is Field {
    return isField(el) && el.dataset['intent'] !== undefined && !(el instanceof HTMLInputElement && el.type === 'checkbox');
  }

  /** Sends the value of a select or text control as a `set` (an emptied one as its `remove`). */
  function commit(el: Field): void {
    const base = parseIntent(el.dataset['intent']);
    if (!base || base.kind !== 'set') return;
    const value = el.value;
    if (value === initial(el) || sent.get(el) === value) return;
    sent.set(el, value);
    if (value.trim() === '') post(parseIntent(el.dataset['emptyIntent']) ?? { ...base, value: null });
    else post({ ...base, value });
  }

  function revert(el: Field): void {
    if (el instanceof HTMLSelectElement) {
      for (const o of el.options) o.selected = o.defaultSelected;
    } else {
      el.value = el.defaultValue;
    }
    sent.delete(el);
  }

  /** An add form's item, or a link form's id, from its `[data-field]` controls. */
  function fromForm(form: HTMLFormElement): Intent | undefined {
    const intent = parseIntent(form.dataset['intent']);
    if (!intent) return undefined;
    let item: Json = intent['item'] ?? {};
    for (const el of form.querySelectorAll<Field>('[data-field]')) {
      const field = el.dataset['field']!;
      const value = el.value.trim();
      if (value === '') continue;
      if (intent.kind === 'link' && field === 'id') intent['id'] = value;
      else if (field === '.') item = value;
      else if (typeof item === 'object' && item !== null && !Array.isArray(item)) item[field] = value;
    }
    if (intent.kind === 'add') intent['item'] = item;
    return intent;
  }

  root.addEventListener('change', (event) => {
    // Chromium fires change on a focused field the redraw removes: its text is carried over, not sent.
    if (redrawing) return;
    const el = event.target;
    if (el instanceof HTMLInputElement && el.type === 'checkbox' && el.dataset['intent'] !== undefined) {
      const intent = parseIntent(el.dataset['intent']);
      if (intent) post(intent);
    } else if (isValueControl(el)) {
      commit(el);
    }
  });

  // A text carried over a redraw fires no change event: blur commits it too — but not the blur of a
  // field the redraw itself removes (its text is carried over to the new field instead).
  root.addEventListener('focusout', (event) => {
    const el = event.target;
    if (redrawing || !(el instanceof Node) || !root.contains(el)) return;
    if (isValueControl(el) && !(el instanceof HTMLSelectElement)) commit(el);
  });

  root.addEventListener('keydown', (event) => {
    const el = event.target;
    if (!isField(el)) return;
    if (event.key === 'Escape') {
      revert(el);
      event.preventDefault();
      event.stopPropagation();
    } else if (event.key === 'Enter' && isValueControl(el) && !(el instanceof HTMLSelectElement)) {
      // Enter commits an input; in a textarea Enter is a new line and Ctrl/Cmd+Enter commits.
      if (el instanceof HTMLTextAreaElement && !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      commit(el);
    }
  });

  root.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const intent = fromForm(form);
    if (!intent) return;
    post(intent);
    form.reset();
  });

  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    if (target.closest('[data-open-text]')) {
      vscode.postMessage({ type: 'openText' });
      return;
    }
    const button = target.closest('button[data-intent]');
    if (button instanceof HTMLButtonElement && root.contains(button)) {
      const intent = parseIntent(button.dataset['intent']);
      if (intent) post(intent);
      return;
    }
    // A click on a tile (not on a control or a link) shows its lines in the text editor.
    if (target.closest('a, button, input, select, textarea, label, form')) return;
    const finding = target.closest('.finding[data-line]');
    const tile = finding ?? target.closest('[data-start-line]');
    if (!tile || !root.contains(tile)) return;
    const line = Number(tile.getAttribute(finding ? 'data-line' : 'data-start-line'));
    if (Number.isInteger(line) && line >= 1) vscode.postMessage({ type: 'reveal', line: line - 1 });
  });

  /**
   * The control to focus after a redraw: the one with the same id, else —
   * when its item is gone (removed) — the first control whose id shares the
   * longest part of its path (`ed-evidence_1--remove` → `ed-evidence_1…` →
   * `ed-evidence…`, the list's add form), so the keyboard stays where it was.
   */
  function findAgain(id: string): HTMLElement | null {
    const same = document.getElementById(id);
    if (same && root.contains(same)) return same;
    for (let prefix = id; prefix.length > 'ed-'.length;) {
      const cut = Math.max(prefix.lastIndexOf('_'), prefix.lastIndexOf('--'));
      if (cut <= 0) break;
      prefix = prefix.slice(0, cut);
      for (const el of root.querySelectorAll<HTMLElement>('[id^="ed-"]')) {
        if (el.id.startsWith(prefix) && el.matches('input, select, textarea, button')) return el;
      }
    }
    return null;
  }

  function update(body: string, lang: 'nl' | 'en', next: number): void {
    const active = document.activeElement;
    const activeId = active instanceof HTMLElement && root.contains(active) ? active.id : '';
    const caret = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? [active.selectionStart, active.selectionEnd] : undefined;
    // Typed but not sent (or sent and refused): it stays, unless the plan's value of that field changed meanwhile.
    const pending = new Map<string, { value: string; was: string }>();
    for (const el of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type=checkbox]), textarea')) {
      if (el.id && el.value !== el.defaultValue) pending.set(el.id, { value: el.value, was: el.defaultValue });
    }
    const x = window.scrollX;
    const y = window.scrollY;
    redrawing = true;
    try {
      root.innerHTML = body;
    } finally {
      redrawing = false;
    }
    document.documentElement.lang = lang;
    version = next;
    for (const [id, p] of pending) {
      const el = document.getElementById(id);
      if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && root.contains(el) && el.defaultValue === p.was) el.value = p.value;
    }
    window.scrollTo(x, restoreY ?? y);
    restoreY = undefined;
    const again = activeId ? findAgain(activeId) : null;
    if (again) {
      again.focus({ preventScroll: true });
      if (caret && (again instanceof HTMLInputElement || again instanceof HTMLTextAreaElement) && again.type !== 'date') {
        again.setSelectionRange(caret[0] ?? null, caret[1] ?? null);
      }
    }
    vscode.setState({ scrollY: window.scrollY });
  }

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const m = event.data as Record<string, unknown> | null;
    if (typeof m !== 'object' || m === null) return;
    if (m['type'] === 'update' && typeof m['body'] === 'string' && Number.isInteger(m['version']) && (m['lang'] === 'nl' || m['lang'] === 'en')) {
      update(m['body'], m['lang'], m['version'] as number);
    } else if (m['type'] === 'refused' && typeof m['text'] === 'string') {
      live.textContent = m['text'];
    }
  });

  window.addEventListener('scroll', () => vscode.setState({ scrollY: window.scrollY }), { passive: true });

  vscode.postMessage({ type: 'ready' });
})();
