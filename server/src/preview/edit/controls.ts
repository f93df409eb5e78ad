/**
 * The canvas editor's controls (issue 16), as HTML. Each control carries
 * its intent as JSON in `data-intent` — always a whole, valid intent of
 * edits/intentTypes.ts, with the value the plan has now; the webview script
 * (media/canvasEditor.ts) puts in what the user chose or typed and posts it.
 * Paths come from the YAML tree and the facts (list indexes, keys), never
 * from a text search. Every control has a stable `id` (derived from its
 * path, so focus can be restored after the canvas is redrawn) and an
 * accessible name in the reader's language; all are native form controls
 * in reading order (no tabindex), so Tab walks them as the sheets read.
 *
 * Conventions the script relies on (docs/canvas-editor.md):
 * * `select`, text `input`, `textarea` with `data-intent` (a `set`): on
 *   change / Enter the value replaces `value`; an empty value sends
 *   `data-empty-intent` (a `remove`) when there is one, else `value: null`.
 * * a checkbox or `button` with `data-intent`: sent as it is.
 * * a `form` with `data-intent` (`add`, `link`): its `[data-field]`
 *   controls fill `item[field]` (`.`: the item itself) or, for `link`, `id`.
 */
import type { Intent } from '../../edits/intentTypes.js';
import { nodeAt, pairAt, type PlanDoc } from '../../model/plan.js';
import type { Lang, PlanPath } from '../../model/types.js';
import { schemaAt } from '../../schema/load.js';
import { esc } from '../html.js';
import { editLabel, optionLabel } from './labels.js';

export interface Option {
  value: string;
  label: string;
}

/** A fix as the editor shows it (edits/fixes.ts `Fix`, its title is all we need). */
export interface FixTitle {
  title: string;
}

export interface FieldSpec {
  field: string;
  label: string;
  /** `ref`: a partner or action id, from `refs` (a select, or for long lists a text field with the shared datalist). */
  kind: 'text' | 'date' | 'select' | 'ref';
  options?: Option[];
  list?: RefList;
  /** The first option of a select that may stay empty ("— no owner"). */
  empty?: string;
  required?: boolean;
}

/** The plan's declared ids a control may refer to. */
export type RefList = 'partners' | 'actions';
export type Refs = Record<RefList, Option[]>;

/**
 * Up to this many partners or actions, a reference is a select; beyond it a
 * text field with one shared datalist per list — a select per action with
 * every partner in it would make a 300-partner, 1,000-action plan's canvas
 * tens of megabytes.
 */
export const SELECT_MAX = 40;

function attrJson(v: unknown): string {
  return esc(JSON.stringify(v));
}

export class EditKit {
  private readonly ids = new Map<string, number>();
  private readonly usedLists = new Set<RefList>();
  private readonly enums = new Map<string, string[]>();

  constructor(readonly lang: Lang, readonly refs: Refs, private readonly doc: PlanDoc) {}

  /**
   * Whether the engine can write `path`: it is there, or the schema has a
   * place for it and the nearest part of it that is there is a map, an empty
   * value or a list (`routes:` with only comments under it is empty). A
   * control for a path under a text where a map belongs (`routes: yes`) is
   * not drawn: SP002 says what is wrong there, and no intent could be carried out.
   */
  writable(path: PlanPath): boolean {
    if (nodeAt(this.doc, path) || pairAt(this.doc, path)) return true;
    if (!schemaAt(path)) return false;
    for (let n = path.length - 1; n >= 0; n--) {
      const parent = n === 0 ? this.doc.root : nodeAt(this.doc, path.slice(0, n));
      if (!parent) continue;
      if (parent.kind === 'scalar') return parent.value === null;
      return parent.kind === 'map' || typeof path[n] === 'number';
    }
    return false;
  }

  l(key: string, ...args: (string | number)[]): string {
    return editLabel(this.lang, key, ...args);
  }

  /** A unique id from a path and a role (`ed-ingredients_needs_status`); a second use gets `-2`. */
  id(path: PlanPath, role = ''): string {
    const base = `ed-${path.map(String).join('_').replace(/[^A-Za-z0-9_-]/g, '-')}${role ? `--${role}` : ''}`;
    const seen = this.ids.get(base) ?? 0;
    this.ids.set(base, seen + 1);
    return seen === 0 ? base : `${base}-${seen + 1}`;
  }

  /** The values the schema allows at `path` (its `null` is the "not set" option every select has). */
  enumAt(path: PlanPath): string[] {
    // Cached by the path's shape (list indexes alike): a long action list asks the same schema node a thousand times.
    const key = path.map((s) => (typeof s === 'number' ? '#' : s)).join('/');
    let out = this.enums.get(key);
    if (!out) {
      const at = schemaAt(path);
      out = (at?.enum ?? at?.items?.enum ?? []).filter((v): v is string => typeof v === 'string');
      this.enums.set(key, out);
    }
    return out;
  }

  /** A select of the schema's values at `path`, named after `list` (labels.ts `optionLabel`). */
  enumSelect(path: PlanPath, list: string, current: string | undefined, name: string, exists = current !== undefined): string {
    const options = this.enumAt(path).map((v) => ({ value: v, label: optionLabel(this.lang, list, v) }));
    return this.select(path, current, options, name, this.l('none'), exists);
  }

  /** A select that sets the value at `path`; the empty option removes it. A value outside the list stays shown, marked. */
  select(path: PlanPath, current: string | undefined, options: Option[], name: string, emptyLabel = this.l('none'), exists = current !== undefined): string {
    if (!this.writable(path)) return '';
    const opts = [`<option value=""${current === undefined ? ' selected' : ''}>${esc(emptyLabel)}</option>`];
    for (const o of options) opts.push(`<option value="${esc(o.value)}"${o.value === current ? ' selected' : ''}>${esc(o.label)}</option>`);
    if (current !== undefined && !options.some((o) => o.value === current)) {
      opts.push(`<option value="${esc(current)}" data-invalid selected>${esc(`${current} (${this.l('notInList')})`)}</option>`);
    }
    const intent: Intent = { kind: 'set', path, value: current ?? null };
    return `<select class="ed-select" id="${this.id(path)}" aria-label="${esc(name)}" data-intent="${attrJson(intent)}"${this.emptyIntent(path, exists)}>${opts.join('')}</select>`;
  }

  /** A partner (or action) reference at `path`: a select of the declared ids, or for a long list a text field with the shared datalist. */
  ref(path: PlanPath, list: RefList, current: string | undefined, name: string, emptyLabel: string): string {
    const options = this.refs[list];
    if (!this.writable(path)) return '';
    if (options.length <= SELECT_MAX) return this.select(path, current, options, name, emptyLabel);
    this.usedLists.add(list);
    const intent: Intent = { kind: 'set', path, value: current ?? null };
    return `<input class="ed-text ed-ref" type="text" list="ed-list-${list}" value="${esc(current ?? '')}" id="${this.id(path)}" aria-label="${esc(name)}" data-intent="${attrJson(intent)}"${this.emptyIntent(path, current !== undefined)}>`;
  }

  /** The shared datalists the long reference fields use (put once, after the sheets). */
  datalists(): string {
    return [...this.usedLists].map((list) => `<datalist id="ed-list-${list}">${this.refs[list].map((o) => `<option value="${esc(o.value)}">${esc(o.label)}</option>`).join('')}</datalist>`).join('');
  }

  /** In-place text: an input (or a textarea for Markdown and long text) that sets the value at `path` on change or Enter. */
  text(path: PlanPath, current: string | undefined, name: string, opts: { multiline?: boolean; date?: boolean; exists?: boolean } = {}): string {
    if (!this.writable(path)) return '';
    const intent: Intent = { kind: 'set', path, value: current ?? null };
    // A value the schema requires (a name, a title): said to screen readers; emptied, the engine refuses and says why.
    const last = path[path.length - 1];
    const required = typeof last === 'string' && (schemaAt(path.slice(0, -1))?.required ?? []).includes(last) ? ' required aria-required="true"' : '';
    const common = `id="${this.id(path)}" aria-label="${esc(name)}" data-intent="${attrJson(intent)}"${this.emptyIntent(path, opts.exists ?? current !== undefined)}${required}`;
    if (opts.multiline) {
      const rows = Math.min(8, Math.max(2, Math.ceil((current ?? '').length / 60) + ((current ?? '').match(/\n/g)?.length ?? 0)));
      return `<textarea class="ed-text ed-long" rows="${rows}" ${common}>${esc(current ?? '')}</textarea>`;
    }
    // A date the plan writes some other way stays a text field, so the browser does not blank it.
    const type = opts.date && (current === undefined || /^\d{4}-\d{2}-\d{2}$/.test(current)) ? 'date' : 'text';
    return `<input class="ed-text" type="${type}" value="${esc(current ?? '')}" ${common}>`;
  }

  /** A checkbox that sends `intent` when toggled (the intent for the other state: the canvas is redrawn after each edit). */
  toggle(path: PlanPath, checked: boolean, intent: Intent, name: string, role = 'on'): string {
    if (intent.kind !== 'fix' && !this.writable(intent.path)) return '';
    const id = this.id(path, role);
    return `<input type="checkbox" class="ed-toggle" id="${id}" aria-label="${esc(name)}" data-intent="${attrJson(intent)}"${checked ? ' checked' : ''}>`;
  }

  button(intent: Intent, text: string, name: string, id: string, extra = ''): string {
    return `<button type="button" class="ed-button" id="${id}"${name === text ? '' : ` aria-label="${esc(name)}"`} data-intent="${attrJson(intent)}"${extra}>${esc(text)}</button>`;
  }

  /** A control with a visible label above it (its accessible name stays its own aria-label, which says what it belongs to). */
  labelled(label: string, control: string): string {
    return `<label class="ed-field"><span class="ed-field-label">${esc(label)}</span>${control}</label>`;
  }

  /** A remove button for the list item or map entry at `path`; `what` names it ("partner Movisie"). */
  remove(path: PlanPath, what: string): string {
    return this.button({ kind: 'remove', path }, `✕ ${this.l('remove')}`, `${this.l('remove')} ${what}`, this.id(path, 'remove'), ' data-role="remove"');
  }

  /** The quick fixes of a finding, one button each (the intent names the finding by code and start). */
  fixButtons(d: { code: string; range: { start: { line: number; character: number } } }, fixes: FixTitle[]): string {
    if (fixes.length === 0) return '';
    const { line, character } = d.range.start;
    const buttons = fixes.map((f, index) => {
      const intent: Intent = { kind: 'fix', code: d.code, line, character, index };
      return this.button(intent, f.title, f.title, this.id(['fix', d.code, line, character, index]), ` data-fix-index="${index}"`);
    });
    return `<span class="ed-fixes" role="group" aria-label="${esc(`${this.l('fixes')} ${d.code}`)}">${buttons.join('')}</span>`;
  }

  /**
   * The actions linked at `path` (`…/actions`) as chips with an unlink
   * button each, then a select of the other actions and a link button.
   */
  actionLinks(path: PlanPath, linked: string[], what: string): string {
    const listPath = [...path, 'actions'];
    const chips = linked.map((id) => {
      const name = this.l('unlink', id);
      return `<li class="ed-chip"><span>${esc(id)}</span>${this.button({ kind: 'unlink', path: listPath, id }, '✕', name, this.id(listPath, `unlink-${id}`))}</li>`;
    });
    const free = this.refs.actions.filter((a) => !linked.includes(a.value));
    const form = free.length === 0 ? '' : this.form(
      { kind: 'link', path: listPath, id: free[0]!.value },
      [{ field: 'id', label: this.l('linkAction', what), kind: 'ref', list: 'actions', options: free, required: true }],
      this.l('link'), listPath, 'link', this.l('linkAction', what),
    );
    return `<div class="ed-links">${chips.length ? `<ul class="ed-chips">${chips.join('')}</ul>` : ''}${form}</div>`;
  }

  /** A small form whose fields complete `intent` (an `add` item, or a `link` id); `name` is the form's accessible name. */
  form(intent: Intent, fields: FieldSpec[], submit: string, path: PlanPath, role: string, name: string): string {
    if (intent.kind !== 'fix' && !this.writable(intent.path)) return '';
    const formId = this.id(path, role);
    const inputs = fields.map((f) => {
      const id = `${formId}-${f.field === '.' ? 'value' : f.field}`;
      const req = f.required ? ' required' : '';
      let control: string;
      const options = f.kind === 'ref' ? f.options ?? this.refs[f.list ?? 'partners'] : f.options ?? [];
      if (f.kind === 'ref' && this.refs[f.list ?? 'partners'].length > SELECT_MAX) {
        this.usedLists.add(f.list ?? 'partners');
        control = `<input id="${id}" type="text" list="ed-list-${f.list ?? 'partners'}" data-field="${esc(f.field)}"${req}>`;
      } else if (f.kind === 'select' || f.kind === 'ref') {
        const opts = [...(f.empty === undefined ? [] : [{ value: '', label: f.empty }]), ...options].map((o) => `<option value="${esc(o.value)}">${esc(o.label)}</option>`);
        control = `<select id="${id}" data-field="${esc(f.field)}"${req}>${opts.join('')}</select>`;
      } else {
        control = `<input id="${id}" type="${f.kind === 'date' ? 'date' : 'text'}" data-field="${esc(f.field)}"${req}>`;
      }
      return `<label class="ed-field" for="${id}"><span class="ed-field-label">${esc(f.label)}</span>${control}</label>`;
    });
    return `<form class="ed-form ed-form-${esc(role)}" id="${formId}" aria-label="${esc(name)}" data-intent="${attrJson(intent)}">${inputs.join('')}<button type="submit" class="ed-button ed-submit" id="${formId}-submit">${esc(submit)}</button></form>`;
  }

  /** The "not set" intent of a value that is there: removing its entry (nothing to do for one that is absent). */
  private emptyIntent(path: PlanPath, exists: boolean): string {
    return exists ? ` data-empty-intent="${attrJson({ kind: 'remove', path } satisfies Intent)}"` : '';
  }
}
