/**
 * The canvas editor's sheets on anything (issue 16): every fixture of the
 * rules and the preview, random plans from the schema with noise, and
 * mutated example plans. The editor never throws, its markup is well formed
 * (the strict reader of render-helpers throws on a tag plan text could have
 * opened), ids are unique, every control carries an intent of the contract
 * whose path the engine can write — and a plan that reads is never shown
 * read-only (that would be an exception the editor swallowed).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../server/src/lint';
import { editable, renderCanvasEditor } from '../server/src/preview/edit/render';
import { parseIntent, reachable } from './helpers/editor';
import { mutatedPlan, planText, seedPlans } from './helpers/hostile';
import { all, parseHtml } from './render-helpers';

/** What must hold for the editor on any text; '' when it does. */
function check(text: string, lang: 'nl' | 'en' = 'en'): void {
  const a = analyse(text, { lang });
  const { body } = renderCanvasEditor(a, { lang });
  const root = parseHtml(body);
  const ids = all(root, (e) => e.attrs['id'] !== undefined).map((e) => e.attrs['id']);
  expect(ids.length - new Set(ids).size, 'duplicate ids').toBe(0);
  const controls = all(root, (e) => e.attrs['data-intent'] !== undefined);
  if (!editable(a)) {
    expect(controls).toEqual([]);
    return;
  }
  expect(body.includes('ed-readonly'), 'a readable plan shown read-only').toBe(false);
  for (const el of controls) {
    const intent = parseIntent(el.attrs['data-intent']!);
    if (intent.kind !== 'fix') expect(reachable(a, intent.path), `${el.attrs['id']} ${JSON.stringify(intent)}`).toBe(true);
  }
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.ya?ml$/.test(f) ? [p] : [];
  });
}

describe('the canvas editor on every fixture', () => {
  const fixtures = files(join(__dirname, 'fixtures')).sort();
  it(`has fixtures (${fixtures.length})`, () => expect(fixtures.length).toBeGreaterThan(150));
  it.each(fixtures.map((f) => [f.slice(f.indexOf('fixtures/'))]))('%s', (f) => {
    check(readFileSync(join(__dirname, f), 'utf8'), f.includes('/nl') ? 'nl' : 'en');
  });
});

describe('the canvas editor on random plans', () => {
  it('from the schema, with wrong types, unknown keys and __proto__', () => {
    fc.assert(fc.property(planText(true), (text) => check(text, 'nl')), { numRuns: 80 });
  });
  it('mutated example plans', () => {
    fc.assert(fc.property(mutatedPlan(seedPlans()), ({ text }) => check(text)), { numRuns: 40 });
  }, 120_000); // a hang guard only
});
