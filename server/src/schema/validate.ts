/**
 * The plan against the bundled JSON Schema: ajv's errors become one plain
 * problem per real problem, placed on the node the user must change — the
 * unknown key itself, the parent a required key is missing from, the
 * offending value. The bundled schema is compiled at build time, never at run time.
 *
 * `scaling-plan` (the version) is SP006's alone: its errors are dropped here.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { keyRange, missingRange, pairAt, nodeAt, rangeAt, type PlanDoc } from '../model/plan.js';
import type { Localized, PlanPath, Range } from '../model/types.js';
import { format } from '../i18n.js';
import type { JSONSchema } from './load.js';
import { validate as generatedValidator } from './validator.generated.js';
import { SCHEMA_MESSAGES, expected, glossed, glossedList, got, keyList, label, where, type SchemaMessageId } from './messages.js';
import { didYouMean } from './suggest.js';

export type SchemaProblemKind = 'unknown-key' | 'required' | 'type' | 'empty' | 'enum' | 'pattern' | 'too-long' | 'too-many' | 'other';

export interface SchemaProblem {
  kind: SchemaProblemKind;
  /** The offending node: the unknown key's own path, the missing key's path, or the bad value's. */
  path: PlanPath;
  messageId: SchemaMessageId;
  data: Record<string, string | number | Localized>;
  /** The message in both languages (the same as formatting `messageId` with `data`). */
  message: Localized;
  range: Range;
  /** The canvas item concerned (`ingredients/financing`, `partners/ggz-noord`). */
  item: string;
  /** A replacement for the range, when one word is clearly meant ("did you mean"). */
  fix?: { replace: string };
}

const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const PARTNER_ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const ACTION_ID_PATTERN = '^\\S+$';

/**
 * The schema's validator, generated at build time with ajv's standalone code
 * (scripts/build-validator.mjs): nothing is compiled at run time, and ajv
 * itself is never loaded (start-up, issue 17).
 */
export function planValidator(): ValidateFunction {
  return generatedValidator;
}

const memo = new WeakMap<PlanDoc, SchemaProblem[]>();

/**
 * Schema problems of a plan whose root is a mapping (anything else is not a
 * plan; SP002 says so itself). Validated once per parsed plan: SP002 reports
 * them, and every other rule asks `ctx.rejected` so as not to report what only
 * follows from a value SP002 rejects (SPEC §6.5).
 */
export function validatePlan(doc: PlanDoc): SchemaProblem[] {
  let problems = memo.get(doc);
  if (!problems) memo.set(doc, (problems = validateOnce(doc)));
  return problems;
}

/**
 * Whether SP002 rejects the value at `path`, a value inside it or the value
 * it is part of (wrong type, outside its choices, bad pattern …) — or SP001
 * could not read the text where it is, or where it would be (SPEC §6.5,
 * issue 13: never report as missing what may be hidden in unreadable text).
 */
export function isRejected(doc: PlanDoc, path: PlanPath): boolean {
  return validatePlan(doc).some((p) => p.kind !== 'unknown-key' && p.kind !== 'required' && related(p.path, path))
    || isUnreadable(doc, path);
}

/** One path is a prefix of the other: the value is inside the rejected one, or holds it. */
function related(a: PlanPath, b: PlanPath): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The node at `path` overlaps text the reader could not read, or — when it is
 * absent — its nearest present parent does (for the plan itself: any
 * unreadable text at all may hide a top-level key).
 */
export function isUnreadable(doc: PlanDoc, path: PlanPath): boolean {
  const spans = doc.unreadable;
  if (!spans || spans.length === 0) return false;
  for (let i = path.length; i >= 0; i--) {
    const node = nodeAt(doc, path.slice(0, i));
    if (!node) continue;
    if (i === 0) return true;
    const pair = pairAt(doc, path.slice(0, i));
    const from = pair ? pair.keyStart : node.start;
    // A block ends where its last line does; text right after it may still have belonged to it.
    const lastLine = doc.lines.position(node.end).line;
    const until = doc.lines.lineEnd(Math.min(lastLine + 1, doc.lines.lineCount - 1));
    return spans.some((s) => s.start <= until && s.end >= from);
  }
  return true;
}

function validateOnce(doc: PlanDoc): SchemaProblem[] {
  if (!doc.root) return [];
  const validate = planValidator();
  if (validate(doc.data)) return [];
  const complexKeys = new Set(doc.tree.problems.filter((p) => p.kind === 'complex-key').map((p) => p.start));
  const best = new Map<string, { rank: number; problem: SchemaProblem }>();
  for (const e of validate.errors ?? []) {
    const found = explain(doc, e, complexKeys);
    if (!found) continue;
    const group = found.problem.kind === 'unknown-key' || found.problem.kind === 'required' ? found.problem.kind : 'value';
    const key = `${group}\u0000${found.problem.path.join('\u0000')}`;
    const seen = best.get(key);
    if (!seen || found.rank < seen.rank) best.set(key, found);
  }
  return [...best.values()].map((b) => b.problem);
}

/** The data path of an ajv instance pointer; list indexes become numbers. */
function toPath(data: unknown, pointer: string): (string | number)[] {
  const path: (string | number)[] = [];
  let cur = data;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      path.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      path.push(seg);
      cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return path;
}

interface Ranked { rank: number; problem: SchemaProblem }

function explain(doc: PlanDoc, e: ErrorObject, complexKeys: Set<number>): Ranked | undefined {
  if (e.keyword === 'if') return undefined; // the branch's own error says what is wrong
  const at = toPath(doc.data, e.instancePath);
  if (at[0] === 'scaling-plan') return undefined; // SP006
  const parent = (e.parentSchema ?? {}) as JSONSchema;
  const params = e.params as Record<string, unknown>;
  const make = (kind: SchemaProblemKind, path: PlanPath, messageId: SchemaMessageId, data: SchemaProblem['data'], range: Range, rank: number, fix?: string): Ranked => {
    const problem: SchemaProblem = { kind, path, messageId, data, message: localize(messageId, data), range, item: canvasItem(doc, path) };
    if (fix) problem.fix = { replace: fix };
    return { rank, problem };
  };

  if (e.keyword === 'additionalProperties') {
    const key = String(params['additionalProperty']);
    const path = [...at, key];
    const pair = pairAt(doc, path);
    if (!pair || complexKeys.has(pair.keyStart)) return undefined; // a list or block as key: the reader reported it
    const allowed = Object.keys(parent.properties ?? {});
    const suggestion = didYouMean(key, allowed);
    const data = { key, where: where(at, '‘'), allowed: keyList(allowed), suggestion: suggestion ?? '', suggested: glossed(suggestion ?? '') };
    return make('unknown-key', path, suggestion ? 'unknownKeySuggest' : 'unknownKey', data, keyRange(doc, pair), 0, suggestion);
  }
  if (e.keyword === 'required') {
    const key = String(params['missingProperty']);
    if (at.length === 0 && key === 'scaling-plan') return undefined; // SP006
    const path = [...at, key];
    return make('required', path, 'required', { missing: `\`${key}\``, where: where(at, '`') }, missingRange(doc, path), 0);
  }

  const value = e.data;
  const range = rangeAt(doc, at);
  const base = { label: label(at), got: got(value, rawText(doc, at)) };
  const isEmpty = value === null || value === '';
  const types = Array.isArray(parent.type) ? parent.type : parent.type ? [parent.type] : [];

  if (e.keyword === 'enum') {
    const choices = ((e.schema as unknown[]) ?? []).filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
    const allowed = glossedList(choices);
    if (e.schemaPath.includes('/else/')) {
      // `strategy`: a value, or a list of values
      allowed.nl += ' (of een lijst daarvan)';
      allowed.en += ' (or a list of these)';
    }
    const suggestion = typeof value === 'string' ? didYouMean(value, choices) : undefined;
    return make('enum', at, suggestion ? 'enumSuggest' : 'enum', { ...base, allowed, suggestion: suggestion ?? '', suggested: glossed(suggestion ?? '') }, range, 0, suggestion);
  }
  const numberForText = types.includes('string') && (typeof value === 'number' || typeof value === 'boolean');
  if (e.keyword === 'pattern' || (e.keyword === 'type' && parent.pattern && !isEmpty && (!numberForText || parent.pattern === DATE_PATTERN))) {
    const id: SchemaMessageId = parent.pattern === DATE_PATTERN ? 'date' : parent.pattern === PARTNER_ID_PATTERN ? 'partnerId' : parent.pattern === ACTION_ID_PATTERN ? 'actionId' : 'other';
    if (value === '') return make('empty', at, 'empty', { label: base.label, expected: id === 'date' ? { nl: 'een datum (JJJJ-MM-DD)', en: 'a date (YYYY-MM-DD)' } : expected(['string']) }, range, 1);
    return make('pattern', at, id, { ...base, detail: `pattern ${String(parent.pattern)}` }, range, 1);
  }
  if (e.keyword === 'type' || e.keyword === 'minLength') {
    if (isEmpty) return make('empty', at, 'empty', { label: base.label, expected: expected(types.length ? types : ['string']) }, range, 2);
    if (numberForText) {
      const reads = typeof value === 'number' ? { nl: 'een getal', en: 'a number' } : { nl: 'true of false', en: 'true or false' };
      return make('type', at, 'notText', { ...base, reads, raw: rawText(doc, at) ?? String(value) }, range, 2);
    }
    return make('type', at, 'type', { ...base, expected: expected(types) }, range, 3);
  }
  if (e.keyword === 'maxLength' || e.keyword === 'maxItems') {
    const actual = typeof value === 'string' || Array.isArray(value) ? value.length : 0;
    const tooLong = e.keyword === 'maxLength';
    return make(tooLong ? 'too-long' : 'too-many', at, tooLong ? 'tooLong' : 'tooMany', { label: base.label, limit: Number(params['limit']), actual }, range, 4);
  }
  return make('other', at, 'other', { label: base.label, detail: `${e.keyword} ${JSON.stringify(params)}` }, range, 5);
}

function localize(id: SchemaMessageId, data: SchemaProblem['data']): Localized {
  const template = SCHEMA_MESSAGES[id];
  return { nl: format(template, 'nl', data), en: format(template, 'en', data) };
}

/** The value as the user wrote it (`1.0`, `yes`), for numbers and booleans. */
function rawText(doc: PlanDoc, path: PlanPath): string | undefined {
  const node = nodeAt(doc, path);
  if (node?.kind !== 'scalar' || node.end <= node.start) return undefined;
  return doc.text.slice(node.start, node.end);
}

/** `ingredients/financing`, `partners/ggz-noord` (or `partners/0` without an id), `pilot`. */
export function canvasItem(doc: PlanDoc, path: PlanPath): string {
  const [first, second] = path;
  if (first === undefined) return '';
  if ((first === 'partners' || first === 'actions') && typeof second === 'number') {
    const id = nodeAt(doc, [first, second, 'id']);
    return `${first}/${id?.kind === 'scalar' && typeof id.value === 'string' ? id.value : second}`;
  }
  const grouped = ['impact', 'routes', 'ingredients', 'pitfalls'];
  return grouped.includes(String(first)) && second !== undefined ? `${first}/${second}` : String(first);
}
