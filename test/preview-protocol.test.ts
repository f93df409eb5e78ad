/**
 * The webview side of the preview (client/src/previewProtocol.ts): the
 * document's Content-Security-Policy, and validation of every message the
 * webview sends (it shows plan text, so nothing it says is trusted).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPreviewResult, parseWebviewMessage, PREVIEW_REQUEST, safeRepoPath, standalonePage, STANDALONE_CSP, webviewHtml } from '../client/src/previewProtocol';
import { renderStandalone, STANDALONE_CSP as SERVER_CSP } from '../server/src/preview/render';
import { PreviewRequest } from '../server/src/lsp/protocol';
import { renderCanvas } from '../server/src/preview/render';
import { analysed, fixture, parseHtml, all } from './render-helpers';

const page = (css = 'body{}'): string => webviewHtml({
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'bm9uY2Vub25jZQ==',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css',
  css,
  lang: 'nl',
  title: 'Canvas: <plan>.scaling.yaml',
});

describe('the webview document', () => {
  it('has a strict CSP: nothing by default, our nonce for script and inline style, no remote content', () => {
    const root = parseHtml(page());
    const csp = all(root, (e) => e.tag === 'meta' && e.attrs['http-equiv'] === 'Content-Security-Policy')[0]!.attrs['content'];
    expect(csp).toBe("default-src 'none'; style-src https://file+.vscode-resource.vscode-cdn.net 'nonce-bm9uY2Vub25jZQ=='; script-src 'nonce-bm9uY2Vub25jZQ=='; img-src https://file+.vscode-resource.vscode-cdn.net data:");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:\/\/(?!file\+\.vscode-resource)/);
    const scripts = all(root, (e) => e.tag === 'script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.attrs['nonce']).toBe('bm9uY2Vub25jZQ==');
    expect(scripts[0]!.attrs['src']).toMatch(/\/media\/preview\.js$/);
    expect(all(root, (e) => e.tag === 'style')[0]!.attrs['nonce']).toBe('bm9uY2Vub25jZQ==');
    expect(all(root, (e) => e.tag === 'html')[0]!.attrs['lang']).toBe('nl');
    expect(all(root, (e) => e.tag === 'title')[0]!.children).toEqual(['Canvas: <plan>.scaling.yaml']);
  });

  it('carries no canvas body itself (it comes by message) and cannot be broken out of by the CSS', () => {
    const html = page('a{}</style><script>alert(1)</script>');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<div id="sp-root"></div>');
  });

  it('names the same request as the server', () => {
    expect(PREVIEW_REQUEST).toBe(PreviewRequest.method);
  });

  it('accepts what the server sends', () => {
    const a = analysed(fixture('station.scaling.yaml'));
    expect(isPreviewResult({ version: 3, lang: 'en', ...renderCanvas(a, { lang: 'en' }) })).toBe(true);
    expect(isPreviewResult(null)).toBe(false);
    expect(isPreviewResult({ body: 1, css: '', version: 1 })).toBe(false);
  });
});

describe('messages from the webview', () => {
  it('accepts the known ones', () => {
    expect(parseWebviewMessage({ type: 'ready' }, 10)).toEqual({ type: 'ready' });
    const commit = '0123456789abcdef0123456789abcdef01234567';
    expect(parseWebviewMessage({ type: 'openCommit', commit, path: 'plans/a.scaling.yaml' }, 10)).toEqual({ type: 'openCommit', commit, path: 'plans/a.scaling.yaml' });
    expect(parseWebviewMessage({ type: 'reveal', line: 0 }, 10)).toEqual({ type: 'reveal', line: 0 });
    expect(parseWebviewMessage({ type: 'reveal', line: 9, extra: '<x>' }, 10)).toEqual({ type: 'reveal', line: 9 });
  });

  it.each([
    ['not an object', 'reveal'],
    ['null', null],
    ['an array', [{ type: 'reveal', line: 1 }]],
    ['an unknown type', { type: 'runCommand', command: 'workbench.action.terminal.new' }],
    ['a type that is not a string', { type: ['reveal'], line: 1 }],
    ['a line past the end', { type: 'reveal', line: 10 }],
    ['a negative line', { type: 'reveal', line: -1 }],
    ['a fractional line', { type: 'reveal', line: 1.5 }],
    ['a line as a string', { type: 'reveal', line: '1' }],
    ['NaN', { type: 'reveal', line: Number.NaN }],
    ['Infinity', { type: 'reveal', line: Number.POSITIVE_INFINITY }],
    ['no line', { type: 'reveal' }],
    ['a prototype trick', JSON.parse('{"__proto__": {"type": "reveal", "line": 1}}')],
    ['a commit that is a revision expression', { type: 'openCommit', commit: 'HEAD~1', path: 'a.scaling.yaml' }],
    ['a commit that is an option', { type: 'openCommit', commit: '--output=/tmp/x', path: 'a.scaling.yaml' }],
    ['a short commit', { type: 'openCommit', commit: 'abc1234', path: 'a.scaling.yaml' }],
    ['a path outside the repository', { type: 'openCommit', commit: 'a'.repeat(40), path: '../secret' }],
    ['an absolute path', { type: 'openCommit', commit: 'a'.repeat(40), path: '/etc/passwd' }],
    ['a Windows path', { type: 'openCommit', commit: 'a'.repeat(40), path: 'C:\\x' }],
    ['a path with a line break', { type: 'openCommit', commit: 'a'.repeat(40), path: 'a\nb' }],
    ['no path', { type: 'openCommit', commit: 'a'.repeat(40) }],
  ])('rejects %s', (_what, m) => {
    expect(parseWebviewMessage(m, 10)).toBeUndefined();
  });
});

describe('the history view and export', () => {
  it('the webview document has a place for the history view', () => {
    expect(page()).toContain('<div id="sp-history" class="canvas"></div>');
  });

  it('checks repository paths', () => {
    expect(['a.scaling.yaml', 'plans/oost.scaling.yaml', 'mijn plan.scaling.yaml'].every(safeRepoPath)).toBe(true);
    expect(['', '.', 'a/../b', 'a//b', '/a', 'C:/a', 'a\\b', 'a\u0000b'].some(safeRepoPath)).toBe(false);
  });

  it('exports the page render writes: the same CSP, no scripts, the canvas body', () => {
    expect(STANDALONE_CSP).toBe(SERVER_CSP);
    const a = analysed(fixture('station.scaling.yaml'));
    const { body, css } = renderCanvas(a, { lang: 'en', date: '2026-12-01' });
    const html = standalonePage({ body, css, lang: 'en', title: 'Canvas: <x>.scaling.yaml' });
    expect(html).not.toMatch(/<script/i);
    const root = parseHtml(html);
    expect(all(root, (e) => e.tag === 'meta' && e.attrs['http-equiv'] === 'Content-Security-Policy')[0]!.attrs['content']).toBe(SERVER_CSP);
    expect(all(root, (e) => (e.attrs['class'] ?? '').split(' ').includes('sheet'))).toHaveLength(5);
    // The same document as `render` but for the title (the panel's).
    const strip = (s: string): string => s.replace(/<title>.*<\/title>/, '');
    expect(strip(html)).toBe(strip(renderStandalone(a, { lang: 'en', date: '2026-12-01' })));
  });
});

describe('the preview’s place in VS Code (package.json)', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')) as {
    contributes: { commands: { command: string; title: string }[]; menus: Record<string, { command: string; when?: string }[]>; keybindings: { command: string; key: string; mac?: string; when?: string }[] };
  };
  it('has Export canvas (HTML / PDF) in the preview’s title bar', () => {
    expect(manifest.contributes.commands.map((c) => c.command)).toContain('scalingPlan.exportCanvas');
    expect(manifest.contributes.menus['editor/title']).toContainEqual({ command: 'scalingPlan.exportCanvas', when: 'activeWebviewPanelId == scalingPlan.preview', group: 'navigation' });
    const nls = (f: string) => JSON.parse(readFileSync(join(__dirname, '..', f), 'utf8')) as Record<string, string>;
    expect(nls('package.nls.json')['command.exportCanvas']).toBe('Export Canvas (HTML / PDF)');
    expect(nls('package.nls.nl.json')['command.exportCanvas']).toBe('Canvas exporteren (HTML / PDF)');
  });
  it('opens the preview to the side with Ctrl+K V / Cmd+K V, like the Markdown preview', () => {
    expect(manifest.contributes.keybindings).toContainEqual({ command: 'scalingPlan.openPreviewToSide', key: 'ctrl+k v', mac: 'cmd+k v', when: 'editorLangId == scaling-plan' });
  });
});
