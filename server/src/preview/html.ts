/**
 * HTML building blocks. Every string from the plan passes through `esc`
 * (text and attribute values alike — attributes are always double-quoted),
 * so plan text can never become markup.
 */
import type { YNode } from '../model/yamlTree.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** The text of a scalar (numbers, booleans and dates as written); undefined for lists, maps and empty values. */
export function text(n: YNode | undefined): string | undefined {
  if (n?.kind !== 'scalar' || n.value === null) return undefined;
  const s = String(n.value);
  return s.trim() === '' ? undefined : s;
}

export function items(n: YNode | undefined): YNode[] {
  return n?.kind === 'seq' ? n.items : [];
}

export function child(n: YNode | undefined, key: string): YNode | undefined {
  return n?.kind === 'map' ? n.byKey.get(key)?.value : undefined;
}

/** A value written as one item or as a list of items (`strategy`, `after`). */
export function oneOrMany(n: YNode | undefined): YNode[] {
  if (!n) return [];
  return n.kind === 'seq' ? n.items : [n];
}

/** A small labelled badge; `kind` becomes a class, `label` is visible text (never colour alone). */
export function badge(kind: string, label: string): string {
  return `<span class="badge ${cls(kind)}">${esc(label)}</span>`;
}

/** A class name from a value that may come from the plan: only safe characters survive. */
export function cls(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60);
}

/** `<dl>` rows for the values that are there; `values` are HTML already. */
export function fields(rows: [string, string | undefined][]): string {
  const present = rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== '');
  if (present.length === 0) return '';
  return `<dl class="fields">${present.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>`;
}

export function list(itemsHtml: string[], className = 'plain'): string {
  return itemsHtml.length ? `<ul class="${className}">${itemsHtml.map((i) => `<li>${i}</li>`).join('')}</ul>` : '';
}
