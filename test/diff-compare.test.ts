/**
 * The comparison itself, without git: items matched by what names them,
 * findings by rule code and canvas item (never by line), the status order,
 * and Markdown that no plan text can turn into links, images or HTML.
 */
import { describe, expect, it } from 'vitest';
import { compare, matchDiagnostics, STATUS_ORDER } from '../server/src/git/compare.js';
import { readinessCells } from '../server/src/git/format.js';
import { formatDiff, type PlanDiff } from '../server/src/git/readiness.js';
import { analyse } from '../server/src/lint.js';
import type { Diagnostic } from '../server/src/model/types.js';
import { planText, V1, V2 } from './git-helpers.js';

const run = (text: string) => analyse(text, { lang: 'en' });

function diffOf(before: string | undefined, after: string | undefined): PlanDiff {
  const [a, b] = [before === undefined ? undefined : run(before), after === undefined ? undefined : run(after)];
  return {
    version: 1, file: 'p.scaling.yaml', lang: 'en',
    from: { rev: 'HEAD', commit: 'a'.repeat(40), path: 'p.scaling.yaml', present: !!a, readiness: a?.readiness ?? null, summary: readinessCells(a?.readiness ?? null, 'en') },
    to: { rev: null, commit: null, path: 'p.scaling.yaml', present: !!b, readiness: b?.readiness ?? null, summary: readinessCells(b?.readiness ?? null, 'en') },
    ...compare(a, b),
  };
}

describe('matching', () => {
  it('moving whole blocks around changes nothing (findings are not matched by line)', () => {
    const text = planText(V1);
    const start = text.indexOf('partners:');
    const end = text.indexOf('actions:\n');
    const moved = `${text.slice(0, text.indexOf('routes:'))}${text.slice(start, end)}${text.slice(text.indexOf('routes:'), start)}${text.slice(end)}`;
    expect(run(moved).diagnostics.map((d) => d.range.start.line)).not.toEqual(run(text).diagnostics.map((d) => d.range.start.line));
    expect(compare(run(text), run(moved))).toEqual({
      ingredients: [], routes: [], partners: [], pilotConditions: [], actions: [], diagnostics: { resolved: [], appeared: [] },
      funders: [], drivers: [], floor: [], evidence: [], learningQuestions: [], assessment: [], ingredientFields: [], pilot: [], parts: [],
    });
  });

  it('the order of statuses, written down: missing < unknown < insufficient < partial < sufficient', () => {
    expect(STATUS_ORDER).toEqual(['missing', 'unknown', 'insufficient', 'partial', 'sufficient']);
    const plan = (status: string, risk?: string) => `scaling-plan: 1\npilot: { name: P }\ningredients:\n  value: { status: ${status}${risk ? `, risk: ${risk}` : ''} }\n`;
    const move = (a: string, b: string) => compare(run(a), run(b)).ingredients.map((m) => m.direction);
    expect(move(plan('unknown'), plan('insufficient'))).toEqual(['improved']);
    expect(move(plan('partial'), plan('insufficient'))).toEqual(['worsened']);
    expect(move(plan('sufficient', 'high'), plan('sufficient', 'low'))).toEqual(['improved']);
    expect(move(plan('sufficient', 'low'), plan('sufficient', 'medium'))).toEqual(['worsened']);
    expect(move(plan('sufficient'), plan('sufficient', 'high'))).toEqual(['changed']);
    expect(move(plan('sufficient'), 'scaling-plan: 1\npilot: { name: P }\ningredients: {}\n')).toEqual(['worsened']);
    expect(move(plan('partial'), plan('partial'))).toEqual([]);
  });

  it('pilot conditions by place and kind; partners and actions without an id by place', () => {
    const plan = (kinds: string[], partner: string) =>
      `scaling-plan: 1\npilot: { name: P }\npitfalls:\n  pilot-conditions:\n${kinds.map((k) => `    - kind: ${k}\n`).join('')}partners:\n  - { name: ${partner} }\n`;
    const c = compare(run(plan(['extra-funding', 'frontrunners'], 'A')), run(plan(['extra-funding', 'enthusiasm'], 'B')));
    expect(c.pilotConditions).toEqual([
      { key: '1', change: 'dropped', label: 'frontrunners', fields: [] },
      { key: '1', change: 'added', label: 'enthusiasm', fields: [] },
    ]);
    expect(c.partners).toEqual([{ key: '#1', change: 'changed', label: 'B', fields: [{ field: 'name', from: 'A', to: 'B' }] }]);
  });

  it('routes: added, dropped and changed, with the fields that changed', () => {
    const a = 'scaling-plan: 1\npilot: { name: P }\nroutes:\n  in: { ambition: Vast, actions: [a1] }\n  deep:\n';
    const b = 'scaling-plan: 1\npilot: { name: P }\nroutes:\n  in: { ambition: Vast, actions: [a1, a2], within-pilot: true }\n  up: { ambition: Wet }\n';
    expect(compare(run(a), run(b)).routes).toEqual([
      { key: 'in', change: 'changed', label: null, fields: [{ field: 'actions', from: ['a1'], to: ['a1', 'a2'] }, { field: 'within-pilot', from: null, to: true }] },
      { key: 'deep', change: 'dropped', label: null, fields: [] },
      { key: 'up', change: 'added', label: null, fields: [] },
    ]);
  });

  it('findings: same code and item are the same finding; the message breaks ties', () => {
    const d = (code: string, item: string, message: string, line: number): Diagnostic => ({
      code, rule: 'r', severity: 'warning', item, message, docUrl: `u/${code}`,
      range: { start: { line, character: 0 }, end: { line, character: 1 } },
    });
    const before = [d('SP304', 'ingredients/financing', 'until 2025-01-01', 3), d('SP004', 'partners/0', "unknown 'x'", 5), d('SP004', 'partners/0', "unknown 'y'", 6)];
    const after = [d('SP304', 'ingredients/financing', 'until 2025-06-01', 9), d('SP004', 'partners/0', "unknown 'y'", 1), d('SP004', 'partners/1', "unknown 'x'", 2)];
    const m = matchDiagnostics(before, after);
    expect(m.resolved).toEqual([{ code: 'SP004', rule: 'r', severity: 'warning', item: 'partners/0', message: "unknown 'x'", docUrl: 'u/SP004', line: 6, column: 1 }]);
    expect(m.appeared).toEqual([{ code: 'SP004', rule: 'r', severity: 'warning', item: 'partners/1', message: "unknown 'x'", docUrl: 'u/SP004', line: 3, column: 1 }]);
  });

  it('keys that are object internals are plain data', () => {
    const plan = (name: string) => `scaling-plan: 1\npilot: { name: P }\npartners:\n  - { id: __proto__, name: ${name}, constructor: 1 }\n`;
    const c = compare(run(plan('A')), run(plan('B')));
    expect(c.partners).toEqual([{ key: '__proto__', change: 'changed', label: 'B', fields: [{ field: 'name', from: 'A', to: 'B' }] }]);
    expect(({} as Record<string, unknown>)['name']).toBeUndefined();
  });
});

describe('Markdown from hostile plans stays text', () => {
  it('names, values and messages cannot become links, images, HTML, mentions or table cells', () => {
    const evil = (name: string) => `scaling-plan: 1\npilot: { name: P }\npartners:\n  - id: x\n    name: "${name}"\n    friction: fear\n`;
    const md = formatDiff(diffOf(evil('Old'), evil('<img src=x onerror=alert(1)> [a](javascript:alert(1)) ![i](http://e/x.png) @team | `x` **b**')), 'markdown', 'en');
    const line = md.split('\n').find((l) => l.startsWith('- changed:'))!;
    const escaped = '&lt;img src=x onerror=alert(1)&gt; \\[a\\](javascript:alert(1)) \\!\\[i\\](http://e/x.png) \\@team \\| \\`x\\` \\*\\*b\\*\\*';
    // Named by its new name; the field shows both, cut at 60 characters.
    expect(line).toBe(`- changed: **${escaped} (x)** — name ‘Old’ → ‘&lt;img src=x onerror=alert(1)&gt; \\[a\\](javascript:alert(1)) \\!\\[i\\](…’`);
    expect(md).not.toMatch(/<img|<script|[^\\]\]\(javascript/i);
  });

  it('an id with backticks stays inside its code span', () => {
    const plan = 'scaling-plan: 1\npilot: { name: P }\nactions:\n  - { id: "a`b", title: T }\n';
    const md = formatDiff(diffOf(undefined, plan), 'markdown', 'en');
    expect(md).toContain('- added: **a\\`b: T**');
  });

  it('text output has no control characters from the plan', () => {
    const plan = 'scaling-plan: 1\npilot: { name: P }\npartners:\n  - { id: p1, name: "A\\u001b[2JB" }\n';
    const text = formatDiff(diffOf(undefined, plan), 'text', 'en');
    expect(text).toContain('  added: A?[2JB (p1)');
    expect(text).not.toMatch(/\u001b/);
  });

  it('a plan without changes in Dutch', () => {
    const text = formatDiff(diffOf(planText(V2), planText(V2)), 'markdown', 'nl');
    expect(text.endsWith('| Acties | 2: 2 open | 2: 2 open |\n| Meldingen | 0 fouten, 10 waarschuwingen, 4 meldingen ter info | 0 fouten, 10 waarschuwingen, 4 meldingen ter info |\n\nGeen veranderingen in het canvas of de meldingen.\n')).toBe(true);
  });
});
