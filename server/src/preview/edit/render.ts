/**
 * The canvas editor's sheets (issue 16): the preview's five sheets drawn
 * with an editing context (Ctx + EditKit), so every part is the preview's
 * own drawing with controls where the plan can be changed — nothing is
 * drawn twice. Pure, like the preview: no vscode, no I/O.
 *
 * A plan that does not read cleanly (a YAML syntax error, no plan at all)
 * gets the preview's read-only sheets with a note: no control may send an
 * intent against a tree the engine could not read. The language server
 * does not even ask for these sheets then (it returns the errors), but this
 * function is safe on any analysis and never throws.
 */
import { fixesFor } from '../../edits/fixes.js';
import type { Analysis } from '../../lint.js';
import type { Lang } from '../../model/types.js';
import { Ctx } from '../context.js';
import { esc } from '../html.js';
import { renderCanvas, sheetsHtml, type CanvasHtml } from '../render.js';
import { CANVAS_CSS } from '../styles.js';
import { EditKit } from './controls.js';
import { editLabel } from './labels.js';
import { EDIT_CSS } from './styles.js';

export interface EditorOptions {
  lang: Lang;
}

/** True when the editor may offer controls: the text reads as a plan, without syntax errors. */
export function editable(analysis: Analysis): boolean {
  const doc = analysis.doc;
  if (!doc.root || doc.tree.problems.length > 0 || doc.unreadable.length > 0) return false;
  return !analysis.diagnostics.some((d) => d.code === 'SP001');
}

export function renderCanvasEditor(analysis: Analysis, options: EditorOptions): CanvasHtml {
  const lang: Lang = options.lang === 'nl' ? 'nl' : 'en';
  const css = `${CANVAS_CSS}${EDIT_CSS}`;
  try {
    if (!editable(analysis)) return readOnly(analysis, lang, css);
    const kit = new EditKit(lang);
    const ctx = new Ctx(analysis, lang, {}, { kit, fixes: (d) => fixesFor(analysis, d, lang) });
    return { body: ctx.resolve(sheetsHtml(ctx)), css };
  } catch {
    // A bug in a part must not cost the advisor the canvas: the preview's sheets, read-only.
    return readOnly(analysis, lang, css);
  }
}

function readOnly(analysis: Analysis, lang: Lang, css: string): CanvasHtml {
  const note = `<p class="ed-readonly" role="note">${esc(editLabel(lang, 'readOnly'))}</p>`;
  let body: string;
  try {
    body = renderCanvas(analysis, { lang }).body;
  } catch {
    body = '';
  }
  return { body: `${note}${body}`, css };
}
