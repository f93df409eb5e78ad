// TEMPORARY — replaced by helper 3's preview/edit/ at merge.
// A minimal stand-in for `renderCanvasEditor(analysis, {lang}) → {body, css}`,
// so the canvas editor's face can be run end to end before the real sheets
// land: the preview's sheets, then a status <select> per ingredient and the
// quick fixes of each finding as buttons (`data-fix-index`), each control
// carrying its intent as JSON in `data-intent`.
import { fixesFor } from '../../edits/fixes.js';
import type { Analysis } from '../../lint.js';
import { STATUSES, term } from '../../model/canvas.js';
import { nodeAt } from '../../model/plan.js';
import type { Lang } from '../../model/types.js';
import { esc } from '../html.js';
import { renderCanvas } from '../render.js';

export function renderCanvasEditor(a: Analysis, options: { lang: Lang }): { body: string; css: string } {
  const { body, css } = renderCanvas(a, { lang: options.lang });
  const parts: string[] = [];
  const ingredients = nodeAt(a.doc, ['ingredients']);
  if (ingredients?.kind === 'map') {
    for (const p of ingredients.pairs) {
      const status = p.value.kind === 'map' ? p.value.byKey.get('status')?.value : undefined;
      if (status?.kind !== 'scalar') continue;
      const path = ['ingredients', p.key, 'status'];
      const options_ = STATUSES.map((s) => `<option value="${s}"${s === status.value ? ' selected' : ''}>${esc(s)}</option>`).join('');
      parts.push(`<div data-item="ingredients/${esc(p.key)}"><select id="edit-${esc(path.join('-'))}" aria-label="${esc(`Status ${term(p.key)[options.lang]}`)}" data-path="${esc(JSON.stringify(path))}">${options_}</select></div>`);
    }
  }
  a.diagnostics.forEach((d, i) => {
    fixesFor(a, d, options.lang).forEach((f, index) => {
      const intent = { kind: 'fix', code: d.code, line: d.range.start.line, character: d.range.start.character, index };
      parts.push(`<button type="button" id="fix-${i}-${index}" data-fix-index="${index}" aria-label="${esc(f.title)}" data-intent="${esc(JSON.stringify(intent))}">${esc(f.title)}</button>`);
    });
  });
  return { body: `<section class="sp-edit">${parts.join('\n')}</section>\n${body}`, css };
}
