#!/usr/bin/env node
/**
 * The action's lint step (action.yml runs it; test/action.test.ts runs the
 * very same file). Reads the inputs from INPUT_* and GitHub's environment
 * (GITHUB_WORKSPACE, GITHUB_EVENT_PATH, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT),
 * then:
 *   1. `lint --format sarif` to the SARIF file (code scanning),
 *   2. `lint --format github` (annotations in the pull request),
 *   3. `lint --format json --new-since BASE` (what is new, what counts),
 *   4. `diff --format markdown` of every plan the pull request changed,
 *      against the base, into the job summary (and a file for the comment),
 *   5. outputs: errors, warnings, new-findings, failed, sarif-file, summary-file.
 * It exits 0 when it could do its work, so the SARIF upload and the comment
 * still run; the action's last step fails the job when `failed` is true.
 * A plan that cannot be read or a base that is not in the clone: exit 2.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
/** git runs only through the CLI's own safe invocation (server/src/git/git.ts). */
const git = require(join(ROOT, 'server/out/git/git.js'));
const { main } = require(join(ROOT, 'server/out/cli/main.js'));

export const MARKER = '<!-- scaling-plan-summary -->';
const LEVELS = ['error', 'warning', 'info', 'hint'];
/** GitHub's limits: 1 MiB per step summary, 65,536 characters per comment. */
const MAX_SUMMARY = 60_000;

const env = process.env;
const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
const event = readEvent(env.GITHUB_EVENT_PATH);
const lang = env.INPUT_LANGUAGE === 'nl' || env.INPUT_LANGUAGE === 'en' ? env.INPUT_LANGUAGE : undefined;
const say = (nl, en) => ((lang ?? 'en') === 'nl' ? nl : en);
const paths = (env.INPUT_PATHS || '.').split(/\r?\n/).flatMap((l) => (l.includes(' ') && !l.includes('"') ? l.trim().split(/\s+/) : [l.trim()])).filter(Boolean);
const failLevel = (env.INPUT_FAIL_LEVEL || 'error').trim();
const base = (env.INPUT_NEW_SINCE ?? '').trim() || event?.pull_request?.base?.sha || '';
const head = event?.pull_request?.head?.sha || env.GITHUB_SHA || 'HEAD';

function readEvent(file) {
  try {
    return file ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}

/** The CLI in this process (`main` with its own Io): the same command line, without a Node start-up per call. */
async function cli(args) {
  let out = '';
  let err = '';
  const io = { out: (t) => (out += t), err: (t) => (err += t), cwd: workspace, isTty: false, env };
  const code = await main([...args, ...(lang ? ['--lang', lang] : [])], io);
  return { code, out, err };
}

function output(name, value) {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${String(value).replace(/[\r\n]/g, ' ')}\n`);
}

function fail(message) {
  console.log(`::error title=scaling-plan::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`);
  process.exit(2);
}

if (!LEVELS.includes(failLevel) && failLevel !== 'none') fail(`fail-level must be one of ${LEVELS.join(', ')}, none (not '${failLevel}')`);
if (base && !/^[A-Za-z0-9_.\/~^@{}+-]{1,200}$/.test(base)) fail(`new-since is not a revision: '${base}'`);

// 1. SARIF for code scanning.
let sarifFile = '';
if ((env.INPUT_SARIF_FILE ?? '').trim() !== '') {
  const r = await cli(['lint', '--format', 'sarif', ...paths]);
  if (r.code === 2) fail(r.err.trim());
  sarifFile = resolve(workspace, env.INPUT_SARIF_FILE.trim());
  writeFileSync(sarifFile, r.out);
}

// 2. Annotations: workflow commands on stdout, which the runner turns into annotations on the changed lines.
process.stdout.write((await cli(['lint', '--format', 'github', ...paths])).out);

// 3. What is new since the base counts; every finding is still reported.
const json = await cli(['lint', '--format', 'json', ...(base ? ['--new-since', base] : []), ...paths]);
if (json.code === 2) {
  const hint = base ? say(' (staat de basiscommit in de clone? Gebruik actions/checkout met fetch-depth: 0.)', ' (is the base commit in the clone? Use actions/checkout with fetch-depth: 0.)') : '';
  fail(`${json.err.trim()}${hint}`);
}
const files = JSON.parse(json.out);
const all = files.flatMap((f) => f.diagnostics);
const fresh = all.filter((d) => d.new !== false);
const counts = (ds) => Object.fromEntries(LEVELS.map((l) => [l, ds.filter((d) => d.severity === l).length]));
const [total, news] = [counts(all), counts(fresh)];
const counting = failLevel === 'none' ? [] : LEVELS.slice(0, LEVELS.indexOf(failLevel) + 1);
const failing = fresh.filter((d) => counting.includes(d.severity)).length;

// 4. The readiness diff of every plan the pull request changed.
const sections = [];
let changed = [];
if (base) {
  const top = await git.git(workspace, ['rev-parse', '--show-toplevel']);
  if (top.code !== 0) fail(say('de werkmap is geen git-repository', 'the workspace is not a git repository'));
  const root = top.stdout.trim();
  const inPaths = (abs) => paths.some((p) => /[*?{[]/.test(p) || abs === resolve(workspace, p) || !relative(resolve(workspace, p), abs).startsWith('..'));
  changed = (await git.changedPaths(root, base, head))
    .filter((p) => /\.scaling\.ya?ml$/.test(p))
    .map((p) => join(root, p))
    .filter(inPaths)
    .sort();
  for (const abs of changed) {
    const rel = relative(workspace, abs);
    const r = await cli(['diff', isAbsolute(rel) ? abs : rel, '--from', base, '--to', head, '--format', 'markdown']);
    sections.push(r.code === 0 ? r.out.trim() : `#### \`${rel}\`\n\n${say('Geen vergelijking mogelijk', 'No comparison possible')}: ${r.err.trim()}`);
  }
}

const shortBase = /^[0-9a-f]{40,64}$/.test(base) ? base.slice(0, 7) : base;
const verdict = failing > 0
  ? say(`❌ ${failing} nieuwe melding(en) op of boven ‘${failLevel}’`, `❌ ${failing} new finding(s) at or above '${failLevel}'`)
  : say('✅ geen nieuwe meldingen die de controle laten falen', '✅ no new findings that fail the check');
const head1 = base
  ? say(`Sinds \`${shortBase}\`: ${fresh.length} nieuwe meldingen (${news.error} fouten, ${news.warning} waarschuwingen, ${news.info} info, ${news.hint} tips). ${verdict}.`,
    `Since \`${shortBase}\`: ${fresh.length} new findings (${news.error} errors, ${news.warning} warnings, ${news.info} info, ${news.hint} hints). ${verdict}.`)
  : say(`${all.length} meldingen (${total.error} fouten, ${total.warning} waarschuwingen). ${verdict}.`, `${all.length} findings (${total.error} errors, ${total.warning} warnings). ${verdict}.`);
const plansLine = base
  ? changed.length === 0
    ? say('Deze pull request wijzigt geen plan.', 'This pull request changes no plan.')
    : say(`${changed.length} gewijzigde plannen:`, `${changed.length} changed plan(s):`)
  : say('Geen basis om mee te vergelijken: hieronder het portfolio.', 'No base to compare with: the portfolio follows.');
if (!base) {
  const report = await cli(['report', '--format', 'markdown', ...paths]);
  if (report.code === 0) sections.push(report.out.trim());
}
let summary = [MARKER, `## ${say('Opschalingsplannen', 'Scaling plans')}`, '', head1, '', plansLine, '', sections.join('\n\n---\n\n'), ''].join('\n');
if (summary.length > MAX_SUMMARY) summary = `${summary.slice(0, MAX_SUMMARY)}\n\n… ${say('(ingekort)', '(cut short)')}\n`;

if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary);
const summaryFile = join(env.RUNNER_TEMP || tmpdir(), `scaling-plan-summary-${process.pid}.md`);
writeFileSync(summaryFile, summary);

// 5. Outputs.
output('errors', total.error);
output('warnings', total.warning);
output('new-findings', fresh.length);
output('failing', failing);
output('failed', failing > 0 ? 'true' : 'false');
output('sarif-file', sarifFile);
output('summary-file', summaryFile);
output('changed-plans', changed.map((p) => relative(workspace, p)).join(' '));
