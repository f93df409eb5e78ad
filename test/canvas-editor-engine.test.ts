/**
 * The canvas editor's controls against the intent engine (issue 16): on
 * every example plan, every control of the editor's sheets, given a value a
 * user could choose or type (another option of a select, a new text, a
 * date, a form filled in), yields an intent the engine parses and carries
 * out — the only refusals being a required value emptied (a name, a
 * title), which the engine refuses with its reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intentEdits, parseIntent } from '../server/src/edits/intents';
import { analyse } from '../server/src/lint';
import { renderCanvasEditor } from '../server/src/preview/edit/render';
import { all, parseHtml, type El } from './render-helpers';

const EXAMPLES = join(__dirname, '../examples');

/** The intents a user can send from one control. */
function tries(el: El): unknown[] {
  const raw = JSON.parse(el.attrs['data-intent']!) as Record<string, unknown>;
  const empty = el.attrs['data-empty-intent'] === undefined ? [] : [JSON.parse(el.attrs['data-empty-intent'])];
  if (el.tag === 'select') {
    const other = all(el, (o) => o.tag === 'option').map((o) => o.attrs['value']!).find((v) => v !== '' && v !== raw['value']);
    return [...(other ? [{ ...raw, value: other }] : []), ...empty];
  }
  if ((el.tag === 'input' && el.attrs['type'] !== 'checkbox') || el.tag === 'textarea') {
    return [{ ...raw, value: el.attrs['type'] === 'date' ? '2027-01-31' : 'Nieuwe tekst' }, ...empty];
  }
  if (el.tag === 'form' && raw['kind'] === 'add') {
    if (typeof raw['item'] === 'string') return [{ ...raw, item: 'Nieuw onderdeel' }];
    const item: Record<string, unknown> = { ...(raw['item'] as object) };
    for (const f of all(el, (e) => e.attrs['data-field'] !== undefined)) {
      const v = f.tag === 'select' ? all(f, (o) => o.tag === 'option').map((o) => o.attrs['value']).find((x) => x) : f.attrs['type'] === 'date' ? '2027-02-01' : 'Nieuw';
      if (v) item[f.attrs['data-field']!] = v;
    }
    return [{ ...raw, item }];
  }
  return [raw];
}

// One plan (its actions are one flow map per line, the hardest layout): every example takes ~20 s each.
describe.each(['havendam-welzijnscoach.scaling.yaml'])('the canvas editor\'s controls on %s', (file) => {
  it('are carried out by the engine, except a required value emptied', { timeout: 180_000 }, () => {
    const a = analyse(readFileSync(join(EXAMPLES, file), 'utf8'), { lang: 'en' });
    const root = parseHtml(renderCanvasEditor(a, { lang: 'en' }).body);
    const refused: string[] = [];
    let done = 0;
    for (const el of all(root, (e) => e.attrs['data-intent'] !== undefined)) {
      for (const t of tries(el)) {
        const intent = parseIntent(t);
        expect(intent, JSON.stringify(t)).toBeDefined();
        const r = intentEdits(a, intent!, { lang: 'en' });
        if (r.ok) done++;
        else refused.push(`${el.attrs['aria-required'] === 'true' ? 'required ' : ''}${JSON.stringify(t)}: ${r.reason.en}`);
      }
    }
    expect(done).toBeGreaterThan(200);
    expect(refused.filter((r) => !r.startsWith('required {"kind":"remove"'))).toEqual([]);
  });
});
