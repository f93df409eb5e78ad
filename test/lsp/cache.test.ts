/**
 * One analysis per (uri, version, settings), shared by every feature: asking
 * twice does not analyse twice; a new version or other settings do.
 */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, docKind } from '../../server/src/lsp/documents.js';
import type { LintSettings } from '../../server/src/lsp/config.js';

describe('AnalysisCache', () => {
  it('analyses each version once, and again only when the text or the settings change', () => {
    let settings: LintSettings = { lang: 'en', rules: {}, key: 'en|{}' };
    const cache = new AnalysisCache(() => settings);
    let doc = TextDocument.create('file:///p.scaling.yaml', 'scaling-plan', 1, 'scaling-plan: 1\npilot:\n  name: X\n');
    const first = cache.get(doc);
    expect(cache.get(doc)).toBe(first);
    expect(cache.isFresh(doc)).toBe(true);
    expect(cache.runs).toBe(1);
    doc = TextDocument.update(doc, [{ text: 'scaling-plan: 1\npilot:\n  name: Y\n' }], 2);
    expect(cache.isFresh(doc)).toBe(false);
    expect(cache.get(doc)).not.toBe(first);
    expect(cache.runs).toBe(2);
    settings = { lang: 'nl', rules: { SP301: 'off' }, key: 'nl|{"SP301":"off"}' };
    const nl = cache.get(doc);
    expect(cache.runs).toBe(3);
    expect(nl.lang).toBe('nl');
    expect(nl.diagnostics.some((d) => d.code === 'SP301')).toBe(false);
    cache.forget(doc.uri);
    cache.get(doc);
    expect(cache.runs).toBe(4);
  });
});

describe('docKind', () => {
  it('knows plans by name or language id, the config by name, and leaves other files alone', () => {
    expect(docKind({ uri: 'file:///a/b.scaling.yaml', languageId: 'yaml' })).toBe('plan');
    expect(docKind({ uri: 'file:///a/b.scaling.yml', languageId: 'yaml' })).toBe('plan');
    expect(docKind({ uri: 'untitled:Untitled-1', languageId: 'scaling-plan' })).toBe('plan');
    expect(docKind({ uri: 'file:///a/.scalingrc.yaml', languageId: 'yaml' })).toBe('config');
    expect(docKind({ uri: 'file:///a/docker-compose.yaml', languageId: 'yaml' })).toBe('other');
  });
});
