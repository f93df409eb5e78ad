/**
 * The handbook's sheets (SPEC §6.6): one fill-in sheet per part and one
 * overall canvas. Every sheet names the plan, the date and the revision it
 * shows — both come from the face (`SheetMeta`), never from a clock or git
 * in here — so a print on the wall says which version it is.
 */
import { nodeAt } from '../../model/plan.js';
import type { Ctx } from '../context.js';
import { child, esc, text } from '../html.js';

export const SHEET_COUNT = 5;

/** The sheets in order: number, id suffix, the label of its title. */
export const SHEETS = [
  { n: 1, key: 'overall', title: 'sheet.overall' },
  { n: 2, key: 'impact', title: 'part.impact' },
  { n: 3, key: 'routes', title: 'part.routes' },
  { n: 4, key: 'ingredients', title: 'part.ingredients' },
  { n: 5, key: 'pitfalls', title: 'part.pitfalls' },
] as const;

export function planName(ctx: Ctx): string {
  return text(child(nodeAt(ctx.doc, ['pilot']), 'name')) ?? ctx.l('untitled');
}

/** "Plan · date · revision" as the line every sheet carries. */
export function sheetMetaLine(ctx: Ctx): string {
  const { date, revision, dirty } = ctx.meta;
  const bits = [`<span class="sheet-plan">${esc(planName(ctx))}</span>`];
  if (date) bits.push(`<span class="sheet-date">${esc(ctx.l('date'))} ${esc(date)}</span>`);
  if (revision) bits.push(`<span class="sheet-revision">${esc(ctx.l('revision'))} <code>${esc(revision)}</code>${dirty ? ` ${esc(ctx.l('uncommitted'))}` : ''}</span>`);
  return bits.join(' <span aria-hidden="true">·</span> ');
}

/**
 * One sheet: a head (sheet number and title, plan, date, revision) and its
 * body. `n` of `of`: the sixth view (history) is not one of the five.
 */
export function sheet(ctx: Ctx, n: number, key: string, titleHtml: string, body: string, of = SHEET_COUNT): string {
  const kicker = `${ctx.l('sheet')} ${n}${n <= of ? ` ${ctx.l('of')} ${of}` : ''}`;
  return `<article class="sheet sheet-${esc(key)}" id="sp-sheet-${n}" data-sheet="${n}" aria-labelledby="sp-sheet-${n}-title">
<div class="sheet-head"><p class="sheet-kicker"><span class="sheet-no">${esc(kicker)}</span> · ${esc(ctx.l('canvas'))}</p><h2 class="sheet-title" id="sp-sheet-${n}-title">${titleHtml}</h2><p class="sheet-meta">${sheetMetaLine(ctx)}</p></div>
<div class="sheet-body">${body}</div>
</article>`;
}

/** A sheet's title: the part's number and name for sheets 2–5, as on the paper canvas. */
export function sheetTitle(ctx: Ctx, n: number): string {
  const s = SHEETS[n - 1]!;
  return n === 1 ? esc(ctx.l(s.title)) : `<span class="part-no">${esc(ctx.l('part'))} ${n - 1}</span> ${esc(ctx.l(s.title))}`;
}

/** In-page links to the sheets (screen only; print hides it). */
export function sheetNav(ctx: Ctx, extra: { n: number; title: string }[] = []): string {
  const links = [...SHEETS.map((s) => ({ n: s.n, title: ctx.l(s.title) })), ...extra]
    .map((s) => `<li><a href="#sp-sheet-${s.n}">${esc(`${s.n}`)} · ${esc(s.title)}</a></li>`);
  return `<nav class="sheet-nav" aria-label="${esc(ctx.l('sheets'))}"><ul>${links.join('')}</ul></nav>`;
}
