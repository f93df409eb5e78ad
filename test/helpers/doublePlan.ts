/**
 * A plan twice the size of the largest example plan (issue 14: a sheet must
 * hold "plans up to twice the size of the example plans"): every list of the
 * plan doubled — the copy of a partner or an action gets a new id — plus the
 * canvas 1.1 fields (evidence, assessment, owners, funder status, learning
 * questions with owner, status and actions) where the example lacks them,
 * so sheet 1 carries its full load. Built from whatever the examples are
 * now, so the test follows when they grow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const EXAMPLES = join(__dirname, '../../examples');

export function examplePlans(): string[] {
  return readdirSync(EXAMPLES).filter((f) => /\.scaling\.ya?ml$/.test(f)).sort().map((f) => join(EXAMPLES, f));
}

/** The example plan with the most lines. */
export function largestExample(): string {
  return examplePlans().map((f) => [f, readFileSync(f, 'utf8').split('\n').length] as const).sort((a, b) => b[1] - a[1])[0]![0];
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const IDS = new Set(['partners', 'actions']);

function double(v: Json, key = ''): Json {
  if (Array.isArray(v)) {
    const items = v.map((x) => double(x));
    const copies = items.map((x) => copyOf(x, key));
    return [...items, ...copies];
  }
  if (v !== null && typeof v === 'object') {
    const out: { [k: string]: Json } = {};
    for (const [k, x] of Object.entries(v)) out[k] = k === 'period' ? x : double(x, k);
    return out;
  }
  return v;
}

/** A copy that reads as a second, different item: ids get `-2`, texts `(2)`. */
function copyOf(x: Json, key: string): Json {
  if (typeof x === 'string') return /^[a-z0-9-]+$/.test(x) && x.length < 30 ? x : `${x} (2)`;
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return x;
  const out: { [k: string]: Json } = { ...x };
  if (IDS.has(key) && typeof out['id'] === 'string') out['id'] = `${out['id']}-2`;
  for (const k of ['name', 'title', 'text', 'question', 'description', 'claim']) if (typeof out[k] === 'string') out[k] = `${out[k] as string} (2)`;
  return out;
}

/** The 1.1 fields a plan may use (SPEC §6.2), added where the plan has none. */
function withCanvas11(plan: { [k: string]: Json }): void {
  const partners = (plan['partners'] as { id: string }[] | undefined) ?? [];
  const actions = (plan['actions'] as { id: string }[] | undefined) ?? [];
  const who = partners[0]?.id ?? 'p';
  const act = actions[0]?.id;
  plan['evidence'] ??= [
    { claim: 'Start hulpverlening van 120 naar 33 werkdagen', kind: 'monitoring', source: 'Jaarrapportage 2023', date: '2024-02-01' },
    { claim: 'Professionals ervaren meer handelingsperspectief', kind: 'experience', source: 'Interviews met medewerkers', date: '2024-06-01' },
    { claim: 'Minder escalaties in de pilotperiode', kind: 'evaluation', source: 'Tussenevaluatie', date: '2024-09-01' },
  ];
  plan['assessment'] ??= { impact: 'sufficient', routes: 'partial', ingredients: 'insufficient', pitfalls: 'unknown' };
  const routes = plan['routes'] as { [k: string]: { [k: string]: Json } | null } | undefined;
  for (const r of Object.values(routes ?? {})) if (r && r['owner'] === undefined) r['owner'] = who;
  for (const q of (plan['learning-agenda'] as { [k: string]: Json }[] | undefined) ?? []) {
    q['owner'] ??= who;
    q['status'] ??= 'open';
    if (act) q['actions'] ??= [act];
  }
}

/** The largest example (or `file`) with every list doubled, as YAML text. */
export function doublePlan(file = largestExample()): string {
  const plan = parse(readFileSync(file, 'utf8')) as { [k: string]: Json };
  withCanvas11(plan);
  return `# Twice the largest example plan (test/helpers/doublePlan.ts)\n${stringify(double(plan), { lineWidth: 0 })}`;
}
