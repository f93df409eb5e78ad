/**
 * What the status item and "Show readiness summary" say, in Dutch and
 * English — and that the client's copy of the readiness shape still matches
 * what the engine produces (the client may not import the engine).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusText, summaryLines, type Readiness } from '../client/src/readiness';
import { analyse } from '../server/src/lint';
import { expand } from './helpers/snippets';

const SAMPLE: Readiness = {
  impact: { links: 4, of: 5 },
  routes: { pursued: 2, of: 5, keys: ['in', 'out'] },
  ingredients: { present: 6, of: 8, sufficient: 2, partial: 3, insufficient: 1, unknown: 0, missing: 2 },
  pitfalls: { examined: 1, open: 3, of: 4, examinedKeys: ['coherence'] },
  partners: { total: 5, involved: 3, neededNotInvolved: 1 },
  actions: { total: 7, open: 4, doing: 2, done: 1 },
  diagnostics: { error: 0, warning: 3, info: 1, hint: 0 },
};

describe('status item text', () => {
  it('counts ingredients, routes and warnings', () => {
    expect(statusText(SAMPLE, 'en')).toBe('6/8 ingredients · 2 routes · 3 warnings');
    expect(statusText(SAMPLE, 'nl')).toBe('6/8 ingrediënten · 2 routes · 3 waarschuwingen');
  });

  it('names errors first, and uses the singular for one', () => {
    const r = { ...SAMPLE, routes: { ...SAMPLE.routes, pursued: 1 }, diagnostics: { error: 1, warning: 1, info: 0, hint: 0 } };
    expect(statusText(r, 'en')).toBe('6/8 ingredients · 1 route · 1 error · 1 warning');
    expect(statusText(r, 'nl')).toBe('6/8 ingrediënten · 1 route · 1 fout · 1 waarschuwing');
  });

  it('says so when there is nothing to warn about', () => {
    const r = { ...SAMPLE, diagnostics: { error: 0, warning: 0, info: 2, hint: 1 } };
    expect(statusText(r, 'en')).toBe('6/8 ingredients · 2 routes · no warnings');
    expect(statusText(r, 'nl')).toBe('6/8 ingrediënten · 2 routes · geen waarschuwingen');
  });
});

describe('readiness summary lines', () => {
  it('one line per canvas part, then the findings', () => {
    expect(summaryLines(SAMPLE, 'en').map((l) => [l.part, l.label, l.description])).toEqual([
      ['impact', '$(target) Intended impact', '4 of 5 theory-of-change links'],
      ['routes', '$(rocket) Scaling routes', '2 of 5 pursued: in, out'],
      ['ingredients', '$(beaker) Ingredients', '6 of 8 described: 2 sufficient, 3 partial, 1 insufficient, 0 unknown'],
      ['pitfalls', '$(warning) Pitfalls', '1 of 4 examined, 3 open'],
      ['partners', '$(organization) Partners', '5 partners, 3 involved, 1 needed but not involved'],
      ['actions', '$(tasklist) Actions', '7 actions: 4 open, 2 doing, 1 done'],
      ['findings', '$(checklist) Findings', '0 errors, 3 warnings, 1 info message, 0 hints'],
    ]);
  });

  it('in Dutch, with the canvas words', () => {
    expect(summaryLines(SAMPLE, 'nl').map((l) => `${l.label}: ${l.description}`)).toEqual([
      '$(target) Beoogde impact: 4 van 5 schakels van de verandertheorie',
      '$(rocket) Opschalingsroutes: 2 van 5 gekozen: in, out',
      '$(beaker) Ingrediënten: 6 van 8 beschreven: 2 voldoende, 3 gedeeltelijk, 1 onvoldoende, 0 onbekend',
      '$(warning) Valkuilen: 1 van 4 onderzocht, 3 open',
      '$(organization) Partners: 5 partners, 3 betrokken, 1 nodig maar nog niet betrokken',
      '$(tasklist) Acties: 7 acties: 4 open, 2 bezig, 1 klaar',
      '$(checklist) Meldingen: 0 fouten, 3 waarschuwingen, 1 melding ter info, 0 tips',
    ]);
  });
});

describe('the client reads the readiness the engine produces', () => {
  const snippets = JSON.parse(readFileSync(join(__dirname, '..', 'snippets/scaling-plan.code-snippets'), 'utf8'));
  const plans = {
    empty: 'scaling-plan: 1\npilot:\n  name: Leeg\n',
    whole: expand(snippets['Scaling plan'].body),
    broken: 'scaling-plan: 1\npilot: [\n',
  };

  /** Every path of leaf values in an object, e.g. `ingredients.present`. */
  const leaves = (o: object, at = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? leaves(v, `${at}${k}.`) : [`${at}${k}`]));

  it('has every field the client shows, of the same type', () => {
    for (const [name, text] of Object.entries(plans)) {
      const engine = analyse(text, { lang: 'en' }).readiness;
      const missing = leaves(SAMPLE).filter((path) => {
        const get = (o: unknown) => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], o);
        return typeof get(engine) !== typeof get(SAMPLE) || Array.isArray(get(engine)) !== Array.isArray(get(SAMPLE));
      });
      expect([name, missing]).toEqual([name, []]);
    }
  });

  it('shows the engine\'s numbers for the whole-plan snippet', () => {
    const r = analyse(plans.whole, { lang: 'en' }).readiness as unknown as Readiness;
    const warnings = r.diagnostics.warning;
    const tail = r.diagnostics.error > 0 ? `${r.diagnostics.error} error` : warnings === 0 ? 'no warnings' : `${warnings} warning`;
    expect(statusText(r, 'en')).toMatch(new RegExp(`^8/8 ingredients · 1 route · ${tail}`));
    expect(summaryLines(r, 'en')[0]!.description).toBe('5 of 5 theory-of-change links');
    expect(summaryLines(r, 'en')[2]!.description).toMatch(/^8 of 8 described: /);
    for (const l of summaryLines(r, 'nl')) expect(l.description).not.toMatch(/undefined|NaN/);
  });
});
