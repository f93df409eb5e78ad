/**
 * The canvas editor's edit computation (issue 16): one intent from the
 * webview (intentTypes.ts) → the minimal text edits on the plan's YAML.
 * The language server wraps them in one WorkspaceEdit; this file knows no
 * LSP and no Node (the engine runs in a browser worker too).
 *
 * Choices where the spec is silent (docs/canvas-editor.md, "How an edit is computed"):
 * * Nothing is edited in a text the reader could not read cleanly: any
 *   reading problem (SP001's syntax errors, even when recover.ts found a
 *   reading; a second document; a list as a key …), YAML anchors/aliases
 *   (one value in several places), or a key written twice on the path.
 * * Values are checked against the schema before any text is made (type,
 *   choices, date form, length); `link` into an `…actions` list needs a
 *   declared action.
 * * Every edit is checked after it is made: the edited text is read again
 *   and must have no reading problem and hold exactly the old plain value
 *   with the intended change; otherwise the intent is refused ("could not
 *   be made safely") and the text stays as it is.
 * * `set` to null or '' removes the entry (a required key is refused); see
 *   intentSet.ts for quoting, intentRemove.ts for which comments go along,
 *   intentList.ts for new items and ids. New lines use the document's line
 *   break (CRLF stays CRLF).
 */
import type { Analysis } from '../lint.js';
import type { Lang, PlanPath } from '../model/types.js';
import { fixesFor } from './fixes.js';
import { refuse, verified, type PlainChange } from './intentCheck.js';
import { addAt, linkAt, unlinkAt } from './intentList.js';
import { removeAt, type Planned } from './intentRemove.js';
import { setAt } from './intentSet.js';
import { lineBreak, showPath, withLineBreak } from './intentText.js';
import type { Intent, IntentResult } from './intentTypes.js';
import type { TextEdit } from './yamlEdit.js';

export { parseIntent, INTENT_LIMITS } from './intentParse.js';
export { partnerId } from './intentList.js';

export interface IntentOptions {
  /** The language of a quick fix's own texts (`fix`); default the analysis's language. */
  lang?: Lang;
}

export function intentEdits(analysis: Analysis, intent: Intent, options: IntentOptions = {}): IntentResult {
  const doc = analysis.doc;
  if (doc.tree.problems.length > 0 || doc.unreadable.length > 0) return refuse('unreadable');
  if (doc.tree.usesAnchors) return refuse('anchors');
  if (intent.kind !== 'fix') {
    const dup = doc.tree.duplicates.find((d) => related(d.path, intent.path));
    if (dup) return refuse('duplicate', showPath(dup.path));
  }
  const planned = plan(analysis, intent, options.lang ?? analysis.lang);
  if (!planned.ok) return planned;
  const edits = withLineBreak(planned.edits, lineBreak(doc.text));
  if (edits.length === 0) return { ok: true, edits };
  const before = { data: doc.data, duplicates: doc.tree.duplicates.length };
  const change: PlainChange | undefined = intent.kind === 'fix' ? undefined : planned.change;
  return verified(doc.text, before, edits, change) ? { ok: true, edits } : refuse('unsafe');
}

function plan(a: Analysis, intent: Intent, lang: Lang): Planned {
  switch (intent.kind) {
    case 'set': return setAt(a.doc, intent.path, intent.value);
    case 'remove': return removeAt(a.doc, intent.path);
    case 'add': return addAt(a.doc, a.facts, intent.path, intent.item);
    case 'link': return linkAt(a.doc, a.facts, intent.path, intent.id);
    case 'unlink': return unlinkAt(a.doc, intent.path, intent.id);
    case 'fix': return fixEdits(a, intent, lang);
  }
}

function fixEdits(a: Analysis, intent: Extract<Intent, { kind: 'fix' }>, lang: Lang): Planned {
  const d = a.diagnostics.find((x) => x.code === intent.code && x.range.start.line === intent.line && x.range.start.character === intent.character);
  if (!d) return refuse('noFinding');
  const fix = fixesFor(a, d, lang)[intent.index];
  if (!fix || fix.edits.length === 0) return refuse('noFix', intent.index);
  return { ok: true, edits: fix.edits as TextEdit[], change: { op: 'none' } };
}

/** One path is a prefix of the other. */
function related(a: PlanPath, b: PlanPath): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
