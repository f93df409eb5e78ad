/**
 * User text on its way to a terminal, a CI log or a report: one shared
 * helper for every face (formatters, diff/history, messages), so no plan,
 * file name or commit subject can move the cursor, erase a line, ring the
 * bell, fake a green result, reorder what a reader sees (bidi overrides) or
 * make one line a megabyte long. Pure: no Node imports (the engine uses it).
 */

/** The longest message any face prints (characters); longer ones end in `…`. */
export const MAX_MESSAGE = 500;

/** The longest output line of a formatter (characters), file name, position and escapes included. */
export const MAX_LINE = 2000;

/**
 * Characters that are never printed as they are: C0 controls, DEL, C1
 * controls (CSI U+009B is an escape on its own), line and paragraph
 * separators, the bidi embeddings, overrides and isolates (U+202A–202E,
 * U+2066–2069) and the marks U+200E, U+200F, U+061C.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
// eslint-disable-next-line no-control-regex
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

/** The same set, not global: a quick test first, since nearly every text is clean (one pass, no copy). */
const ANY = new RegExp(CONTROL.source);

/** Control characters as `?`, text longer than `max` cut with `…` (never inside a surrogate pair). */
export function clean(text: string, max = 120): string {
  return cut(ANY.test(text) ? text.replace(CONTROL, '?') : text, max);
}

/** One line of readable text: line breaks and tabs become one space, other controls `?`, then cut. */
export function oneLine(text: string, max = MAX_MESSAGE): string {
  return cut(ANY.test(text) ? text.replace(BREAKS, ' ').replace(CONTROL, '?') : text, max);
}

/** Whether `text` holds anything `clean` would replace (for tests and assertions). */
export function hasControl(text: string): boolean {
  return ANY.test(text);
}

/** `text` cut to at most `max` characters (the last one `…`), never splitting a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * JSON text with no raw control, separator or bidi character: JSON escapes
 * C0 itself; DEL, C1 (a terminal may take U+009B for ESC [), U+2028/2029
 * and the bidi controls become `\uXXXX` too — the same value, nothing raw.
 */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
