/**
 * Part 4 in the canvas editor (issue 16): the pitfalls' answers as text to
 * edit in place, the pilot conditions with their kind, description and
 * answer at scale, and the form for a new condition. The preview's own
 * drawing is pitfalls.ts; this file only holds what the editor draws instead.
 */
import { SCOPE_QUESTIONS, type PitfallKey } from '../../model/canvas.js';
import type { YNode } from '../../model/yamlTree.js';
import type { Ctx } from '../context.js';
import { child, esc, text } from '../html.js';

const CONDITIONS = ['pitfalls', 'pilot-conditions'];

/** The answers of a pitfall as editable text (also when the pitfall is not in the plan yet: writing one adds it). */
export function editBody(ctx: Ctx, key: Exclude<PitfallKey, 'pilot-conditions'>, node: YNode | undefined): string {
  const e = ctx.edit!;
  const path = ['pitfalls', key];
  const field = (label: string, html: string): string => `<div class="field"><span class="mini-label">${esc(label)}</span>${html}</div>`;
  if (key === 'limited-scope') {
    return SCOPE_QUESTIONS.map((q) => field(ctx.term(`scope.${q}`), e.text([...path, q], text(child(node, q)), e.l('scope', ctx.term(`scope.${q}`)), { multiline: true }))).join('');
  }
  if (key === 'coherence') {
    // The components stay as the preview shows them (a list of names); the side effects are prose.
    const comps = child(node, 'components');
    const names = comps?.kind === 'seq' ? comps.items.flatMap((c) => (text(c) === undefined ? [] : [`<li>${esc(text(c)!)}</li>`])) : [];
    return `${names.length ? field(ctx.l('components'), `<ul class="chips">${names.join('')}</ul>`) : ''}${field(ctx.l('sideEffects'), e.text([...path, 'side-effects'], text(child(node, 'side-effects')), e.l('sideEffects'), { multiline: true }))}`;
  }
  return field(ctx.l('notes'), e.text([...path, 'notes'], text(child(node, 'notes')), e.l('scalingPartnerNotes'), { multiline: true }));
}

/** One pilot condition: kind, description, the answer at scale, and remove. A condition written as a plain string is edited as that string. */
export function editCondition(ctx: Ctx, c: YNode, i: number): string {
  const e = ctx.edit!;
  const path = [...CONDITIONS, i];
  const no = i + 1;
  if (c.kind !== 'map') {
    return `${e.text(path, text(c), e.l('description', no), { multiline: true })}${e.remove(path, e.l('condition', no))}`;
  }
  return `<div class="ed-row">${e.enumSelect([...path, 'kind'], 'condition', text(child(c, 'kind')), e.l('conditionKind', no))}${e.remove(path, e.l('condition', no))}</div>
<div class="field"><span class="mini-label">${esc(e.l('descr'))}</span>${e.text([...path, 'description'], text(child(c, 'description')), e.l('description', no), { multiline: true })}</div>
<div class="field at-scale"><span class="mini-label">${esc(ctx.l('atScale'))}</span>${e.text([...path, 'at-scale'], text(child(c, 'at-scale')), e.l('atScale', no), { multiline: true })}</div>`;
}

/** The form for a new pilot condition: its kind and what it is. */
export function newCondition(ctx: Ctx): string {
  const e = ctx.edit!;
  const kinds = e.enumAt([...CONDITIONS, 0, 'kind']).map((v) => ({ value: v, label: ctx.term(`condition.${v}`) }));
  return e.form({ kind: 'add', path: CONDITIONS, item: {} }, [
    { field: 'kind', label: e.l('kind'), kind: 'select', options: kinds, required: true },
    { field: 'description', label: e.l('newCondition'), kind: 'text', required: true },
  ], e.l('add'), CONDITIONS, 'add', e.l('newCondition'));
}
