// TEMPORARY — replaced by helper 1's file at merge.
// A minimal stand-in for the contract in intentTypes.ts, so the canvas
// editor's face (lsp/canvasEditor.ts) can run end to end before the real
// intent engine lands: only `set` of an existing scalar and `fix`.
import type { Analysis } from '../lint.js';
import { nodeAt } from '../model/plan.js';
import type { Lang, Localized } from '../model/types.js';
import { fixesFor } from './fixes.js';
import type { Intent, IntentResult } from './intentTypes.js';
import { scalar } from './yamlEdit.js';

const refuse = (nl: string, en: string): IntentResult => ({ ok: false, reason: { nl, en } satisfies Localized });

export function intentEdits(a: Analysis, intent: Intent, options: { lang?: Lang } = {}): IntentResult {
  if (a.diagnostics.some((d) => d.code === 'SP001')) return refuse('Het plan is niet te lezen; er is niets gewijzigd.', 'The plan cannot be read; nothing was changed.');
  if (intent.kind === 'set') {
    const n = nodeAt(a.doc, intent.path);
    if (!n || n.kind !== 'scalar' || n.start === n.end) return refuse('Dat deel van het plan bestaat niet (meer).', 'That part of the plan does not exist (any more).');
    return { ok: true, edits: [{ range: a.doc.lines.range(n.start, n.end), newText: scalar(intent.value) }] };
  }
  if (intent.kind === 'fix') {
    const d = a.diagnostics.find((x) => x.code === intent.code && x.range.start.line === intent.line && x.range.start.character === intent.character);
    const fix = d ? fixesFor(a, d, options.lang ?? a.lang)[intent.index] : undefined;
    if (!fix) return refuse('Deze oplossing is er niet (meer).', 'This fix is not there (any more).');
    return { ok: true, edits: fix.edits };
  }
  return refuse('Dit kan de tijdelijke versie nog niet.', 'The temporary version cannot do this yet.');
}

const KINDS = new Set(['set', 'remove', 'add', 'link', 'unlink', 'fix']);

export function parseIntent(m: unknown): Intent | undefined {
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return undefined;
  const x = m as Record<string, unknown>;
  if (typeof x['kind'] !== 'string' || !KINDS.has(x['kind'])) return undefined;
  if (x['kind'] === 'fix') {
    const { code, line, character, index } = x;
    const nat = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
    return typeof code === 'string' && /^SP\d{3}$/.test(code) && nat(line) && nat(character) && nat(index) ? { kind: 'fix', code, line, character, index } : undefined;
  }
  if (x['kind'] === 'set') {
    const path = x['path'];
    const value = x['value'];
    const okPath = Array.isArray(path) && path.length <= 16 && path.every((s) => (typeof s === 'string' && s.length <= 200 && s !== '__proto__') || (typeof s === 'number' && Number.isInteger(s) && s >= 0));
    const okValue = value === null || ['string', 'number', 'boolean'].includes(typeof value);
    return okPath && okValue ? { kind: 'set', path: path as (string | number)[], value: value as string | number | boolean | null } : undefined;
  }
  return undefined;
}
