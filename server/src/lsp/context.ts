/**
 * Where the cursor is for completion, read from the indentation of the text
 * as it is being typed. The YAML tree cannot be used here: a half-typed key
 * (`  fina`) is often not valid YAML yet, while its indentation already says
 * which mapping it belongs to. Returns undefined where we should not offer
 * anything (inside free text, block scalars, comments).
 */
export type Path = (string | number)[];

export interface CursorContext {
  /** `key`: a key of the map at `path`; `value`: the value at `path` (ends with a key or a list index). */
  mode: 'key' | 'value';
  path: Path;
  /** The word typed so far, and where it starts on the cursor's line. */
  prefix: string;
  wordStart: number;
  /** Keys already in the map (mode `key`) or items already in the list (a list item value). */
  taken: Set<string>;
  /** The cursor's line is a new list item (`- |`): the item may be a map or a scalar. */
  listItem: boolean;
  /** Value mode right after `key:` with no space yet: insert one. */
  needsSpace: boolean;
  /** Column where keys of the map at `path` start (for inserting nested keys). */
  column: number;
}

interface Shape {
  blank: boolean;
  /** Column of the first non-space character. */
  indent: number;
  /** Columns of the `- ` list markers at the start of the line. */
  markers: number[];
  /** Column of the content after the markers. */
  contentCol: number;
  key?: string;
  /** Text after `key:` (trimmed, comment removed). */
  value: string;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]},&*!|>%@`-][^#:]*?|-[^\s#:][^#:]*?)\s*:(?=\s|$)/;

export function shape(line: string): Shape {
  const m = /^( *)((?:-(?: +|$))*)(.*)$/.exec(line)!;
  const indent = m[1]!.length;
  const markers: number[] = [];
  let col = indent;
  for (const part of m[2]!.match(/-(?: +|$)/g) ?? []) {
    markers.push(col);
    col += part.length;
  }
  const rest = m[3]!;
  const blank = rest.trim() === '' && markers.length === 0 || rest.trimStart().startsWith('#') && markers.length === 0 || /^(---|\.\.\.)(\s|$)/.test(line);
  const k = KEY.exec(rest);
  const value = k ? rest.slice(k[0].length).replace(/(^|\s)#.*$/, '').trim() : rest.trim();
  return { blank, indent, markers, contentCol: col, key: k ? unquote(k[1]!.trim()) : undefined, value };
}

function unquote(s: string): string {
  if (s.startsWith('"') && s.endsWith('"')) return s.slice(1, -1).replace(/\\"/g, '"');
  if (s.startsWith("'") && s.endsWith("'")) return s.slice(1, -1).replace(/''/g, "'");
  return s;
}

/** Path of the map whose keys sit at `col`, for a line below line `at`. Null: not inside a map we know. */
export function mapPath(lines: string[], at: number, col: number): Path | null {
  for (let j = at - 1; j >= 0; j--) {
    const s = shape(lines[j]!);
    if (s.blank || s.indent >= col) continue;
    if (s.markers.length === 1 && (s.contentCol === col || (s.key === undefined && s.value === ''))) return itemPath(lines, j, s.markers[0]!);
    if (s.markers.length > 1) return null; // `- - x`: nested inline lists are not part of a plan
    if (s.key === undefined || s.contentCol > col || s.value !== '') return null; // inside free text
    const owner = s.markers.length === 1 ? itemPath(lines, j, s.markers[0]!) : mapPath(lines, j, s.contentCol);
    return owner && [...owner, s.key];
  }
  return [];
}

/** Path of the list item whose `- ` marker is at column `m` on line `at`. */
export function itemPath(lines: string[], at: number, m: number): Path | null {
  let index = 0;
  for (let j = at - 1; j >= 0; j--) {
    const s = shape(lines[j]!);
    if (s.blank || s.indent > m) continue;
    if (s.indent === m && s.markers[0] === m) {
      index++;
      continue;
    }
    if (s.key === undefined || s.value !== '' || s.markers.length > 1 || s.contentCol > m) return null;
    const owner = s.markers.length === 1 ? itemPath(lines, j, s.markers[0]!) : mapPath(lines, j, s.contentCol);
    return owner && [...owner, s.key, index];
  }
  return [index];
}

/** Keys already written in the map whose keys sit at `col` around line `at`. */
function siblingKeys(lines: string[], at: number, col: number, itemStartsHere: boolean): Set<string> {
  const keys = new Set<string>();
  const take = (s: Shape): void => {
    if (s.contentCol === col && s.key !== undefined) keys.add(s.key);
  };
  for (let j = itemStartsHere ? -1 : at - 1; j >= 0; j--) {
    const s = shape(lines[j]!);
    if (s.blank) continue;
    if (s.indent < col) {
      if (s.contentCol === col) take(s); // the first key of a list item: `- id: x`
      break;
    }
    take(s);
  }
  for (let j = at + 1; j < lines.length; j++) {
    const s = shape(lines[j]!);
    if (s.blank) continue;
    if (s.indent < col) break;
    take(s);
  }
  return keys;
}

/** Items already in a block list (`- x` at column `m`) around line `at`. */
function siblingItems(lines: string[], at: number, m: number): Set<string> {
  const items = new Set<string>();
  for (const dir of [-1, 1]) {
    for (let j = at + dir; j >= 0 && j < lines.length; j += dir) {
      const s = shape(lines[j]!);
      if (s.blank || s.indent > m) continue;
      if (s.indent < m || s.markers[0] !== m) break;
      if (s.key === undefined && s.value) items.add(unquote(s.value));
    }
  }
  return items;
}

export function cursorContext(text: string, line: number, character: number): CursorContext | undefined {
  const lines = text.split(/\r\n?|\n/); // line breaks as the line index counts them (a lone CR too)
  const full = lines[line];
  if (full === undefined) return undefined;
  const before = full.slice(0, character);
  if (/(^|\s)#/.test(before.replace(/"[^"]*"|'[^']*'/g, '""'))) return undefined; // in a comment
  const s = shape(before);
  if (s.markers.length > 1) return undefined;
  const rest = before.slice(s.contentCol);
  const listItem = s.markers.length === 1;
  const owner = listItem ? itemPath(lines, line, s.markers[0]!) : mapPath(lines, line, s.contentCol);
  if (!owner) return undefined;

  // Typing a key (or a bare list item, which may turn out to be a value).
  const word = /^[\w.-]*$/.exec(rest);
  if (word) {
    const taken = siblingKeys(lines, line, s.contentCol, listItem);
    if (listItem) for (const v of siblingItems(lines, line, s.markers[0]!)) taken.add(v);
    return { mode: 'key', path: owner, prefix: rest, wordStart: s.contentCol, taken, listItem, needsSpace: false, column: s.contentCol };
  }

  // Typing a value after `key:`.
  const kv = KEY.exec(rest);
  if (!kv) return undefined;
  const key = unquote(kv[1]!.trim());
  const afterColon = rest.slice(kv[0].length);
  const valueStart = s.contentCol + kv[0].length + (afterColon.length - afterColon.trimStart().length);
  const value = afterColon.trimStart();
  const path = [...owner, key];
  if (value.startsWith('[')) {
    // A flow list: `actions: [a1, a|`
    const inner = value.slice(1);
    if (inner.includes(']')) return undefined;
    const parts = inner.split(',');
    const current = parts[parts.length - 1]!;
    const typed = current.trimStart();
    if (!/^[\w.-]*$/.test(typed)) return undefined;
    const taken = new Set(parts.slice(0, -1).map((p) => unquote(p.trim())).filter((p) => p));
    return {
      mode: 'value', path: [...path, parts.length - 1], prefix: typed, wordStart: character - typed.length,
      taken, listItem: true, needsSpace: false, column: s.contentCol,
    };
  }
  if (!/^[\w.-]*$/.test(value)) return undefined;
  return {
    mode: 'value', path, prefix: value, wordStart: valueStart, taken: new Set(), listItem: false,
    needsSpace: afterColon.length === 0, column: s.contentCol,
  };
}
