/**
 * The outline: the canvas parts in file order, with routes, ingredients
 * (status as detail), pitfalls, partners, actions, evidence (kind), the
 * learning agenda (level · status) and the assessment (status) as children.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Analysis } from '../lint.js';
import { term, TERMS } from '../model/canvas.js';
import { keyRange, nodeRange, str } from '../model/plan.js';
import type { Lang, Range } from '../model/types.js';
import type { YMap, YNode, YPair } from '../model/yamlTree.js';

const PARTS: Record<string, { nl: string; en: string; kind: SymbolKind }> = {
  'scaling-plan': { nl: 'versie', en: 'version', kind: SymbolKind.Number },
  pilot: { nl: 'pilot', en: 'pilot', kind: SymbolKind.Module },
  impact: { nl: '1 · beoogde impact', en: '1 · intended impact', kind: SymbolKind.Module },
  routes: { nl: '2 · opschalingsroutes', en: '2 · scaling routes', kind: SymbolKind.Module },
  strategy: { nl: 'opschalingsstrategie', en: 'scaling strategy', kind: SymbolKind.Enum },
  transferable: { nl: 'overdraagbare werkwijze', en: 'transferable way of working', kind: SymbolKind.Array },
  ingredients: { nl: '3 · ingrediënten', en: '3 · ingredients', kind: SymbolKind.Module },
  pitfalls: { nl: '4 · valkuilen', en: '4 · pitfalls', kind: SymbolKind.Module },
  partners: { nl: 'partners', en: 'partners', kind: SymbolKind.Module },
  scale: { nl: 'wat verandert op schaal', en: 'what changes at scale', kind: SymbolKind.Module },
  floor: { nl: 'ondergrens', en: 'floor', kind: SymbolKind.Module },
  actions: { nl: 'actielijst', en: 'actions', kind: SymbolKind.Module },
  'learning-agenda': { nl: 'leeragenda', en: 'learning agenda', kind: SymbolKind.Module },
  evidence: { nl: 'bewijsmateriaal', en: 'evidence', kind: SymbolKind.Module },
  assessment: { nl: 'eigen status per onderdeel', en: 'own status per part', kind: SymbolKind.Module },
};

/** Detail words for the 1.1 lists (SPEC §6.2), in the user's language. */
const WORDS: Record<string, { nl: string; en: string }> = {
  'kind.monitoring': { nl: 'monitoring', en: 'monitoring' },
  'kind.evaluation': { nl: 'evaluatie', en: 'evaluation' },
  'kind.study': { nl: 'onderzoek', en: 'study' },
  'kind.experience': { nl: 'ervaring', en: 'experience' },
  'level.operational': { nl: 'operationeel', en: 'operational' },
  'level.tactical': { nl: 'tactisch', en: 'tactical' },
  'level.strategic': { nl: 'strategisch', en: 'strategic' },
  'level.network': { nl: 'netwerk', en: 'network' },
  'qstatus.open': { nl: 'open', en: 'open' },
  'qstatus.answered': { nl: 'beantwoord', en: 'answered' },
  'qstatus.dropped': { nl: 'vervallen', en: 'dropped' },
  'part.impact': { nl: 'beoogde impact', en: 'intended impact' },
  'part.routes': { nl: 'opschalingsroutes', en: 'scaling routes' },
  'part.ingredients': { nl: 'ingrediënten', en: 'ingredients' },
  'part.pitfalls': { nl: 'valkuilen', en: 'pitfalls' },
};
const word = (key: string, value: string | undefined, lang: Lang): string | undefined =>
  value === undefined ? undefined : (WORDS[`${key}.${value}`]?.[lang] ?? value);

export function documentSymbols(a: Analysis): DocumentSymbol[] {
  const root = a.doc.root;
  if (!root) return [];
  const lang = a.lang;
  return root.pairs.map((pair) => {
    const part = PARTS[pair.key];
    const sym = symbol(a, pair.key, pair, part?.kind ?? SymbolKind.Field, part ? part[lang] : undefined);
    const children = childrenOf(a, pair, lang);
    if (children.length > 0) sym.children = children;
    return sym;
  });
}

function childrenOf(a: Analysis, pair: YPair, lang: Lang): DocumentSymbol[] {
  const v = pair.value;
  switch (pair.key) {
    case 'pilot': {
      const name = v.kind === 'map' ? v.byKey.get('name') : undefined;
      return name ? [symbol(a, 'name', name, SymbolKind.String, str(name.value))] : [];
    }
    case 'routes':
      return mapChildren(a, v, 'route', SymbolKind.Event, (p) => (p.value.kind === 'map' ? str(p.value.byKey.get('ambition')?.value) : undefined), lang);
    case 'ingredients':
      return mapChildren(a, v, 'ingredient', SymbolKind.Property, (p) => {
        const status = p.value.kind === 'map' ? str(p.value.byKey.get('status')?.value) : undefined;
        return status ? (TERMS[`status.${status}`]?.[lang] ?? status) : (TERMS['status.unknown']![lang]);
      }, lang);
    case 'pitfalls':
      return mapChildren(a, v, 'pitfall', SymbolKind.Property, () => undefined, lang);
    case 'partners':
      return listChildren(a, v, 'id', (m) => str(m.byKey.get('name')?.value), SymbolKind.Object);
    case 'actions':
      return listChildren(a, v, 'id', (m) => str(m.byKey.get('title')?.value), SymbolKind.Event);
    case 'learning-agenda':
      // The question, with its level and status (absent status = open, SPEC §6.2) as detail.
      return listChildren(a, v, 'question', (m) => {
        const status = str(m.byKey.get('status')?.value) ?? 'open';
        return [word('level', str(m.byKey.get('level')?.value), lang), word('qstatus', status, lang)].filter((x) => x).join(' · ');
      }, SymbolKind.String);
    case 'evidence':
      return listChildren(a, v, 'claim', (m) => word('kind', str(m.byKey.get('kind')?.value), lang), SymbolKind.String);
    case 'assessment':
      return mapChildren(a, v, 'part', SymbolKind.Property, (p) => {
        const status = str(p.value);
        return status ? (TERMS[`status.${status}`]?.[lang] ?? status) : undefined;
      }, lang, (key) => word('part', key, lang));
    default:
      return [];
  }
}

function symbol(a: Analysis, name: string, pair: YPair, kind: SymbolKind, detail?: string): DocumentSymbol {
  const selectionRange = keyRange(a.doc, pair);
  const range = span(a, { start: pair.keyStart, end: Math.max(pair.keyEnd, pair.value.end) });
  const s: DocumentSymbol = { name: name || '""', kind, range, selectionRange: inside(selectionRange, range) };
  if (detail) s.detail = detail;
  return s;
}

function mapChildren(
  a: Analysis, v: YNode, ns: string, kind: SymbolKind, detail: (p: YPair) => string | undefined, lang: Lang,
  name: (key: string) => string | undefined = (key) => (TERMS[`${ns}.${key}`] ? term(`${ns}.${key}`)[lang] : undefined),
): DocumentSymbol[] {
  if (v.kind !== 'map') return [];
  return v.pairs.map((p) => {
    const t = name(p.key);
    const d = [t && t !== p.key ? t : undefined, detail(p)].filter((x) => x).join(' — ');
    return symbol(a, p.key, p, kind, d || undefined);
  });
}

function listChildren(a: Analysis, v: YNode, nameKey: string, detailOf: (item: YMap) => string | undefined, kind: SymbolKind): DocumentSymbol[] {
  if (v.kind !== 'seq') return [];
  const out: DocumentSymbol[] = [];
  v.items.forEach((item, i) => {
    if (item.kind !== 'map' || item.end <= item.start) return;
    const namePair = item.byKey.get(nameKey);
    const name = str(namePair?.value) ?? `#${i + 1}`;
    const range = span(a, item);
    const selectionRange = namePair && namePair.value.end > namePair.value.start ? nodeRange(a.doc, namePair.value) : { start: range.start, end: range.start };
    const s: DocumentSymbol = { name: oneLine(name), kind, range, selectionRange: inside(selectionRange, range) };
    const detail = detailOf(item);
    if (detail) s.detail = oneLine(detail);
    out.push(s);
  });
  return out;
}

/** A node's range without its trailing line break (the outline highlights whole lines). */
function span(a: Analysis, n: { start: number; end: number }): Range {
  let end = n.end;
  while (end > n.start && /\s/.test(a.doc.text[end - 1]!)) end--;
  return a.doc.lines.range(n.start, end);
}

/** Clients reject a selection outside its symbol (possible with YAML aliases): fall back to the start. */
function inside(sel: Range, range: Range): Range {
  const le = (p: Range['start'], q: Range['start']): boolean => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return le(range.start, sel.start) && le(sel.end, range.end) ? sel : { start: range.start, end: range.start };
}

function oneLine(s: string): string {
  const line = s.split('\n')[0]!.trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line || '""';
}
