/**
 * Hover: on a key or a canvas value, the canvas explanation in the user's
 * language; on a partner or action id (declared or referenced), a summary of
 * that partner or action. On a line whose findings a suppression comment
 * silences, also what is silenced and why (the reason after ` -- `).
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Analysis } from '../lint.js';
import type { ActionFact, PartnerFact } from '../model/facts.js';
import { TERMS } from '../model/canvas.js';
import { keyRange, nodeRange } from '../model/plan.js';
import type { Lang, Position } from '../model/types.js';
import { explainKey, explainValue, explanationMarkdown } from './explain.js';
import { idAt, locate } from './locate.js';
import { schemaAt } from './schemaInfo.js';

const L = {
  partner: { nl: 'Partner', en: 'Partner' },
  action: { nl: 'Actie', en: 'Action' },
  type: { nl: 'soort', en: 'type' },
  roles: { nl: 'rollen', en: 'roles' },
  involvement: { nl: 'betrokkenheid', en: 'involvement' },
  neededFor: { nl: 'nodig voor', en: 'needed for' },
  friction: { nl: 'verwachte wrijving', en: 'expected friction' },
  owner: { nl: 'eigenaar', en: 'owner' },
  due: { nl: 'uiterlijk', en: 'due' },
  status: { nl: 'status', en: 'status' },
  undeclared: { nl: 'staat nergens in het plan', en: 'is not declared' },
  uses: { nl: 'gebruikt op {0} plaatsen', en: 'used in {0} places' },
  usesOne: { nl: 'gebruikt op 1 plaats', en: 'used in 1 place' },
  usesNone: { nl: 'nergens gebruikt', en: 'not used anywhere' },
  suppressed: { nl: 'Onderdrukt op deze regel', en: 'Suppressed on this line' },
  noReason: { nl: 'geen reden opgegeven (zet die achter ` -- `)', en: 'no reason given (put it after ` -- `)' },
};

export function hover(a: Analysis, pos: Position): Hover | null {
  const own = hoverAt(a, pos);
  const note = suppressedNote(a, pos.line);
  if (!note) return own;
  const range = own?.range ?? a.doc.lines.lineRange(pos.line);
  const value = own && typeof own.contents === 'object' && 'value' in own.contents ? `${own.contents.value}\n\n---\n\n${note}` : note;
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

/** The findings silenced on this line, each with its reason. */
function suppressedNote(a: Analysis, line: number): string | undefined {
  const here = a.suppressed.filter((s) => s.diagnostic.range.start.line === line);
  if (here.length === 0) return undefined;
  const seen = new Set<string>();
  const items: string[] = [];
  for (const s of here) {
    const text = `- **${s.diagnostic.code}** ${s.diagnostic.message} — ${s.justification ? `*${s.justification.replace(/[\\`*_[\]<>]/g, '\\$&')}*` : L.noReason[a.lang]}`;
    if (!seen.has(text)) items.push(text);
    seen.add(text);
  }
  return [`**${L.suppressed[a.lang]}**`, '', ...items].join('\n');
}

function hoverAt(a: Analysis, pos: Position): Hover | null {
  const offset = a.doc.lines.offset(pos);
  const lang = a.lang;
  const id = idAt(a, offset);
  if (id) {
    const value = id.kind === 'partner' ? partnerSummary(a, id.id, lang) : actionSummary(a, id.id, lang);
    return { contents: { kind: MarkupKind.Markdown, value }, range: nodeRange(a.doc, id.node) };
  }
  const spot = locate(a.doc.tree.root, offset);
  if (!spot) return null;
  if (spot.onKey && spot.pair) {
    const value = explanationMarkdown(spot.pair.key, explainKey(spot.path), lang);
    return value ? { contents: { kind: MarkupKind.Markdown, value }, range: keyRange(a.doc, spot.pair) } : null;
  }
  if (spot.node.kind === 'scalar' && typeof spot.node.value === 'string') {
    const own = explainValue(spot.path, spot.node.value);
    if (!own.term && !own.description && !schemaAt(spot.path)?.values.length) return null; // free text: nothing to explain
    // A closed value without its own explanation is explained by its key (`type: municipality` → what `type` means).
    const keyPath = typeof spot.path[spot.path.length - 1] === 'number' ? spot.path.slice(0, -1) : spot.path;
    const e = own.description ? own : { term: own.term, description: explainKey(keyPath).description };
    const value = explanationMarkdown(spot.node.value, e, lang);
    return value ? { contents: { kind: MarkupKind.Markdown, value }, range: nodeRange(a.doc, spot.node) } : null;
  }
  return null;
}

function line(label: { nl: string; en: string }, value: string | undefined, lang: Lang): string[] {
  return value ? [`- ${label[lang]}: ${value}`] : [];
}

/** An enum value in the reader's words, with the value itself: ‘nog niet betrokken’ (`not-yet`). */
function glossed(ns: string, value: string | undefined, lang: Lang): string | undefined {
  if (!value) return undefined;
  const t = TERMS[`${ns}.${value}`];
  return t && t[lang] !== value ? `${t[lang]} (\`${value}\`)` : value;
}

function usage(a: Analysis, kind: 'partner' | 'action', id: string, lang: Lang): string {
  const n = a.facts.references.filter((r) => r.kind === kind && r.id === id).length;
  if (n === 0) return L.usesNone[lang];
  return n === 1 ? L.usesOne[lang] : L.uses[lang].replace('{0}', String(n));
}

export function partnerSummary(a: Analysis, id: string, lang: Lang): string {
  const p: PartnerFact | undefined = a.facts.partners.find((x) => x.id === id);
  if (!p) return `**${L.partner[lang]} \`${id}\`** ${L.undeclared[lang]}`;
  return [
    `**${L.partner[lang]} \`${id}\`**${p.name ? ` — ${p.name}` : ''}`,
    '',
    ...line(L.type, p.type, lang),
    ...line(L.roles, p.roles.join(', '), lang),
    ...line(L.involvement, glossed('involvement', p.involvement, lang), lang),
    ...line(L.neededFor, p.neededFor.join(', '), lang),
    ...line(L.friction, glossed('friction', p.friction, lang), lang),
    '',
    usage(a, 'partner', id, lang),
  ].join('\n');
}

export function actionSummary(a: Analysis, id: string, lang: Lang): string {
  const x: ActionFact | undefined = a.facts.actions.find((y) => y.id === id);
  if (!x) return `**${L.action[lang]} \`${id}\`** ${L.undeclared[lang]}`;
  const owner = x.owner ? `${x.owner}${nameOf(a, x.owner) ? ` (${nameOf(a, x.owner)})` : ''}` : undefined;
  return [
    `**${L.action[lang]} \`${id}\`**${x.title ? ` — ${x.title}` : ''}`,
    '',
    ...line(L.owner, owner, lang),
    ...line(L.due, x.due, lang),
    ...line(L.status, x.status ?? 'open', lang),
    '',
    usage(a, 'action', id, lang),
  ].join('\n');
}

function nameOf(a: Analysis, partnerId: string): string | undefined {
  return a.facts.partners.find((p) => p.id === partnerId)?.name;
}
