/**
 * SP004 against a hostile plan (issue 11, point 2) and a name used where an
 * id belongs (issue 13). Boundedness is proved by counting the work (the
 * distances measured and the table cells filled), never by a clock; the
 * time budget of `analyse` is forced with a clock that jumps.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../server/src/lint.js';
import { RULES } from '../server/src/rules/index.js';
import { NEAREST_CAPS } from '../server/src/schema/nearest.js';
import { editDistance, suggestWork } from '../server/src/schema/suggest.js';

const PREFIX = 'actie-voor-de-opschaling-van-de-interventiemedewerker-onbegrepen-gedrag-in-de-regio-utrecht-';
const N = 1000;
/** SP004 alone: the 1,000 findings must not be cut by the cap of 1,000 with the others. */
const ONLY_SP004 = Object.fromEntries(RULES.map((r) => [r.code, r.code === 'SP004' ? 'error' as const : 'off' as const]));
const ids = Array.from({ length: N }, (_, i) => `${PREFIX}${String(i).padStart(4, '0')}`);
/** One slip per reference: two neighbouring letters swapped, at a place that moves along the prefix. */
const slip = (id: string, i: number): string => {
  let at = 1 + (i % (PREFIX.length - 3));
  while (id[at] === id[at + 1]) at++;
  return id.slice(0, at) + id[at + 1] + id[at] + id.slice(at + 2);
};

function plan(actionIds: string[], refs: string[]): string {
  return [
    'scaling-plan: 1', 'pilot:', '  name: Buurtcoach', 'routes:', '  in:', '    actions:',
    ...refs.map((r) => `      - ${r}`),
    'actions:',
    ...actionIds.map((id) => `  - id: ${id}\n    title: Actie`),
  ].join('\n') + '\n';
}

function work<T>(f: () => T): { result: T; distances: number; cells: number } {
  const d0 = suggestWork.distances;
  const c0 = suggestWork.cells;
  const result = f();
  return { result, distances: suggestWork.distances - d0, cells: suggestWork.cells - c0 };
}

describe('SP004 "did you mean" is bounded', () => {
  it('1,000 long ids sharing a start and 1,000 near misses: one SP004 each, the id meant, bounded work', () => {
    const refs = ids.map(slip);
    const text = plan(ids, refs);
    expect(text.length).toBeGreaterThan(200_000);
    const { result: a, distances, cells } = work(() => analyse(text, { budgetMs: Infinity, rules: ONLY_SP004 }));
    const sp004 = a.diagnostics.filter((d) => d.code === 'SP004');
    expect(sp004).toHaveLength(N);
    expect(a.diagnostics.filter((d) => d.code === 'SP001')).toEqual([]);
    sp004.forEach((d, i) => {
      expect(d.range.start.line).toBe(6 + i);
      expect(d.data).toEqual({ kind: 'action', id: refs[i], suggestion: ids[i] });
      // Long ids are shortened in the message (the fix data holds them whole).
      expect(d.message).toMatch(/^Action '[^']+…' is not declared — did you mean ‘[^’]+…’\?$/);
    });
    // Counted, not timed: at most the per-lookup cap per reference, and few cells each.
    expect(distances).toBeLessThanOrEqual(N * NEAREST_CAPS.perLookup);
    expect(cells).toBeLessThanOrEqual(N * NEAREST_CAPS.perLookup * 3 * PREFIX.length);
  });

  it('near misses of nothing in particular: plain messages, work within the caps', () => {
    const rnd = seeded(11);
    const noise = (): string => PREFIX + Array.from({ length: 8 }, () => 'abcdefghij'[Math.floor(rnd() * 10)]).join('');
    const declared = Array.from({ length: N }, noise);
    const refs = Array.from({ length: N }, noise).filter((r) => !declared.includes(r));
    const { result: a, distances, cells } = work(() => analyse(plan(declared, refs), { budgetMs: Infinity, rules: ONLY_SP004 }));
    expect(a.diagnostics.filter((d) => d.code === 'SP004')).toHaveLength(refs.length);
    expect(distances).toBeLessThanOrEqual(NEAREST_CAPS.distances);
    expect(cells).toBeLessThanOrEqual(NEAREST_CAPS.cells);
  });

  it('the banded distance equals the full one wherever it is within the band', () => {
    const rnd = seeded(7);
    const word = (): string => Array.from({ length: Math.floor(rnd() * 9) }, () => 'abc'[Math.floor(rnd() * 3)]).join('');
    for (let k = 0; k < 3000; k++) {
      const a = word();
      const b = word();
      const full = osa(a, b);
      expect(editDistance(a, b), `${a} ${b}`).toBe(full);
      for (const max of [0, 1, 2, 3]) expect(editDistance(a, b, max), `${a} ${b} ≤${max}`).toBe(full <= max ? full : max + 1);
    }
  });
});

describe('a name used where an id belongs (issue 13)', () => {
  const text = [
    'scaling-plan: 1', 'pilot:', '  name: Buurtcoach', '  owner: Gemeente  westerveld',
    'routes:', '  in:', '    actions: [Wijkteam opzetten]',
    'partners:', '  - id: gemeente', '    name: Gemeente Westerveld',
    'actions:', '  - id: a1', '    title: Wijkteam opzetten', '    owner: gemeente', '    due: 2025-01-01',
  ].join('\n') + '\n';

  it('says which id is meant, in both languages, with the fix', () => {
    const en = analyse(text, { lang: 'en' }).diagnostics.filter((d) => d.code === 'SP004');
    expect(en.map((d) => [d.range.start.line, d.message, d.data])).toEqual([
      [3, "Partner 'Gemeente  westerveld' is not declared — did you mean ‘gemeente’ (Gemeente Westerveld)? Refer to a partner by its id, not its name.",
        { kind: 'partner', id: 'Gemeente  westerveld', suggestion: 'gemeente' }],
      [6, "Action 'Wijkteam opzetten' is not declared — did you mean ‘a1’ (Wijkteam opzetten)? Refer to an action by its id, not its title.",
        { kind: 'action', id: 'Wijkteam opzetten', suggestion: 'a1' }],
    ]);
    const nl = analyse(text, { lang: 'nl' }).diagnostics.filter((d) => d.code === 'SP004');
    expect(nl[0]!.message).toBe('Partner ‘Gemeente  westerveld’ staat niet bij de partners — bedoel je ‘gemeente’ (Gemeente Westerveld)? Verwijs naar een partner met zijn id, niet met zijn naam.');
  });

  it('a name two partners share suggests neither', () => {
    const twice = text.replace('    name: Gemeente Westerveld', '    name: Gemeente Westerveld\n  - id: gemeente-2\n    name: gemeente westerveld');
    const d = analyse(twice).diagnostics.find((x) => x.code === 'SP004' && x.range.start.line === 3)!;
    expect(d.data).toEqual({ kind: 'partner', id: 'Gemeente  westerveld' });
  });
});

describe('the time budget of an analysis', () => {
  /** A clock that stands still until `after` readings, then jumps an hour. */
  const jumping = (after: number): (() => number) => {
    let reads = 0;
    return () => (++reads > after ? 3_600_000 : 0);
  };

  it('stops when the clock passes the budget and says so once, keeping what it found', () => {
    const text = 'scaling-plan: 1\npilot:\n  name: [\n';
    const a = analyse(text, { lang: 'nl', budgetMs: 2000, now: jumping(1) });
    const late = a.diagnostics.filter((d) => /te groot of te ingewikkeld/.test(d.message));
    expect(late.map((d) => [d.code, d.severity, d.range.start.line, d.message])).toEqual([
      ['SP001', 'error', 0, 'Dit plan is te groot of te ingewikkeld om binnen 2 s te controleren; de controle is gestopt, dus er kunnen meldingen ontbreken. Splits het plan of maak lijsten korter.'],
    ]);
    // The reading's own problems are still there; the plan rules never ran.
    expect(a.diagnostics.filter((d) => d.code === 'SP001').length).toBeGreaterThan(1);
    expect(a.diagnostics.filter((d) => !d.code.startsWith('SP00'))).toEqual([]);
    expect(analyse(text, { lang: 'en', budgetMs: 1500, now: jumping(1) }).diagnostics[0]!.message)
      .toBe('This plan is too large or too complex to check within 1.5 s; checking stopped, so findings may be missing. Split the plan or shorten its lists.');
  });

  it('a clock that never passes the budget changes nothing', () => {
    const text = plan(['a1'], ['a2']);
    const still = analyse(text, { now: () => 0 });
    expect(still.diagnostics).toEqual(analyse(text, { budgetMs: Infinity }).diagnostics);
    expect(still.diagnostics.some((d) => /too large or too complex/.test(d.message))).toBe(false);
  });
});

/** The plain optimal-string-alignment distance, to check the banded one against. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
