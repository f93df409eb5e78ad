/**
 * One finding per mistake (issue 13, SPEC §6.5): a corpus of single, realistic
 * mistakes applied to clean plans. Each mutation finds its line through the
 * YAML tree (never a text search) and changes it; the test then compares the
 * findings of the mutated plan with those of the unmutated one: exactly the
 * one finding that names the mistake, at its position, plus only what truly
 * follows. What "truly follows" comes from the spec, not from the code:
 *  - a well-formed mistake in a value (`status: voldoende`, `actions: a5`) is
 *    one SP002, and whatever only followed from that value is gone;
 *  - a misspelt key is one SP002 plus the findings of the key's absence — the
 *    findings of the same plan with that block commented out (which keeps the
 *    lines where they are);
 *  - a syntax mistake (tab, missing colon, wrong indentation, unclosed quote)
 *    is one SP001 and otherwise exactly the findings of the plan without it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../server/src/lint.js';
import { nodeAt, parsePlan, type PlanDoc } from '../server/src/model/plan.js';
import type { Diagnostic, PlanPath } from '../server/src/model/types.js';
import type { YNode, YPair } from '../server/src/model/yamlTree.js';

const ROOT = join(__dirname, '..');
const PLANS = [
  'examples/ns-stations.scaling.yaml',
  'test/fixtures/preview/station.scaling.yaml',
  'test/fixtures/mistakes/westerveld-schuldhulp.scaling.yaml',
  'test/fixtures/mistakes/rivierenland-jongerenwerk.scaling.yaml',
].map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));

/** `SP002 94:13` — code and 1-based start, as the CLI prints them. */
const show = (d: Diagnostic): string => `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1}`;
const findings = (text: string): Diagnostic[] => analyse(text, { lang: 'nl' }).diagnostics;
const shown = (ds: Diagnostic[]): string[] => ds.map(show).sort();

interface Mutated {
  text: string;
  /** The findings that name the mistake. */
  added: string[];
  /** A text whose findings stand for "what follows" (default: the unmutated plan). */
  reference?: string;
  /** Findings of the reference that rightly disappear (they followed from the value now rejected). */
  drop?: (d: Diagnostic) => boolean;
  /** Findings of the reference that rightly move (SP301 of a misspelt parent: to the misspelt key). */
  move?: (s: string) => string;
}
type Mutation = (doc: PlanDoc) => Mutated | undefined;

// ---- finding lines through the tree -------------------------------------------------------

interface Found { path: (string | number)[]; pair: YPair }

function* pairs(node: YNode | undefined, path: (string | number)[] = []): Generator<Found> {
  if (!node) return;
  if (node.kind === 'map') {
    for (const pair of node.pairs) {
      yield { path: [...path, pair.key], pair };
      yield* pairs(pair.value, [...path, pair.key]);
    }
  } else if (node.kind === 'seq') for (let i = 0; i < node.items.length; i++) yield* pairs(node.items[i], [...path, i]);
}

const matches = (path: PlanPath, pattern: (string | null)[]): boolean =>
  path.length === pattern.length && pattern.every((p, i) => p === null || p === path[i] || (p === '#' && typeof path[i] === 'number'));

function find(doc: PlanDoc, pattern: (string | null)[], ok: (f: Found) => boolean = () => true): Found | undefined {
  for (const f of pairs(doc.tree.root)) if (matches(f.path, pattern) && ok(f)) return f;
  return undefined;
}

const lineOf = (doc: PlanDoc, offset: number): number => doc.lines.position(offset).line;
const pos = (doc: PlanDoc, offset: number): string => {
  const p = doc.lines.position(offset);
  return `${p.line + 1}:${p.character + 1}`;
};
const lineText = (doc: PlanDoc, line: number): string => doc.text.slice(doc.lines.offset({ line, character: 0 }), doc.lines.lineEnd(line));
function replaceLine(doc: PlanDoc, line: number, text: string): string {
  return doc.text.slice(0, doc.lines.offset({ line, character: 0 })) + text + doc.text.slice(doc.lines.lineEnd(line));
}
function replaceRange(doc: PlanDoc, start: number, end: number, text: string): string {
  return doc.text.slice(0, start) + text + doc.text.slice(end);
}
/** The key's first line to the block's last line, commented out: the block is absent, the lines stay. */
function commentOut(doc: PlanDoc, pair: YPair): string {
  const first = lineOf(doc, pair.keyStart);
  let last = lineOf(doc, Math.max(pair.keyEnd, pair.value.end - 1));
  while (last > first && lineText(doc, last).trim() === '') last--;
  let text = doc.text;
  for (let l = last; l >= first; l--) {
    const d = parsePlan(text);
    text = replaceLine(d, l, `#${lineText(d, l)}`);
  }
  return text;
}
/** A block-style `key: value` line (not inside `{ }`), the key first on its line. */
const blockLine = (doc: PlanDoc) => (f: Found): boolean => {
  const line = lineText(doc, lineOf(doc, f.pair.keyStart));
  return line.trimStart().startsWith(`${f.pair.key}:`) && !line.includes('{');
};
const scalar = (f: Found): boolean => f.pair.value.kind === 'scalar' && f.pair.value.end > f.pair.value.start;
const item = (d: Diagnostic, prefix: string): boolean => d.item === prefix || d.item.startsWith(`${prefix}/`);

// ---- the mistakes --------------------------------------------------------------------------

const DUTCH: Record<string, string> = { sufficient: 'voldoende', partial: 'gedeeltelijk', insufficient: 'onvoldoende', unknown: 'onbekend', low: 'laag', medium: 'middel', high: 'hoog', structural: 'structureel', temporary: 'tijdelijk' };

function dutchValue(pattern: (string | null)[]): Mutation {
  return (doc) => {
    const f = find(doc, pattern, (x) => scalar(x) && typeof (x.pair.value as { value: unknown }).value === 'string' && DUTCH[String((x.pair.value as { value: unknown }).value)] !== undefined);
    if (!f) return undefined;
    const v = f.pair.value;
    const text = replaceRange(doc, v.start, v.end, DUTCH[String((v as { value: unknown }).value)]!);
    const owner = f.path.slice(0, 2).join('/');
    // SP302/SP303/SP304 of this ingredient only followed from the value now rejected.
    return { text, added: [`SP002 ${pos(doc, v.start)}`], drop: (d) => item(d, owner) && ['SP302', 'SP303', 'SP304'].includes(d.code) };
  };
}

function misspelt(pattern: (string | null)[], typo: string, moveMissing: boolean): Mutation {
  return (doc) => {
    const f = find(doc, pattern);
    if (!f) return undefined;
    const text = replaceRange(doc, f.pair.keyStart, f.pair.keyEnd, typo);
    const at = pos(doc, f.pair.keyStart);
    // A misspelt top-level block: the findings of its absence point at the misspelt key (missingTarget).
    return { text, added: [`SP002 ${at}`], reference: commentOut(doc, f.pair), move: moveMissing ? (s) => s.replace(/ 1:1$/, ` ${at}`) : undefined };
  };
}

function syntax(pattern: (string | null)[], change: (line: string, indent: number) => { text: string; column: number } | undefined, ok?: (doc: PlanDoc, f: Found) => boolean): Mutation {
  return (doc) => {
    const f = find(doc, pattern, (x) => blockLine(doc)(x) && (!ok || ok(doc, x)));
    if (!f) return undefined;
    const line = lineOf(doc, f.pair.keyStart);
    const old = lineText(doc, line);
    const changed = change(old, old.length - old.trimStart().length);
    if (!changed) return undefined;
    return { text: replaceLine(doc, line, changed.text), added: [`SP001 ${line + 1}:${changed.column + 1}`] };
  };
}

/** Not the first key of its block, and its value on the same line. */
const laterScalar = (doc: PlanDoc, f: Found): boolean => {
  const parent = nodeAt(doc, f.path.slice(0, -1));
  return scalar(f) && parent?.kind === 'map' && parent.pairs[0] !== f.pair;
};

const MUTATIONS: Record<string, Mutation> = {
  'a tab used for indentation': syntax(['ingredients', null, 'status'], (l, n) => ({ text: `\t${l.slice(n)}`, column: 0 })),
  'a tab for part of the indentation of a list item': syntax(['partners', '#', 'name'], (l, n) => (n >= 4 ? { text: `\t${l.slice(2)}`, column: 0 } : undefined)),
  'a misspelt top-level key: ingredienten': misspelt(['ingredients'], 'ingredienten', true),
  'a misspelt nested key: finacing': misspelt(['ingredients', 'financing'], 'finacing', false),
  'a misspelt nested key: componets': misspelt(['pitfalls', 'coherence', 'components'], 'componets', false),
  'a Dutch status: voldoende': dutchValue(['ingredients', null, 'status']),
  'a Dutch risk: hoog': dutchValue(['ingredients', null, 'risk']),
  'a Dutch funder kind: structureel': dutchValue(['ingredients', 'financing', 'funders', '#', 'kind']),
  'a date written as 1-3-2025': (doc) => {
    const f = find(doc, ['actions', '#', 'due'], scalar);
    if (!f) return undefined;
    return { text: replaceRange(doc, f.pair.value.start, f.pair.value.end, '1-3-2025'), added: [`SP002 ${pos(doc, f.pair.value.start)}`] };
  },
  'a partner referenced by its name': (doc) => {
    const f = find(doc, ['actions', '#', 'owner'], scalar);
    const id = f && (f.pair.value as { value: unknown }).value;
    const partner = [...pairs(doc.tree.root)].find((x) => matches(x.path, ['partners', '#', 'id']) && (x.pair.value as { value: unknown }).value === id);
    const name = partner && nodeAt(doc, [...partner.path.slice(0, -1), 'name']);
    if (!f || name?.kind !== 'scalar' || /[,:#[\]{}]/.test(String(name.value))) return undefined;
    return { text: replaceRange(doc, f.pair.value.start, f.pair.value.end, String(name.value)), added: [`SP004 ${pos(doc, f.pair.value.start)}`] };
  },
  'an action referenced by its title': (doc) => {
    const f = find(doc, ['routes', null, 'actions'], (x) => x.pair.value.kind === 'seq' && x.pair.value.items.length > 0);
    if (!f || f.pair.value.kind !== 'seq') return undefined;
    const ref = f.pair.value.items[0]!;
    const action = [...pairs(doc.tree.root)].find((x) => matches(x.path, ['actions', '#', 'id']) && (x.pair.value as { value: unknown }).value === (ref as { value: unknown }).value);
    const title = action && nodeAt(doc, [...action.path.slice(0, -1), 'title']);
    if (title?.kind !== 'scalar' || /[,:#[\]{}]/.test(String(title.value))) return undefined;
    return { text: replaceRange(doc, ref.start, ref.end, String(title.value)), added: [`SP004 ${pos(doc, ref.start)}`] };
  },
  'a scalar where a list belongs: actions: a5': (doc) => {
    const f = find(doc, ['ingredients', null, 'actions'], (x) => x.pair.value.kind === 'seq' && x.pair.value.items.length === 1);
    if (!f || f.pair.value.kind !== 'seq') return undefined;
    const only = f.pair.value.items[0]!;
    return { text: replaceRange(doc, f.pair.value.start, f.pair.value.end, doc.text.slice(only.start, only.end)), added: [`SP002 ${pos(doc, f.pair.value.start)}`] };
  },
  'a scalar where a list belongs: roles: funder': (doc) => {
    const f = find(doc, ['partners', '#', 'roles'], (x) => x.pair.value.kind === 'seq' && x.pair.value.items.length > 0);
    if (!f || f.pair.value.kind !== 'seq') return undefined;
    const last = f.pair.value.items[f.pair.value.items.length - 1]!;
    return { text: replaceRange(doc, f.pair.value.start, f.pair.value.end, doc.text.slice(last.start, last.end)), added: [`SP002 ${pos(doc, f.pair.value.start)}`] };
  },
  'a missing colon': syntax(['ingredients', null, 'status'], (l, n) => {
    const c = l.indexOf(': ');
    return c > 0 ? { text: l.slice(0, c) + l.slice(c + 1), column: n } : undefined;
  }),
  'one line indented too far': syntax(['ingredients', null, 'risk'], (l, n) => ({ text: `  ${l}`, column: n + 2 }), laterScalar),
  'one line indented too little': syntax(['ingredients', null, 'risk'], (l, n) => ({ text: l.slice(1), column: n - 1 }), laterScalar),
  'a duplicated key': (doc) => {
    const f = find(doc, ['ingredients', null, 'notes'], (x) => blockLine(doc)(x) && laterScalar(doc, x) && lineOf(doc, x.pair.value.end) === lineOf(doc, x.pair.keyStart));
    const status = f && find(doc, [...f.path.slice(0, -1).map(String), 'status'], blockLine(doc));
    if (!f || !status) return undefined;
    const line = lineOf(doc, f.pair.keyStart);
    return { text: replaceLine(doc, line, lineText(doc, lineOf(doc, status.pair.keyStart))), added: [`SP003 ${pos(doc, f.pair.keyStart)}`] };
  },
  'an unclosed quote': syntax(['ingredients', null, 'notes'], (l) => {
    const c = l.indexOf(': ');
    return c > 0 && !/["']/.test(l) ? { text: `${l.slice(0, c + 2)}"${l.slice(c + 2)}`, column: c + 2 } : undefined;
  }, (doc, f) => scalar(f) && lineOf(doc, f.pair.value.end) === lineOf(doc, f.pair.keyStart)),
};

describe('one finding per mistake (issue 13)', () => {
  for (const plan of PLANS) {
    it(`${plan.file} is clean enough to mutate: no SP001, SP002, SP003 or SP004`, () => {
      expect(findings(plan.text).filter((d) => /^SP00[1-4]$/.test(d.code)).map(show)).toEqual([]);
    });
  }

  for (const [name, mutate] of Object.entries(MUTATIONS)) {
    describe(name, () => {
      const applied = PLANS.map((plan) => ({ plan, m: mutate(parsePlan(plan.text)) }));
      it('applies to at least two of the plans', () => {
        expect(applied.filter((a) => a.m).length).toBeGreaterThanOrEqual(2);
      });
      for (const { plan, m } of applied) {
        if (!m) continue;
        it(plan.file, () => {
          expect(m.text).not.toBe(plan.text);
          const reference = findings(m.reference ?? plan.text).filter((d) => !m.drop?.(d));
          const expected = [...shown(reference).map((s) => m.move?.(s) ?? s), ...m.added].sort();
          expect(shown(findings(m.text))).toEqual(expected);
        });
      }
    });
  }

  it('the plan with one tab gives one SP001 and otherwise exactly the findings of the plan with that tab as spaces', () => {
    for (const plan of PLANS) {
      const doc = parsePlan(plan.text);
      const f = find(doc, ['partners', '#', 'id'])!;
      const line = lineOf(doc, f.pair.keyStart);
      const old = lineText(doc, line);
      const tabbed = findings(replaceLine(doc, line, `\t${old.slice(2)}`));
      expect(tabbed.filter((d) => d.code === 'SP001').map(show)).toEqual([`SP001 ${line + 1}:1`]);
      expect(shown(tabbed.filter((d) => d.code !== 'SP001'))).toEqual(shown(findings(plan.text)));
    }
  });

  it('an unreadable part gives SP001 and never a false SP004, SP301 or SP40x for what may be in it', () => {
    for (const plan of PLANS) {
      const doc = parsePlan(plan.text);
      for (const block of ['partners', 'ingredients', 'pitfalls', 'actions']) {
        const f = find(doc, [block])!;
        // A second `: ` and a flow list never closed on the block's first line: no repair reads it.
        const line = lineOf(doc, f.pair.keyStart) + 1;
        const text = replaceLine(doc, line, `${lineText(doc, line)}: [x`);
        const before = shown(findings(plan.text));
        const after = findings(text);
        const added = after.filter((d) => !before.includes(show(d)) && d.code !== 'SP001');
        expect(added.filter((d) => /^SP(004|301|40\d)$/.test(d.code)).map((d) => `${show(d)} ${d.message}`), `${plan.file}, ${block}`).toEqual([]);
        expect(after.some((d) => d.code === 'SP001')).toBe(true);
      }
    }
  });

  it('the SP002 that explains a misspelt block comes before the findings it explains', () => {
    const text = PLANS[0]!.text.replace(/^ingredients:/m, 'ingredienten:');
    const codes = findings(text).filter((d) => d.code === 'SP002' || d.code === 'SP301').map((d) => d.code);
    expect(codes).toEqual(['SP002', ...Array(8).fill('SP301')]);
  });
});
