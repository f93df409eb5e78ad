/**
 * The canvas editor's side of the contract (client/src/canvasEditorProtocol.ts):
 * what the webview may send (it shows plan text, so nothing it says is
 * trusted), what the server's answers must look like, the edits taken from
 * a WorkspaceEdit (this plan only, this version only), and the two pages
 * with their Content-Security-Policy.
 */
import { describe, expect, it } from 'vitest';
import {
  CANVAS_EDIT_REQUEST, CANVAS_EDITOR_REQUEST, editorHtml, editsFor, isCanvasEditorResult, isCanvasEditResult, MAX_INTENT_JSON, parseEditorMessage, unreadableHtml,
} from '../client/src/canvasEditorProtocol';
import { CanvasEditorRequest, CanvasEditRequest } from '../server/src/lsp/protocol';
import { all, parseHtml } from './render-helpers';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const NONCE = 'bm9uY2Vub25jZQ==';
const uri = 'file:///ws/plan.scaling.yaml';
const cspOf = (html: string): string | undefined => all(parseHtml(html), (e) => e.tag === 'meta' && e.attrs['http-equiv'] === 'Content-Security-Policy')[0]?.attrs['content'];

describe('the requests', () => {
  it('are named as the server names them', () => {
    expect(CANVAS_EDITOR_REQUEST).toBe(CanvasEditorRequest.method);
    expect(CANVAS_EDIT_REQUEST).toBe(CanvasEditRequest.method);
  });
});

describe('messages from the webview', () => {
  const set = { kind: 'set', path: ['ingredients', 'needs', 'status'], value: 'partial' };

  it('passes the four messages of the contract', () => {
    expect(parseEditorMessage({ type: 'ready' }, 10)).toEqual({ type: 'ready' });
    expect(parseEditorMessage({ type: 'openText' }, 10)).toEqual({ type: 'openText' });
    expect(parseEditorMessage({ type: 'reveal', line: 9 }, 10)).toEqual({ type: 'reveal', line: 9 });
    expect(parseEditorMessage({ type: 'intent', version: 3, intent: set }, 10)).toEqual({ type: 'intent', version: 3, intent: set });
    const fix = { kind: 'fix', code: 'SP004', line: 20, character: 11, index: 0 };
    expect(parseEditorMessage({ type: 'intent', version: 0, intent: fix }, 10)).toEqual({ type: 'intent', version: 0, intent: fix });
  });

  it('hands on a copy of the intent, with only what survives JSON', () => {
    const intent = { kind: 'set', path: ['x'], value: 'y', extra: undefined };
    const m = parseEditorMessage({ type: 'intent', version: 1, intent }, 1);
    expect(m).toEqual({ type: 'intent', version: 1, intent: { kind: 'set', path: ['x'], value: 'y' } });
    expect(m && m.type === 'intent' && m.intent).not.toBe(intent);
  });

  it('drops everything else', () => {
    const cyclic: Record<string, unknown> = { kind: 'set' };
    cyclic['self'] = cyclic;
    for (const m of [
      null, undefined, 'ready', ['ready'], {}, { type: 'eval' }, { type: 'openCommit', commit: 'a'.repeat(40), path: 'x' },
      { type: 'reveal', line: 10 }, { type: 'reveal', line: -1 }, { type: 'reveal', line: 1.5 }, { type: 'reveal', line: '3' },
      { type: 'intent', intent: set }, { type: 'intent', version: -1, intent: set }, { type: 'intent', version: 1.5, intent: set },
      { type: 'intent', version: '3', intent: set }, { type: 'intent', version: 3 }, { type: 'intent', version: 3, intent: null },
      { type: 'intent', version: 3, intent: [set] }, { type: 'intent', version: 3, intent: { kind: 'write', text: 'x' } },
      { type: 'intent', version: 3, intent: { path: [] } }, { type: 'intent', version: 3, intent: cyclic },
      { type: 'intent', version: 3, intent: { kind: 'set', path: ['x'], value: 'y'.repeat(MAX_INTENT_JSON) } },
      { type: 'intent', version: 3, intent: { kind: 'add', path: ['actions'], item: { big: 1n } } },
    ]) {
      expect(parseEditorMessage(m, 10)).toBeUndefined();
    }
  });
});

describe('answers from the server', () => {
  it('knows a canvas, an unreadable plan and a refusal from anything else', () => {
    expect(isCanvasEditorResult({ version: 2, lang: 'nl', body: '<p>', css: '' })).toBe(true);
    expect(isCanvasEditorResult({ version: 2, lang: 'en', unreadable: true, errors: [{ line: 2, message: 'x' }] })).toBe(true);
    for (const r of [null, {}, { version: 2, lang: 'de', body: '', css: '' }, { version: -1, lang: 'nl', body: '', css: '' }, { version: 2, lang: 'nl', body: '' },
      { version: 2, lang: 'nl', unreadable: true, errors: [{ line: '2', message: 'x' }] }, { version: 2, lang: 'nl', unreadable: true }]) {
      expect(isCanvasEditorResult(r)).toBe(false);
    }
    expect(isCanvasEditResult({ ok: true, edit: {} })).toBe(true);
    expect(isCanvasEditResult({ ok: false, reason: 'nee' })).toBe(true);
    for (const r of [null, { ok: true }, { ok: false }, { ok: 'yes', edit: {} }]) expect(isCanvasEditResult(r)).toBe(false);
  });
});

describe('the edits of a WorkspaceEdit', () => {
  const e = { range: { start: { line: 87, character: 12 }, end: { line: 87, character: 22 } }, newText: 'partial' };

  it('are those for this plan at this version, in either shape', () => {
    expect(editsFor({ documentChanges: [{ textDocument: { uri, version: 3 }, edits: [e] }] }, uri, 3)).toEqual([e]);
    expect(editsFor({ changes: { [uri]: [e, e] } }, uri, 3)).toEqual([e, e]);
    expect(editsFor({}, uri, 3)).toEqual([]);
  });

  it('are none when the edit touches another file, another version, or is not well-formed', () => {
    for (const w of [
      { changes: { [uri]: [e], 'file:///etc/passwd': [e] } },
      { documentChanges: [{ textDocument: { uri, version: 2 }, edits: [e] }] },
      { documentChanges: [{ textDocument: { uri, version: 3 }, edits: [e] }, { kind: 'delete', uri }] },
      { documentChanges: [{ kind: 'create', uri: 'file:///ws/new.scaling.yaml' }] },
      { changes: { [uri]: [{ range: e.range, newText: 1 }] } },
      { changes: { [uri]: [{ range: { start: { line: -1, character: 0 }, end: e.range.end }, newText: '' }] } },
      { changes: [e] }, null, 'edit',
    ]) {
      expect(editsFor(w, uri, 3)).toBeUndefined();
    }
  });
});

describe('the editor page', () => {
  const page = editorHtml({ cspSource: CSP_SOURCE, nonce: NONCE, scriptUri: `${CSP_SOURCE}/ext/dist/media/canvasEditor.js`, css: 'a{}</style><script>x()</script>', lang: 'nl', title: '<plan>.scaling.yaml' });

  it('runs only our nonce’d script and loads nothing remote', () => {
    expect(cspOf(page)).toBe(`default-src 'none'; style-src ${CSP_SOURCE} 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'; img-src ${CSP_SOURCE} data:`);
    const root = parseHtml(page);
    const scripts = all(root, (e) => e.tag === 'script');
    expect(scripts.map((s) => [s.attrs['nonce'], s.attrs['src']])).toEqual([[NONCE, `${CSP_SOURCE}/ext/dist/media/canvasEditor.js`]]);
    expect(all(root, (e) => e.tag === 'html')[0]!.attrs['lang']).toBe('nl');
    expect(all(root, (e) => e.tag === 'title')[0]!.children).toEqual(['<plan>.scaling.yaml']);
  });

  it('has the root for the canvas and a live region for refusals, and the CSS cannot end its block', () => {
    const root = parseHtml(page);
    expect(all(root, (e) => e.attrs['id'] === 'sp-root')).toHaveLength(1);
    expect(all(root, (e) => e.attrs['id'] === 'sp-refused')[0]!.attrs).toMatchObject({ role: 'status', 'aria-live': 'polite' });
    expect(page).not.toContain('</style><script>');
  });
});

describe('the page of a plan that does not parse', () => {
  const page = unreadableHtml({ nonce: NONCE, lang: 'en', title: 'plan', uri, errors: [{ line: 2, message: 'A quote <b>"</b> is not closed' }] });

  it('has no script at all, only the errors (escaped, 1-based lines) and the way back to the text', () => {
    expect(cspOf(page)).toBe(`default-src 'none'; style-src 'nonce-${NONCE}'`);
    const root = parseHtml(page);
    expect(all(root, (e) => e.tag === 'script')).toEqual([]);
    expect(all(root, (e) => e.tag === 'b')).toEqual([]);
    expect(all(root, (e) => e.tag === 'li')[0]!.children.join('')).toBe('Line 3: A quote <b>"</b> is not closed');
    const links = all(root, (e) => e.tag === 'a');
    expect(links.map((a) => [a.attrs['href'], a.children.join('')])).toEqual([[`command:scalingPlan.reopenAsText?${encodeURIComponent(JSON.stringify([uri]))}`, 'Open the text editor']]);
    expect(all(root, (e) => e.tag === 'select' || e.tag === 'button' || e.tag === 'input' || e.tag === 'textarea')).toEqual([]);
  });

  it('speaks Dutch to a Dutch reader', () => {
    const nl = unreadableHtml({ nonce: NONCE, lang: 'nl', title: 'plan', uri, errors: [{ line: 0, message: 'x' }] });
    expect(nl).toContain('Regel 1: x');
    expect(nl).toContain('Open de teksteditor');
  });
});
