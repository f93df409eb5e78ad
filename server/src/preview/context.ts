/**
 * What every part of the canvas shares while it is drawn: the analysis, the
 * language, and the tiles. A tile is any element that stands for one canvas
 * item: it carries the item, an id, and the plan lines it came from
 * (1-based, for the two-way link with the editor), and it shows the
 * diagnostics that concern it.
 *
 * Diagnostics go to the most specific tile whose item is a prefix of the
 * diagnostic's item (`pitfalls/pilot-conditions/0` → that condition's tile,
 * else the pitfall's, else the part's); what no tile claims goes to the
 * "whole plan" tile (item ''). Since that needs every tile first, a tile
 * leaves a placeholder comment that `resolve` fills in at the end — plan
 * text is always escaped, so no `<!--` in the output can come from the plan.
 */
import { missingRange, nodeAt, pairAt, type PlanDoc } from '../model/plan.js';
import type { Diagnostic, Lang, PlanPath } from '../model/types.js';
import type { YNode, YPair } from '../model/yamlTree.js';
import type { Analysis } from '../lint.js';
import type { ActionFact, PartnerFact } from '../model/facts.js';
import { cls, esc } from './html.js';
import { canvasTerm, label, value } from './labels.js';
import type { EditKit, FixTitle } from './edit/controls.js';

/** Where a tile's lines come from: a node, a map entry (key to end of value), or something missing (where it would go). */
export type Source = { node: YNode } | { pair: YPair } | { missing: PlanPath } | { file: true };

export interface TileMark {
  /** `class="…" id=… data-…` for the tile's element (the caller adds its own classes via `extra`). */
  attrs: string;
  /** The placeholder for this tile's findings: put it where they should appear. */
  findings: string;
  id: string;
}

interface TileEntry {
  items: string[];
  assigned: Diagnostic[];
  empty: string;
}

/** What the face knows and the engine must not find out itself (no clock, no git in here). */
export interface SheetMeta {
  /** The date the sheets show, as the face wants it written (`2026-12-01`). */
  date?: string;
  /** The git revision the sheets show (short hash); absent outside git. */
  revision?: string;
  /** The file differs from that revision. */
  dirty?: boolean;
}

/** The canvas editor's mode (preview/edit/): its controls, and the quick fixes of each finding. */
export interface EditMode {
  kit: EditKit;
  fixes(d: Diagnostic): FixTitle[];
}

export class Ctx {
  readonly doc: PlanDoc;
  private readonly tiles: TileEntry[] = [];
  private readonly ids = new Map<string, number>();

  private readonly partners = new Map<string, PartnerFact>();
  private readonly actions = new Map<string, ActionFact>();

  /** The editor's controls when the sheets are drawn as the canvas editor; undefined for the preview and `render`. */
  readonly edit: EditKit | undefined;
  private readonly fixes: EditMode['fixes'] | undefined;

  constructor(readonly analysis: Analysis, readonly lang: Lang, readonly meta: SheetMeta = {}, mode?: EditMode) {
    this.doc = analysis.doc;
    this.edit = mode?.kit;
    this.fixes = mode?.fixes;
    // First declaration wins, as in the rules (a duplicate id is SP005's finding).
    for (const p of analysis.facts.partners) if (p.id !== undefined && !this.partners.has(p.id)) this.partners.set(p.id, p);
    for (const a of analysis.facts.actions) if (a.id !== undefined && !this.actions.has(a.id)) this.actions.set(a.id, a);
  }

  partner(id: string): PartnerFact | undefined {
    return this.partners.get(id);
  }

  action(id: string): ActionFact | undefined {
    return this.actions.get(id);
  }

  l(key: string): string {
    return label(this.lang, key);
  }

  /** A canvas term from model/canvas.ts (`route.in`, `ingredient.financing`, `status.partial` …). */
  term(key: string): string {
    return canvasTerm(this.lang, key);
  }

  v(list: string, v: string): string {
    return value(this.lang, list, v);
  }

  /** The id a tile for `item` gets (stable, so in-page links like `#sp-actions-a1` work). */
  idFor(item: string): string {
    return `sp-${cls(item.replace(/\//g, '-')) || 'plan'}`;
  }

  /**
   * Registers a tile. `items`: the canvas item first (it becomes data-item),
   * then other spellings a rule may use for the same thing (`partners/3` for
   * a partner without id).
   */
  tile(items: string[], source: Source, extraClass = '', empty = ''): TileMark {
    return this.mark(items, source, `tile ${extraClass}`, empty);
  }

  /** As `tile`, with the classes given whole (a part's section is marked, but is not a tile). `empty`: HTML shown when nothing concerns it. */
  mark(items: string[], source: Source, classes: string, empty = ''): TileMark {
    let id = this.idFor(items[0] ?? '');
    const seen = this.ids.get(id) ?? 0;
    this.ids.set(id, seen + 1);
    if (seen > 0) id = `${id}-${seen + 1}`;
    const n = this.tiles.push({ items, assigned: [], empty }) - 1;
    const { start, end, missing } = this.lines(source);
    const all = [...classes.split(' '), missing ? 'missing' : ''].filter(Boolean).join(' ');
    return {
      id,
      attrs: `class="${all}" id="${id}" data-item="${esc(items[0] ?? '')}" data-start-line="${start}" data-end-line="${end}"`,
      findings: `<!--sp-findings:${n}-->`,
    };
  }

  /** The source for the thing at `path`: its map entry, else its node (a list item), else where it is missing. */
  at(path: PlanPath): Source {
    const pair = pairAt(this.doc, path);
    if (pair) return { pair };
    const node = nodeAt(this.doc, path);
    return node ? { node } : { missing: path };
  }

  /** 1-based first and last line of a source; trailing blank lines and line breaks are not the tile's. */
  lines(source: Source): { start: number; end: number; missing: boolean } {
    const lines = this.doc.lines;
    if ('file' in source) return { start: 1, end: Math.max(1, lines.lineCount), missing: false };
    if ('missing' in source) {
      const line = missingRange(this.doc, source.missing).start.line + 1;
      return { start: line, end: line, missing: true };
    }
    const from = 'pair' in source ? source.pair.keyStart : source.node.start;
    let to = 'pair' in source ? source.pair.value.end : source.node.end;
    const text = this.doc.text;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    const start = lines.position(from).line + 1;
    return { start, end: Math.max(start, lines.position(Math.max(from, to - 1)).line + 1), missing: false };
  }

  /** Places every diagnostic on its tile and fills in the placeholders. */
  resolve(html: string): string {
    const byKey = this.tileIndex();
    for (const d of this.analysis.diagnostics) this.owner(byKey, d.item ?? '')?.assigned.push(d);
    return html.replace(/<!--sp-findings:(\d+)-->/g, (_m, n: string) => {
      const t = this.tiles[Number(n)]!;
      return t.assigned.length ? this.findingsHtml(t.assigned) : t.empty;
    });
  }

  /** Diagnostics that a part holds in all (its tiles included), for the overview. */
  countUnder(prefix: string): number {
    return this.analysis.diagnostics.filter((d) => d.item === prefix || (d.item ?? '').startsWith(`${prefix}/`)).length;
  }

  /** As countUnder, by severity. */
  severitiesUnder(prefix: string): Record<Diagnostic['severity'], number> {
    const out = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const d of this.analysis.diagnostics) if (d.item === prefix || (d.item ?? '').startsWith(`${prefix}/`)) out[d.severity]++;
    return out;
  }

  private tileIndex(): Map<string, TileEntry> {
    const byKey = new Map<string, TileEntry>();
    for (const t of this.tiles) for (const key of t.items) if (!byKey.has(key)) byKey.set(key, t);
    return byKey;
  }

  /** The tile with the longest item that is a prefix of `item` (whole segments), else the whole-plan tile. */
  private owner(byKey: Map<string, TileEntry>, item: string): TileEntry | undefined {
    let key = item;
    for (;;) {
      const t = byKey.get(key);
      if (t) return t;
      if (key === '') return undefined;
      const cut = key.lastIndexOf('/');
      key = cut < 0 ? '' : key.slice(0, cut);
    }
  }

  private findingsHtml(ds: Diagnostic[]): string {
    const rows = ds.map((d) => {
      const sev = this.v('severity', d.severity);
      const code = /^https:\/\//.test(d.docUrl) ? `<a href="${esc(d.docUrl)}" rel="noopener noreferrer">${esc(d.code)}</a>` : esc(d.code);
      // In the editor, a finding's quick fixes are buttons on its tile.
      const fixes = this.edit && this.fixes ? this.edit.fixButtons(d, this.fixes(d)) : '';
      return `<li class="finding sev-${cls(d.severity)}" data-line="${d.range.start.line + 1}"><span class="sev">${esc(sev)}</span> <span class="code">${code}</span> ${esc(d.message)}${fixes}</li>`;
    });
    return `<ul class="findings" aria-label="${esc(this.l('findings'))}">${rows.join('')}</ul>`;
  }
}
