/**
 * A tiny, strict HTML reader for the renderer's output (not a general HTML
 * parser): our markup always double-quotes attributes and escapes `<`/`>` in
 * text, so a tag regex suffices. It throws on a close tag that does not
 * match — an attribute breakout or a stray tag from plan text would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, type Analysis } from '../server/src/lint';
import type { Lang } from '../server/src/model/types';

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: (El | string)[];
  parent?: El;
}

const VOID = new Set(['meta', 'link', 'br', 'hr', 'img', 'input', 'col', 'area', 'base', 'wbr', 'source']);
const TOKEN = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=>/"']+(?:="[^"]*")?)*)\s*(\/?)>|[^<]+|</gi;
const ATTR = /([^\s=>/"']+)(?:="([^"]*)")?/g;

export function decode(s: string): string {
  return s.replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    return String.fromCodePoint(k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });
}

export function parseHtml(html: string): El {
  const root: El = { tag: '#root', attrs: {}, children: [] };
  let cur = root;
  for (const m of html.matchAll(TOKEN)) {
    const [tok, close, tag, attrText, selfClose] = m;
    if (tok === '<') throw new Error(`a bare '<' at ${m.index}: ${html.slice(m.index, m.index + 60)}`);
    if (tok.startsWith('<!')) continue;
    if (!tag) {
      cur.children.push(decode(tok));
      continue;
    }
    const name = tag.toLowerCase();
    if (close) {
      if (cur.tag !== name) throw new Error(`</${name}> closes <${cur.tag}> at ${m.index}: ${html.slice(Math.max(0, m.index - 80), m.index + 20)}`);
      cur = cur.parent!;
      continue;
    }
    const attrs: Record<string, string> = Object.create(null);
    for (const a of (attrText ?? '').matchAll(ATTR)) attrs[a[1]!.toLowerCase()] = decode(a[2] ?? '');
    const el: El = { tag: name, attrs, children: [], parent: cur };
    cur.children.push(el);
    if (!VOID.has(name) && !selfClose) cur = el;
  }
  if (cur !== root) throw new Error(`<${cur.tag}> is never closed`);
  return root;
}

export function all(el: El, pred: (e: El) => boolean = () => true): El[] {
  const out: El[] = [];
  const walk = (e: El): void => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (pred(c)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

export function one(el: El, pred: (e: El) => boolean, what = 'element'): El {
  const found = all(el, pred);
  if (found.length !== 1) throw new Error(`expected one ${what}, found ${found.length}`);
  return found[0]!;
}

export function textOf(el: El | string): string {
  return typeof el === 'string' ? el : el.children.map(textOf).join('');
}

export const hasClass = (c: string) => (e: El): boolean => (e.attrs['class'] ?? '').split(/\s+/).includes(c);
export const byItem = (item: string) => (e: El): boolean => e.attrs['data-item'] === item;

/** The findings a tile shows itself (not those of tiles inside it): `[code, message]`. */
export function ownFindings(tile: El): { code: string; severity: string; text: string }[] {
  const lists = all(tile, hasClass('findings')).filter((ul) => nearestTile(ul) === tile);
  return lists.flatMap((ul) => all(ul, hasClass('finding')).map((li) => ({
    code: textOf(one(li, hasClass('code'), 'code')).trim(),
    severity: (li.attrs['class'] ?? '').replace(/.*sev-(\w+).*/, '$1'),
    text: textOf(li),
  })));
}

export function nearestTile(el: El): El | undefined {
  for (let p = el.parent; p; p = p.parent) if (p.attrs['data-item'] !== undefined && !hasClass('part-card')(p)) return p;
  return undefined;
}

export const FIXTURES = join(__dirname, 'fixtures/preview');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function analysed(text: string, lang: Lang = 'en'): Analysis {
  return analyse(text, { lang });
}
