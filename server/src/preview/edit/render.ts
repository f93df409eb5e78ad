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
import { EditKit, type Refs } from './controls.js';
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
    const kit = new EditKit(lang, refsOf(analysis), analysis.doc);
    const ctx = new Ctx(analysis, lang, {}, { kit, fixes: (d) => fixesFor(analysis, d, lang) });
    const body = ctx.resolve(sheetsHtml(ctx));
    return { body: `${body}${kit.datalists()}`, css };
  } catch {
    // A bug in a part must not cost the advisor the canvas: the preview's sheets, read-only.
    return readOnly(analysis, lang, css);
  }
}

/** The declared partner and action ids (first declaration wins, as in the rules), labelled for the reader. */
export function refsOf(analysis: Analysis): Refs {
  const list = (facts: { id: string | undefined; label: string | undefined }[], name: (id: string, label: string) => string): Refs['partners'] => {
    const seen = new Set<string>();
    return facts.flatMap(({ id, label }) => {
      if (id === undefined || seen.has(id)) return [];
      seen.add(id);
      return [{ value: id, label: label && label !== id ? name(id, label) : id }];
    });
  };
  return {
    partners: list(analysis.facts.partners.map((p) => ({ id: p.id, label: p.name })), (id, name) => `${name} (${id})`),
    actions: list(analysis.facts.actions.map((a) => ({ id: a.id, label: a.title })), (id, title) => `${id} · ${title}`),
  };
}

function readOnly(analysis: Analysis, lang: Lang, css: string): CanvasHtml {
  // The one button here opens the text editor (the webview script posts `openText`); nothing edits.
  const open = `<button type="button" class="ed-button" id="ed-open-text" data-open-text>${esc(editLabel(lang, 'openText'))}</button>`;
  const note = `<div class="ed-readonly" role="note"><p>${esc(editLabel(lang, 'readOnly'))}</p>${open}</div>`;
  let body: string;
  try {
    body = renderCanvas(analysis, { lang }).body;
  } catch {
    body = '';
  }
  return { body: `${note}${body}`, css };
}
