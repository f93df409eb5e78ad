/**
 * Hover on keys and canvas values: the canvas explanation in the user's
 * language, with the Dutch canvas term.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver/node';
import { startServer, type LspClient } from '../helpers/lspClient.js';
import { at, PLAN } from './plans.js';

const uri = 'file:///tmp/lsp-hover/plan.scaling.yaml';
let en: LspClient;
let nl: LspClient;

beforeAll(async () => {
  [en, nl] = await Promise.all([startServer(), startServer({ initializationOptions: { lang: 'nl' } })]);
  await Promise.all([en, nl].map((c) => {
    const wait = c.diagnostics(uri, 1);
    c.open(uri, PLAN);
    return wait;
  }));
});
afterAll(() => Promise.all([en.stop(), nl.stop()]));

async function hoverText(c: LspClient, needle: string, nth = 0, shift = 1): Promise<string> {
  const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at(PLAN, needle, nth, shift) });
  expect(h).not.toBeNull();
  return (h!.contents as { value: string }).value;
}

describe('hover on keys', () => {
  it('explains an ingredient with its Dutch canvas term, in Dutch', async () => {
    const text = await hoverText(nl, 'financing:');
    expect(text.split('\n')[0]).toBe('**financing** · financiering');
    expect(text.split('\n').length).toBeGreaterThan(2); // the explanation from the handbook
  });

  it('explains the same key in English for an English user, with a different text', async () => {
    const [e, n] = [await hoverText(en, 'financing:'), await hoverText(nl, 'financing:')];
    expect(e.split('\n')[0]).toBe('**financing**');
    expect(e).not.toBe(n);
  });

  it('explains every key of the plan (none without an explanation)', async () => {
    const keys = [...PLAN.matchAll(/^( *(?:- )?)([\w-]+):/gm)];
    for (const m of keys) {
      const line = PLAN.slice(0, m.index).split('\n').length - 1;
      const h = await en.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: m[1]!.length + 1 } });
      expect(h, `no hover on ${m[2]}`).not.toBeNull();
    }
  });

  it('explains a route key', async () => {
    expect((await hoverText(nl, '  in:', 0, 3)).split('\n')[0]).toBe('**in** · In (inbedden)');
  });
});

describe('hover on canvas values', () => {
  it('explains an ingredient status with its Dutch term', async () => {
    expect((await hoverText(nl, 'insufficient', 0, 2)).split('\n')[0]).toBe('**insufficient** · onvoldoende');
  });

  it('explains a partner type', async () => {
    expect(await hoverText(en, 'municipality', 0, 2)).toMatch(/^\*\*municipality\*\*\n\n\S/);
  });
});

describe('hover on a suppressed line', () => {
  it('shows what the suppression silences there and its reason (after " -- ")', async () => {
    const u = 'file:///tmp/lsp-hover/suppressed.scaling.yaml';
    const text = 'scaling-plan: 1\npilot:\n  name: X\n  # scaling-disable-next-line SP002 -- de gemeente beslist in maart\n  naam: Y\n  # scaling-disable-next-line SP003\n  name: Z\n';
    const wait = nl.diagnostics(u, 1);
    nl.open(u, text);
    expect((await wait).diagnostics.filter((d) => d.code === 'SP002' || d.code === 'SP003' || d.code === 'SP007')).toEqual([]);
    const h = await nl.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: 4, character: 3 } });
    const value = (h!.contents as { value: string }).value;
    expect(value).toMatch(/\*\*Onderdrukt op deze regel\*\*\n\n- \*\*SP002\*\* .* — \*de gemeente beslist in maart\*$/);
    const none = await nl.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: 6, character: 8 } });
    expect((none!.contents as { value: string }).value).toMatch(/- \*\*SP003\*\* .* — geen reden opgegeven \(zet die achter ` -- `\)$/);
  });
});
