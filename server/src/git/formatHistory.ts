/**
 * A PlanHistory as text (terminal: two lines per commit), JSON (stable,
 * docs/ci.md) or Markdown (one table row per commit).
 */
import { safeJson } from '../text.js';
import type { Lang } from '../model/types.js';
import { code, columns, flat, md, PART_NAMES, PARTS, readinessCells, say, shortHash, type Part, type ReportFormat } from './format.js';
import type { HistoryRow, PlanHistory } from './history.js';

export function formatHistory(history: PlanHistory, format: ReportFormat, lang: Lang): string {
  if (format === 'json') return `${safeJson(history, 2)}\n`;
  return format === 'markdown' ? markdown(history, lang) : text(history, lang);
}

/** A history row shows the same summary rows as `diff` (SPEC §5: one summary). */
const SHOWN: readonly Part[] = PARTS;

function title(h: PlanHistory, lang: Lang, file: string): string {
  const n = h.commits.length;
  return say(lang,
    `Gereedheid van ${file} per commit (${n} ${n === 1 ? 'commit' : 'commits'}, nieuwste eerst)`,
    `Readiness of ${file} by commit (${n} ${n === 1 ? 'commit' : 'commits'}, newest first)`);
}

function none(lang: Lang, file: string): string {
  return say(lang, `Nog geen commit heeft ${file} gewijzigd.`, `No commit has touched ${file} yet.`);
}

/** What happened to the plan in this commit, when it is more than an edit. */
function note(r: HistoryRow, lang: Lang, mdown: boolean): string {
  const p = (s: string | null): string => (s === null ? '' : mdown ? code(s) : flat(s));
  switch (r.change) {
    case 'added':
      return say(lang, 'plan toegevoegd', 'plan added');
    case 'deleted':
      return say(lang, 'plan verwijderd', 'plan deleted');
    case 'renamed':
      return say(lang, `hernoemd van ${p(r.previousPath)}`, `renamed from ${p(r.previousPath)}`);
    case 'copied':
      return say(lang, `gekopieerd van ${p(r.previousPath)}`, `copied from ${p(r.previousPath)}`);
    case 'merged':
      return say(lang, 'samenvoeging', 'merge');
    default:
      return '';
  }
}

const day = (iso: string): string => iso.slice(0, 10);

function text(h: PlanHistory, lang: Lang): string {
  if (h.commits.length === 0) return `${none(lang, flat(h.file))}\n`;
  const out = [title(h, lang, flat(h.file)), ''];
  for (const r of h.commits) {
    const n = note(r, lang, false);
    out.push(`${shortHash(r.commit)}  ${day(r.date)}  ${flat(r.author, 60)}  ${flat(r.subject)}${n ? `  [${n}]` : ''}`);
    if (!r.readiness) continue;
    const cells = readinessCells(r.readiness, lang);
    out.push(...columns(SHOWN.map((p) => [`         ${PART_NAMES[p][lang]}`, cells[p]])));
  }
  return `${out.join('\n')}\n`;
}

function markdown(h: PlanHistory, lang: Lang): string {
  const file = code(h.file);
  if (h.commits.length === 0) return `${none(lang, file)}\n`;
  const head = [say(lang, 'Commit', 'Commit'), say(lang, 'Datum', 'Date'), say(lang, 'Auteur', 'Author'), say(lang, 'Omschrijving', 'Subject'), ...SHOWN.map((p) => PART_NAMES[p][lang])];
  const out = [`### ${title(h, lang, file)}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of h.commits) {
    const n = note(r, lang, true);
    const cells = readinessCells(r.readiness, lang);
    const subject = `${md(r.subject)}${n ? ` (${n})` : ''}`;
    const parts = r.readiness ? SHOWN.map((p) => md(cells[p])) : SHOWN.map(() => '—');
    out.push(`| ${code(shortHash(r.commit))} | ${day(r.date)} | ${md(r.author)} | ${subject} | ${parts.join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}
