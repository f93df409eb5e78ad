/**
 * SARIF for code scanning (SPEC §6.6): the log validates against the
 * official SARIF 2.1.0 JSON schema (vendored from the npm package
 * @microsoft/jest-sarif, `lib/schemas/sarif-2.1.0-rtm.5.json`, MIT); the
 * fingerprints follow code + canvas item, not lines; suppressed findings
 * are results with `suppressions` and the reason after ` -- `.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { sarif } from '../server/src/cli/formatters/sarif.js';
import type { FileResult } from '../server/src/cli/formatters/types.js';
import { analyse } from '../server/src/lint.js';

interface Result { ruleId: string; partialFingerprints: Record<string, string>; suppressions?: { kind: string; justification?: string }[]; locations: { physicalLocation: { region: { startLine: number } } }[]; baselineState?: string }

/** The schema is draft-04 (`id`); ajv 8 reads draft-07: the one keyword that differs is renamed, nothing else touched. */
function validator(): (log: unknown) => boolean {
  const schema = JSON.parse(readFileSync(join(__dirname, 'fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  delete schema['$schema'];
  schema['$id'] = schema['id'];
  delete schema['id'];
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }) // the schema's language pattern is not valid under the u flag;
  const validate = ajv.compile(schema);
  return (log) => {
    const ok = validate(log);
    if (!ok) console.error(JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    return ok;
  };
}

function ajvQuiet<T>(f: () => T): T {
  const error = console.error;
  console.error = () => undefined;
  try {
    return f();
  } finally {
    console.error = error;
  }
}

const PLAN = readFileSync(join(__dirname, 'fixtures/rules/SP404/fires-both.scaling.yaml'), 'utf8');
const ctx = { lang: 'en' as const, color: false, version: '1.0.0' };
const run = (text: string, file = 'plans/a.scaling.yaml'): Result[] => {
  const a = analyse(text);
  const r: FileResult = { file, diagnostics: a.diagnostics, suppressed: a.suppressed };
  return (JSON.parse(sarif([r], ctx)) as { runs: { results: Result[] }[] }).runs[0]!.results;
};

describe('SARIF 2.1.0', () => {
  const valid = validator();

  it('validates against the official schema, with suppressions and baseline states', () => {
    const examples = ['SP301/fires-some-missing.scaling.yaml', 'SP404/fires-both.scaling.yaml', 'SP007/fires-unused.scaling.yaml'];
    for (const e of examples) {
      let text: string;
      try {
        text = readFileSync(join(__dirname, 'fixtures/rules', e), 'utf8');
      } catch {
        continue;
      }
      const a = analyse(text);
      const fresh = new Set(a.diagnostics.slice(0, 1));
      const log = JSON.parse(sarif([{ file: e, diagnostics: a.diagnostics, suppressed: a.suppressed, fresh }], ctx)) as unknown;
      expect(valid(log)).toBe(true);
    }
    const suppressedPlan = `# scaling-disable SP204 -- strategie kiezen we in 2026\n${PLAN}`;
    const log = JSON.parse(sarif([{ file: 'x.scaling.yaml', ...(({ diagnostics, suppressed }) => ({ diagnostics, suppressed }))(analyse(suppressedPlan)) }], ctx)) as unknown;
    expect(valid(log)).toBe(true);
    // The validator does reject what is not SARIF.
    const bad = JSON.parse(JSON.stringify(log)) as { runs: { results: { suppressions?: unknown }[] }[] };
    bad.runs[0]!.results[0]!.suppressions = [{ kind: 'somewhere' }];
    expect(ajvQuiet(() => valid(bad))).toBe(false);
  });

  it('keeps every fingerprint when a block of lines moves', () => {
    const before = run(PLAN);
    // Move the `pilot:` block below everything else, and add a title comment above.
    const lines = PLAN.split('\n');
    const start = lines.findIndex((l) => l.startsWith('pilot:'));
    let end = start + 1;
    while (end < lines.length && (lines[end]!.startsWith(' ') || lines[end] === '')) end++;
    const moved = ['# Verplaatst', ...lines.slice(0, start), ...lines.slice(end), ...lines.slice(start, end)].join('\n');
    const after = run(`${moved}\n`);
    expect(after.length).toBe(before.length);
    const fps = (rs: Result[]): string[] => rs.map((r) => `${r.ruleId} ${r.partialFingerprints['scalingPlan/v1']}`).sort();
    expect(fps(after)).toEqual(fps(before));
    // Lines did move: the fingerprints do not follow them.
    expect(after.map((r) => r.locations[0]!.physicalLocation.region.startLine)).not.toEqual(before.map((r) => r.locations[0]!.physicalLocation.region.startLine));
    // Each fingerprint is unique within the file.
    expect(new Set(fps(after)).size).toBe(after.length);
  });

  it('lists suppressed findings with kind inSource and the reason after " -- "', () => {
    const rs = run(`# scaling-disable SP204 -- strategie kiezen we in 2026\n${PLAN}`);
    const sp204 = rs.filter((r) => r.ruleId === 'SP204');
    expect(sp204).toHaveLength(1);
    expect(sp204[0]!.suppressions).toEqual([{ kind: 'inSource', justification: 'strategie kiezen we in 2026' }]);
    expect(rs.filter((r) => r.ruleId !== 'SP204').every((r) => r.suppressions === undefined)).toBe(true);
    const bare = run(`# scaling-disable SP204\n${PLAN}`).find((r) => r.ruleId === 'SP204')!;
    expect(bare.suppressions).toEqual([{ kind: 'inSource' }]);
  });
});
