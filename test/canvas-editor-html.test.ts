/**
 * The canvas editor's sheets (issue 16), on every example plan in both
 * languages: each control's `data-intent` is an intent of the contract
 * (edits/intentTypes.ts) whose path is in the plan or where the schema has
 * a place for it, select options are the schema's values (partners for
 * owners), the selected option is the plan's value, every control has an
 * accessible name and a unique id, fix buttons are the finding's fixes
 * (edits/fixes.ts), and plan text is escaped. A plan that does not parse
 * gets no controls.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixesFor } from '../server/src/edits/fixes';
import type { Intent } from '../server/src/edits/intentTypes';
import type { Analysis } from '../server/src/lint';
import { nodeAt, pairAt } from '../server/src/model/plan';
import type { Lang, PlanPath } from '../server/src/model/types';
import { renderCanvasEditor } from '../server/src/preview/edit/render';
import { schemaAt } from '../server/src/schema/load';
import { parseIntent, reachable } from './helpers/editor';
import { all, analysed, parseHtml, textOf, type El } from './render-helpers';
import { plan as benchPlan } from '../bench/generate.mjs';

const EXAMPLES = join(__dirname, '../examples');
const plans = readdirSync(EXAMPLES).filter((f) => f.endsWith('.scaling.yaml')).sort();

function editor(text: string, lang: Lang = 'en'): { a: Analysis; root: El; body: string } {
  const a = analysed(text, lang);
  const { body } = renderCanvasEditor(a, { lang });
  return { a, root: parseHtml(body), body };
}

const ids = (node: unknown): string[] => (node && typeof node === 'object' && 'kind' in node && node.kind === 'seq' ? (node as { items: { value?: unknown }[] }).items.map((i) => String(i.value)) : []);
const scalarText = (a: Analysis, path: PlanPath): string | undefined => {
  const n = nodeAt(a.doc, path);
  return n?.kind === 'scalar' && n.value !== null ? String(n.value) : undefined;
};

const withIntent = (root: El): El[] => all(root, (e) => e.attrs['data-intent'] !== undefined);
const CONTROL = new Set(['input', 'select', 'textarea', 'button']);

describe.each(plans.flatMap((p) => (['nl', 'en'] as const).map((lang) => [p, lang] as const)))('canvas editor on %s (%s)', (file, lang) => {
  const { a, root } = editor(readFileSync(join(EXAMPLES, file), 'utf8'), lang);
  const controls = withIntent(root);

  it('draws controls, each carrying an intent of the contract whose path the engine can write', () => {
    expect(controls.length).toBeGreaterThan(150);
    for (const el of controls) {
      const intent = parseIntent(el.attrs['data-intent']!);
      if (intent.kind === 'fix') continue;
      const where = `${el.tag}#${el.attrs['id']} ${JSON.stringify(intent)}`;
      expect(reachable(a, intent.path), where).toBe(true);
      if (intent.kind === 'remove') expect(nodeAt(a.doc, intent.path) ?? pairAt(a.doc, intent.path), where).toBeDefined();
      if (intent.kind === 'set' && el.attrs['type'] !== 'checkbox') {
        // A value control shows and carries the plan's value.
        expect(intent.value ?? undefined, where).toBe(scalarText(a, intent.path));
      }
      if (intent.kind === 'unlink') expect(ids(nodeAt(a.doc, intent.path)), where).toContain(intent.id);
      if (intent.kind === 'link') expect(ids(nodeAt(a.doc, intent.path)), where).not.toContain(intent.id);
      const empty = el.attrs['data-empty-intent'];
      if (empty !== undefined) expect(parseIntent(empty)).toEqual({ kind: 'remove', path: intent.path });
    }
  });

  it('offers the schema\'s values in every select (the declared partners for owners), the plan\'s value selected', () => {
    const partners = a.facts.partners.flatMap((p) => (p.id === undefined ? [] : [p.id]));
    let checked = 0;
    for (const sel of all(root, (e) => e.tag === 'select' && e.attrs['data-intent'] !== undefined)) {
      const intent = parseIntent(sel.attrs['data-intent']!) as Extract<Intent, { kind: 'set' }>;
      const options = all(sel, (e) => e.tag === 'option');
      expect(options[0]!.attrs['value']).toBe('');
      const listed = options.filter((o) => o.attrs['value'] !== '' && o.attrs['data-invalid'] === undefined).map((o) => o.attrs['value']);
      const last = intent.path[intent.path.length - 1];
      const expected = last === 'owner' || last === 'partner'
        ? [...new Set(partners)]
        : (schemaAt(intent.path)?.enum ?? []).filter((v) => v !== null);
      expect(listed, JSON.stringify(intent.path)).toEqual(expected);
      const selected = options.filter((o) => o.attrs['selected'] !== undefined).map((o) => o.attrs['value']);
      expect(selected).toEqual([scalarText(a, intent.path) ?? '']);
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('needs no inline style (the webview\'s CSP allows only its own stylesheet)', () => {
    expect(all(root, (e) => e.attrs['style'] !== undefined)).toEqual([]);
  });

  it('gives every control an accessible name in the reader\'s language and a unique id', () => {
    const labelled = new Set(all(root, (e) => e.tag === 'label' && !!e.attrs['for']).map((e) => e.attrs['for']));
    const everyId = all(root, (e) => e.attrs['id'] !== undefined).map((e) => e.attrs['id']);
    expect(new Set(everyId).size).toBe(everyId.length);
    for (const el of all(root, (e) => CONTROL.has(e.tag))) {
      const name = el.attrs['aria-label'] ?? (labelled.has(el.attrs['id']) ? 'label' : el.tag === 'button' ? textOf(el).trim() : '');
      expect(name, `${el.tag}#${el.attrs['id']}`).not.toBe('');
      expect(el.attrs['id'], el.tag).toMatch(/^ed-[A-Za-z0-9_-]+$/);
      expect(el.attrs['tabindex']).toBeUndefined();
    }
    const status = all(root, (e) => e.attrs['id'] === 'ed-ingredients_collaboration_status')[0];
    if (status) expect(status.attrs['aria-label']).toBe(lang === 'nl' ? 'Status van samenwerking' : 'Status of collaboration');
  });

  it('puts each finding\'s quick fixes on its tile as buttons, in fixesFor\'s order', () => {
    const expected = a.diagnostics.flatMap((d) => fixesFor(a, d, lang).map((f, index) => ({
      intent: { kind: 'fix', code: d.code, line: d.range.start.line, character: d.range.start.character, index }, title: f.title,
    })));
    const buttons = all(root, (e) => e.tag === 'button' && e.attrs['data-fix-index'] !== undefined).map((b) => ({
      intent: JSON.parse(b.attrs['data-intent']!) as unknown, title: textOf(b), index: Number(b.attrs['data-fix-index']),
    }));
    expect(buttons.map((b) => ({ intent: b.intent, title: b.title }))).toEqual(expect.arrayContaining(expected));
    expect(buttons.length).toBe(expected.length);
    for (const b of buttons) expect((b.intent as { index: number }).index).toBe(b.index);
  });
});

describe('the canvas editor on hostile and broken plans', () => {
  const evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>\'';
  const plan = `scaling-plan: 1
pilot:
  name: '${evil.replace(/'/g, "''")}'
partners:
  - id: p1
    name: '${evil.replace(/'/g, "''")}'
actions:
  - { id: a1, title: '${evil.replace(/'/g, "''")}', owner: p1 }
ingredients:
  collaboration:
    status: '${evil.replace(/'/g, "''")}'
    notes: '${evil.replace(/'/g, "''")}'
`;

  it('escapes plan text everywhere: no tag, no handler, values intact', () => {
    const { root, body } = editor(plan);
    expect(all(root, (e) => e.tag === 'script' || e.tag === 'img')).toEqual([]);
    expect(all(root, (e) => Object.keys(e.attrs).some((k) => k.startsWith('on')))).toEqual([]);
    expect(body).not.toMatch(/<script|<img/i);
    const byId = (id: string): El => all(root, (e) => e.attrs['id'] === id)[0]!;
    expect(byId('ed-pilot_name').attrs['value']).toBe(evil);
    // Values the format requires are said to be required (emptied, the engine refuses and says why).
    expect([byId('ed-pilot_name').attrs['aria-required'], byId('ed-actions_0_title').attrs['aria-required'], byId('ed-ingredients_collaboration_notes').attrs['aria-required']]).toEqual(['true', 'true', undefined]);
    expect(byId('ed-partners_0_name').attrs['value']).toBe(evil);
    expect(textOf(byId('ed-ingredients_collaboration_notes'))).toBe(evil);
    expect(JSON.parse(byId('ed-actions_0_title').attrs['data-intent']!)).toEqual({ kind: 'set', path: ['actions', 0, 'title'], value: evil });
    // A value outside the list stays visible and marked; the schema's values are offered beside it.
    const invalid = all(byId('ed-ingredients_collaboration_status'), (e) => e.attrs['data-invalid'] !== undefined);
    expect(invalid.map((o) => o.attrs['value'])).toEqual([evil]);
  });

  it.each([
    ['a syntax error', 'scaling-plan: 1\npilot:\n  name: "unclosed\n'],
    ['a list', '- a\n- b\n'],
    ['nothing', ''],
    ['a scalar', 'just text'],
  ])('shows %s read-only: no controls, a note why and a button to the text editor', (_what, text) => {
    for (const lang of ['nl', 'en'] as const) {
      const { root, body } = editor(text, lang);
      expect(withIntent(root)).toEqual([]);
      const controls = all(root, (e) => CONTROL.has(e.tag));
      expect(controls.map((c) => [c.attrs['id'], c.attrs['data-open-text'], textOf(c)])).toEqual([['ed-open-text', '', lang === 'nl' ? 'Open de teksteditor' : 'Open the text editor']]);
      expect(body).toContain(lang === 'nl' ? 'los eerst de fout in de tekst op' : 'fix the error in the text first');
    }
  });

  it('a plan with 300 partners and 1,000 actions refers by shared datalists, not a select per action (the canvas stays a few MB)', () => {
    const { a, root, body } = editor(benchPlan({ partners: 300, actions: 1000 }));
    expect(body.length).toBeLessThan(5 * 1024 * 1024);
    const lists = new Map(all(root, (e) => e.tag === 'datalist').map((d) => [d.attrs['id'], all(d, (o) => o.tag === 'option').map((o) => o.attrs['value'])]));
    expect(lists.get('ed-list-partners')).toEqual([...new Set(a.facts.partners.map((p) => p.id))]);
    expect(lists.get('ed-list-actions')).toEqual([...new Set(a.facts.actions.map((x) => x.id))]);
    const refs = all(root, (e) => e.tag === 'input' && e.attrs['list'] !== undefined);
    expect(refs.length).toBeGreaterThan(1000);
    for (const el of refs) expect(lists.has(el.attrs['list'])).toBe(true);
    const owner = all(root, (e) => e.attrs['id'] === 'ed-actions_0_owner')[0]!;
    expect(owner.tag).toBe('input');
    expect(JSON.parse(owner.attrs['data-intent']!)).toEqual({ kind: 'set', path: ['actions', 0, 'owner'], value: a.facts.actions[0]!.owner });
  });

  it('draws the exact intents of the controls a user reaches first on an ingredient', () => {
    const { root } = editor(readFileSync(join(EXAMPLES, 'havendam-welzijnscoach.scaling.yaml'), 'utf8'), 'nl');
    const tile = all(root, (e) => e.attrs['data-item'] === 'ingredients/governance')[0]!;
    const intents = withIntent(tile).map((e) => JSON.parse(e.attrs['data-intent']!) as unknown);
    expect(intents.slice(0, 3)).toEqual([
      { kind: 'set', path: ['ingredients', 'governance', 'status'], value: 'partial' },
      { kind: 'set', path: ['ingredients', 'governance', 'risk'], value: 'medium' },
      { kind: 'set', path: ['ingredients', 'governance', 'notes'], value: 'De wethouder steunt de pilot; een besluit over de begroting na 2026 is er nog niet.' },
    ]);
    expect(intents).toContainEqual({ kind: 'unlink', path: ['ingredients', 'governance', 'actions'], id: 'a2' });
    expect(intents).toContainEqual({ kind: 'link', path: ['ingredients', 'governance', 'actions'], id: 'a1' });
    const routeOff = all(root, (e) => e.attrs['id'] === 'ed-routes_in--on')[0]!;
    expect(JSON.parse(routeOff.attrs['data-intent']!)).toEqual({ kind: 'remove', path: ['routes', 'in'] });
    const routeOn = all(root, (e) => e.attrs['id'] === 'ed-routes_beyond--on')[0]!;
    expect(JSON.parse(routeOn.attrs['data-intent']!)).toEqual({ kind: 'set', path: ['routes', 'beyond'], value: null });
    expect(routeOn.attrs['checked']).toBeUndefined();
    expect(routeOn.attrs['aria-label']).toBe('Route Voorbij (andere domeinen) gekozen');
  });
});
