/**
 * What the canvas editor's edits are checked against: the schema (a value
 * must be allowed where it goes, before any text is written), and the text
 * itself afterwards — the edited text is read again and must parse as
 * cleanly as before and hold exactly the intended change in its plain
 * value. An edit that fails that check is refused, never applied: the
 * advisor's file is never the place where a bug shows.
 */
import { toData } from '../model/plan.js';
import type { Localized, PlanPath } from '../model/types.js';
import { readYamlTree } from '../model/yamlTree.js';
import { schemaAt, type JSONSchema } from '../schema/load.js';
import { expected, glossedList } from '../schema/messages.js';
import { applyEdits } from './apply.js';
import { showPath } from './intentText.js';
import type { Skeleton, TextEdit } from './yamlEdit.js';

const M = {
  unreadable: {
    nl: 'Het plan bevat een fout in de YAML-opbouw (zie de meldingen). Herstel die eerst in de teksteditor; tot dan verandert de canvaseditor niets aan het bestand.',
    en: 'The plan has a YAML syntax error (see the findings). Fix it in the text editor first; until then the canvas editor changes nothing in the file.',
  },
  anchors: {
    nl: 'Het plan gebruikt YAML-ankers of -aliassen (& en *): één waarde staat dan op meer plekken. Pas het aan in de teksteditor.',
    en: 'The plan uses YAML anchors or aliases (& and *): one value then stands in several places. Change it in the text editor.',
  },
  duplicate: { nl: '‘{0}’ staat twee keer in het plan; haal eerst één van beide weg in de teksteditor.', en: "'{0}' appears twice in the plan; remove one of them in the text editor first." },
  missing: { nl: 'Op ‘{0}’ staat niets (het plan is misschien net veranderd).', en: "There is nothing at '{0}' (the plan may just have changed)." },
  unknownField: { nl: 'Het planformaat kent geen ‘{0}’.', en: "The plan format has no '{0}'." },
  enum: { nl: '‘{1}’ is niet toegestaan bij ‘{0}’; kies uit: {2}.', en: "'{1}' is not allowed for '{0}'; choose from: {2}." },
  type: { nl: '‘{1}’ past niet bij ‘{0}’: daar hoort {2}.', en: "'{1}' does not fit '{0}': it takes {2}." },
  date: { nl: 'Bij ‘{0}’ hoort een datum, geschreven als JJJJ-MM-DD (bijv. 2025-06-30).', en: "'{0}' takes a date, written as YYYY-MM-DD (e.g. 2025-06-30)." },
  pattern: { nl: '‘{1}’ heeft niet de vorm die ‘{0}’ vraagt.', en: "'{1}' does not have the form '{0}' asks for." },
  tooLong: { nl: 'De tekst voor ‘{0}’ is te lang (hoogstens {1} tekens).', en: "The text for '{0}' is too long (at most {1} characters)." },
  required: { nl: '‘{0}’ is verplicht en kan niet leeg blijven.', en: "'{0}' is required and cannot be left empty." },
  notScalar: { nl: '‘{0}’ bevat een lijst of groep, geen losse waarde.', en: "'{0}' holds a list or group, not a single value." },
  notList: { nl: '‘{0}’ is geen lijst.', en: "'{0}' is not a list." },
  notMap: { nl: '‘{0}’ is geen groep met velden.', en: "'{0}' is not a group of fields." },
  notLinked: { nl: '‘{1}’ staat niet in ‘{0}’.', en: "'{1}' is not in '{0}'." },
  noAction: { nl: 'Er is geen actie met id ‘{0}’ in de actielijst.', en: "There is no action with id '{0}' in the action list." },
  lastPart: { nl: 'Het laatste onderdeel van het plan kan niet weg.', en: 'The last part of the plan cannot be removed.' },
  layout: { nl: 'Dit deel is op een ongewone manier geschreven; pas het aan in de teksteditor.', en: 'This part is written in an unusual layout; change it in the text editor.' },
  unsafe: { nl: 'Deze wijziging kon niet veilig in de tekst worden gemaakt; er is niets veranderd. Pas het aan in de teksteditor.', en: 'This change could not be made safely in the text; nothing was changed. Change it in the text editor.' },
  noFinding: { nl: 'Die melding is er niet meer (het plan is misschien net veranderd).', en: 'That finding is no longer there (the plan may just have changed).' },
  noFix: { nl: 'Voor deze melding is er geen snelle oplossing nummer {0}.', en: 'This finding has no quick fix number {0}.' },
} satisfies Record<string, Localized>;

export type ReasonId = keyof typeof M;

type Arg = string | number | Localized;

/** A reason in both languages; an argument may itself be worded per language. */
export function reason(id: ReasonId, ...args: Arg[]): Localized {
  const f = (l: 'nl' | 'en'): string => M[id][l].replace(/\{(\d)\}/g, (_, i: string) => {
    const a = args[Number(i)] ?? '';
    return typeof a === 'object' ? a[l] : String(a);
  });
  return { nl: f('nl'), en: f('en') };
}

export function refuse(id: ReasonId, ...args: Arg[]): { ok: false; reason: Localized } {
  return { ok: false, reason: reason(id, ...args) };
}

function types(s: JSONSchema): string[] {
  return s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
}

function typeOf(v: Skeleton): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v;
}

const shown = (v: Skeleton): string => (typeof v === 'string' ? v.slice(0, 60) : JSON.stringify(v).slice(0, 60));

/** Why the schema does not allow `v` at `path` (undefined: allowed). Checks type, choices, form, length, and inside lists and groups. */
export function schemaRefusal(path: PlanPath, v: Skeleton): Localized | undefined {
  const s = schemaAt(path);
  if (!s) return reason('unknownField', showPath(path));
  const allowed = types(s);
  const t = typeOf(v);
  const fits = allowed.length === 0 || allowed.includes(t) || (t === 'number' && allowed.includes('integer') && Number.isInteger(v));
  if (!fits) {
    return reason('type', showPath(path), shown(v), expected(allowed));
  }
  if (v !== null && typeof v !== 'object' && s.enum && !s.enum.includes(v)) {
    return reason('enum', showPath(path), shown(v), glossedList(s.enum.filter((x) => x !== null).map(String)));
  }
  if (typeof v === 'string') {
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) {
      return s.pattern.startsWith('^\\d{4}-') ? reason('date', showPath(path)) : reason('pattern', showPath(path), shown(v));
    }
    if (typeof s.maxLength === 'number' && [...v].length > s.maxLength) return reason('tooLong', showPath(path), s.maxLength);
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const r = schemaRefusal([...path, i], v[i]!);
      if (r) return r;
    }
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const r = schemaRefusal([...path, k], x);
      if (r) return r;
    }
  }
  return undefined;
}

/** The key order of the map at `path`: the schema lists each map's fields in canvas order (SPEC §2, §6.2). */
export function keyOrder(path: PlanPath): string[] {
  return Object.keys(schemaAt(path)?.properties ?? {});
}

/** Whether the schema requires `path`'s last key in its map (`pilot.name`, a partner's `id`). */
export function isRequired(path: PlanPath): boolean {
  const last = path[path.length - 1];
  return typeof last === 'string' && (schemaAt(path.slice(0, -1))?.required ?? []).includes(last);
}

/** The intended change to the plain value: what the edited text must read as. */
export type PlainChange =
  | { op: 'put'; path: PlanPath; value: Skeleton }
  | { op: 'delete'; path: PlanPath }
  | { op: 'none' };

type Plain = unknown;

function clone(v: Plain): Plain {
  if (Array.isArray(v)) return v.map(clone);
  if (v && typeof v === 'object') {
    const o: Record<string, Plain> = Object.create(null);
    for (const [k, x] of Object.entries(v)) o[k] = clone(x);
    return o;
  }
  return v;
}

/** `data` with `change` made (a copy); missing maps on the way are created. */
export function changed(data: Plain, change: PlainChange): Plain {
  if (change.op === 'none') return data;
  const root = clone(data);
  if (change.path.length === 0) return change.op === 'put' ? clone(change.value) : null;
  let n = root as Record<string | number, Plain>;
  for (const seg of change.path.slice(0, -1)) {
    if (n[seg] === null || n[seg] === undefined) n[seg] = Object.create(null);
    n = n[seg] as Record<string | number, Plain>;
  }
  const last = change.path[change.path.length - 1]!;
  if (change.op === 'put') n[last] = clone(change.value);
  else if (Array.isArray(n) && typeof last === 'number') n.splice(last, 1);
  else delete n[last];
  return root;
}

export function samePlain(a: Plain, b: Plain): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => samePlain(x, b[i]));
  }
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && samePlain((a as Record<string, Plain>)[k], (b as Record<string, Plain>)[k]));
}

/**
 * Reads the edited text again: it must have no reading problem and no more
 * duplicate keys than before, and (unless `change` is undefined, as for a
 * quick fix) hold exactly the old plain value with `change` made.
 */
export function verified(text: string, before: { data: Plain; duplicates: number }, edits: TextEdit[], change: PlainChange | undefined): boolean {
  const tree = readYamlTree(applyEdits(text, edits));
  if (tree.problems.length > 0 || tree.duplicates.length > before.duplicates) return false;
  if (!change) return true;
  return samePlain(tree.root ? toData(tree.root) : null, changed(before.data, change));
}
