/**
 * Go to definition, find references, rename — for partner ids and action
 * ids. The declaration is the `id:` value in `partners` / `actions`; the
 * references are those the engine's facts list (owner, partner, actions).
 */
import { ResponseError, type Location, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Analysis } from '../lint.js';
import { nodeRange } from '../model/plan.js';
import type { Lang, Position } from '../model/types.js';
import type { YScalar } from '../model/yamlTree.js';
import { declarationNodes, idAt, referencesTo } from './locate.js';
import { fill } from '../i18n.js';

export function definition(a: Analysis, uri: string, pos: Position): Location[] {
  const id = idAt(a, a.doc.lines.offset(pos));
  if (!id) return [];
  return declarationNodes(a, id.kind, id.id).map((n) => ({ uri, range: textRange(a, n) }));
}

export function references(a: Analysis, uri: string, pos: Position, includeDeclaration: boolean): Location[] {
  const id = idAt(a, a.doc.lines.offset(pos));
  if (!id) return [];
  const nodes = [
    ...(includeDeclaration ? declarationNodes(a, id.kind, id.id) : []),
    ...referencesTo(a, id.kind, id.id).map((r) => r.node),
  ];
  return nodes.filter((n) => isLiteral(a, n, id.id)).map((n) => ({ uri, range: textRange(a, n) }));
}

export function prepareRename(a: Analysis, pos: Position): { range: Range; placeholder: string } | null {
  const id = idAt(a, a.doc.lines.offset(pos));
  if (!id || !isLiteral(a, id.node, id.id)) return null;
  return { range: textRange(a, id.node), placeholder: id.id };
}

const MESSAGES = {
  nothing: { nl: 'Hernoemen kan alleen op een partner-id of actie-id.', en: 'Only a partner id or an action id can be renamed.' },
  invalid: {
    nl: '‘{0}’ is geen geldige id: gebruik kleine letters, cijfers en streepjes (bijvoorbeeld ggz-noord).',
    en: "'{0}' is not a valid id: use lower-case letters, digits and hyphens (for example ggz-noord).",
  },
  taken: { nl: 'Er is al een {1} met id ‘{0}’.', en: "There is already a {1} with id '{0}'." },
  partner: { nl: 'partner', en: 'partner' },
  action: { nl: 'actie', en: 'action' },
};

function msg(key: 'nothing' | 'invalid' | 'taken', lang: Lang, ...args: string[]): string {
  return fill(MESSAGES[key], lang, args);
}

/** Ids as SPEC §2 writes them: kebab-case (actions like `a1` fit too). */
const VALID_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function rename(a: Analysis, uri: string, version: number | undefined, pos: Position, newName: string, documentChanges: boolean): WorkspaceEdit {
  const id = idAt(a, a.doc.lines.offset(pos));
  const lang = a.lang;
  if (!id) throw new ResponseError(-32803, msg('nothing', lang));
  const name = newName.trim();
  if (!VALID_ID.test(name)) throw new ResponseError(-32602, msg('invalid', lang, newName));
  if (name !== id.id && declarationNodes(a, id.kind, name).length > 0) throw new ResponseError(-32803, msg('taken', lang, name, MESSAGES[id.kind][lang]));
  const nodes = [...declarationNodes(a, id.kind, id.id), ...referencesTo(a, id.kind, id.id).map((r) => r.node)];
  const edits: TextEdit[] = nodes.filter((n) => isLiteral(a, n, id.id)).map((n) => ({ range: textRange(a, n), newText: name }));
  return documentChanges && version !== undefined
    ? { documentChanges: [{ textDocument: { uri, version }, edits }] }
    : { changes: { [uri]: edits } };
}

/** The id as written, without its quotes. */
function textRange(a: Analysis, n: YScalar): Range {
  const raw = a.doc.text.slice(n.start, n.end);
  const quoted = raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw[raw.length - 1] === raw[0];
  return quoted ? a.doc.lines.range(n.start + 1, n.end - 1) : nodeRange(a.doc, n);
}

/** Only places where the text literally is the id (not an alias `*x`, not an escaped string) are edited. */
function isLiteral(a: Analysis, n: YScalar, id: string): boolean {
  const r = textRange(a, n);
  const start = a.doc.lines.offset(r.start);
  const end = a.doc.lines.offset(r.end);
  return a.doc.text.slice(start, end) === id;
}
