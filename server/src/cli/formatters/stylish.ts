/**
 * `--format stylish` (the default), after ESLint's: findings grouped per
 * file in aligned columns `line:col  severity  message  code`, then one
 * summary line. Colours only on a terminal without NO_COLOR.
 */
import type { Lang, Severity } from '../../model/types.js';
import { fileText, messageText, place, type FileResult, type FormatContext } from './types.js';

/** Messages longer than this are not padded: one long message must not widen every row (issue 11.5). */
const MESSAGE_COLUMN = 160;

const WORD: Record<Lang, Record<Severity, string>> = {
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
  nl: { error: 'fout', warning: 'waarschuwing', info: 'info', hint: 'tip' },
};

/** The mark after a finding that is new since `--new-since REV`. */
const NEW: Record<Lang, string> = { en: 'new', nl: 'nieuw' };

const SGR: Record<string, [number, number]> = {
  bold: [1, 22], dim: [2, 22], underline: [4, 24], red: [31, 39], yellow: [33, 39], blue: [34, 39], cyan: [36, 39], green: [32, 39],
};
const TONE: Record<Severity, string> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'cyan' };

export function stylish(results: readonly FileResult[], ctx: FormatContext): string {
  const paint = (style: string, s: string): string => {
    if (!ctx.color) return s;
    const [on, off] = SGR[style]!;
    return `\u001b[${on}m${s}\u001b[${off}m`;
  };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const blocks: string[] = [];
  let fresh = 0;
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    const rows = r.diagnostics.map((d) => {
      counts[d.severity]++;
      const p = place(d);
      const mark = r.fresh?.has(d) ? `  ${NEW[ctx.lang]}` : '';
      if (mark) fresh++;
      return { line: String(p.line), col: String(p.column), sev: d.severity, word: WORD[ctx.lang][d.severity], msg: messageText(d), code: d.code, mark };
    });
    const w = (f: (x: (typeof rows)[number]) => string): number => Math.max(...rows.map((x) => f(x).length));
    const [wl, wc, ws] = [w((x) => x.line), w((x) => x.col), w((x) => x.word)];
    const wm = Math.min(MESSAGE_COLUMN, w((x) => x.msg));
    const lines = rows.map((x) => {
      const at = paint('dim', `${x.line.padStart(wl)}:${x.col}`) + ' '.repeat(wc - x.col.length);
      const sev = paint(TONE[x.sev]!, x.word) + ' '.repeat(ws - x.word.length);
      return `  ${at}  ${sev}  ${x.msg}${' '.repeat(Math.max(0, wm - x.msg.length))}  ${paint('dim', x.code)}${x.mark ? paint('bold', x.mark) : ''}`;
    });
    blocks.push(`${paint('underline', fileText(r.file))}\n${lines.join('\n')}\n`);
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) return `${paint('green', '✔')} ${ctx.lang === 'nl' ? 'geen problemen' : 'no problems'}\n`;
  const tone = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'blue';
  const summary = paint(tone, paint('bold', `✖ ${summaryText(counts, total, ctx.lang)}`));
  const since = ctx.newSince === undefined ? '' : `${ctx.lang === 'nl' ? `${fresh} nieuw sinds ${ctx.newSince}` : `${fresh} new since ${ctx.newSince}`}\n`;
  return `${blocks.join('\n')}\n${summary}\n${since}`;
}

function summaryText(c: Record<Severity, number>, total: number, lang: Lang): string {
  const n = (k: number, one: string, many: string): string => `${k} ${k === 1 ? one : many}`;
  const nl = lang === 'nl';
  const parts = [
    nl ? n(c.error, 'fout', 'fouten') : n(c.error, 'error', 'errors'),
    nl ? n(c.warning, 'waarschuwing', 'waarschuwingen') : n(c.warning, 'warning', 'warnings'),
  ];
  if (c.info > 0) parts.push(`${c.info} info`);
  if (c.hint > 0) parts.push(nl ? n(c.hint, 'tip', 'tips') : n(c.hint, 'hint', 'hints'));
  const head = nl ? n(total, 'probleem', 'problemen') : n(total, 'problem', 'problems');
  return `${head} (${parts.join(', ')})`;
}
