/**
 * `--format sarif`: SARIF 2.1.0 for code scanning — one run, the whole rule
 * catalogue in `tool.driver.rules` (with help URIs), one result per finding.
 * GitHub accepts at most 25,000 results per run; past that we stop and say so.
 *
 * `partialFingerprints["scalingPlan/v1"]` = sha256(code \0 canvas item \0 n),
 * n counting findings of the same code on the same item in file order: no
 * line in it, so an alert keeps its identity when lines move. Findings a
 * suppression comment silenced are results too, with `suppressions` (kind
 * `inSource`, the reason after ` -- ` as justification): code scanning then
 * shows them as dismissed instead of forgetting them. With `--new-since`,
 * `baselineState` says `new` or `unchanged`.
 */
import { sha256 } from './hash.js';
import { docUrl } from '../../i18n.js';
import type { Diagnostic, Severity } from '../../model/types.js';
import { RULES } from '../../rules/index.js';
import { messageText, place, safeJson, type FileResult, type FormatContext } from './types.js';

export const MAX_SARIF_RESULTS = 25_000;
export const INFORMATION_URI = 'https://github.com/scaling-plans/scaling-plan';

/** The fingerprint's name, versioned: a change of recipe gets a new name, never new values under the old one. */
export const FINGERPRINT = 'scalingPlan/v1';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function sarif(results: readonly FileResult[], ctx: FormatContext): string {
  const index = new Map(RULES.map((r, i) => [r.code, i]));
  const out: object[] = [];
  let total = 0;
  for (const r of results) {
    const entries = [
      ...r.diagnostics.map((d) => ({ d, justification: undefined as string | undefined, suppressed: false })),
      ...(r.suppressed ?? []).map((x) => ({ d: x.diagnostic, justification: x.justification, suppressed: true })),
    ].sort((a, b) => byPosition(a.d, b.d));
    const seen = new Map<string, number>();
    for (const { d, justification, suppressed } of entries) {
      const key = `${d.code}\u0000${d.item}`;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      total++;
      if (out.length >= MAX_SARIF_RESULTS) continue;
      const p = place(d);
      const ruleIndex = index.get(d.code);
      out.push({
        ruleId: d.code,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: LEVEL[d.severity],
        message: { text: messageText(d) },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: toUri(r.file) },
            region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
          },
        }],
        ...relatedLocations(r.file, d),
        partialFingerprints: { [FINGERPRINT]: sha256(`${key}\u0000${n}`) },
        ...(suppressed ? { suppressions: [{ kind: 'inSource', ...(justification ? { justification } : {}) }] } : {}),
        ...(r.fresh && !suppressed ? { baselineState: r.fresh.has(d) ? 'new' : 'unchanged' } : {}),
      });
    }
  }
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'scaling-plan',
        version: ctx.version,
        informationUri: INFORMATION_URI,
        rules: RULES.map((r) => ({
          id: r.code,
          name: r.name,
          shortDescription: { text: r.description.en },
          fullDescription: { text: r.description[ctx.lang] },
          helpUri: docUrl(r.code, ctx.lang),
          help: { text: r.description[ctx.lang], markdown: `[${r.code} ${r.name}](${docUrl(r.code, ctx.lang)})` },
          defaultConfiguration: { level: LEVEL[r.severity] },
        })),
      },
    },
    columnKind: 'utf16CodeUnits',
    results: out,
  };
  if (total > out.length) {
    const rest = total - out.length;
    run['invocations'] = [{
      executionSuccessful: true,
      toolExecutionNotifications: [{
        level: 'warning',
        message: { text: ctx.lang === 'nl' ? `Nog ${rest === 1 ? '1 melding' : `${rest} meldingen`} weggelaten (SARIF-grens: ${MAX_SARIF_RESULTS}).` : `${rest === 1 ? '1 more finding' : `${rest} more findings`} left out (SARIF limit: ${MAX_SARIF_RESULTS}).` },
      }],
    }];
  }
  const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
  return `${safeJson(log, 2)}\n`;
}

/** SARIF `relatedLocations` (e.g. where SP404's declaration belongs); same file, ids from 1. */
function relatedLocations(file: string, d: Diagnostic): { relatedLocations?: object[] } {
  if (!d.related?.length) return {};
  return {
    relatedLocations: d.related.map((rel, i) => {
      const p = place({ ...d, range: rel.range });
      return {
        id: i + 1,
        message: { text: rel.message },
        physicalLocation: {
          artifactLocation: { uri: toUri(file) },
          region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
        },
      };
    }),
  };
}

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function toUri(file: string): string {
  return file.split('/').map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s))).join('/');
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
