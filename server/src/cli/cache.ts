/**
 * `lint --cache` (ESLint's option): a plan whose text and effective config
 * are unchanged since the last run is not read again — its findings come
 * from the cache file (default `.scalingplancache` in the current folder,
 * `--cache-location` to move it). Each entry is keyed by the plan's path and
 * holds a SHA-256 of everything its findings depend on: the text, `lang`,
 * the rule severities of its config, `--fix`; the file as a whole carries
 * the tool's version, the plan schema's hash and the CLI's own build, and is
 * dropped when any differs. A file that is not ours, is damaged or has the
 * wrong shape is ignored and rewritten — never a crash. It is written to a
 * temporary file and renamed, so a run that is killed leaves the old cache
 * or the new one, never half of one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Localized } from '../model/types.js';
import { packageVersion } from './io.js';
import type { PlanJob, PlanOutcome } from './planJob.js';
import { reason } from './reason.js';
import { validOutcome } from './cacheShape.js';

export const CACHE_NAME = '.scalingplancache';
const FORMAT = 'scaling-plan-cache/1';

interface CacheData {
  format: typeof FORMAT;
  build: string;
  entries: Record<string, { key: string; outcome: PlanOutcome }>;
}

export class LintCache {
  hits = 0;
  misses = 0;
  private changed = false;
  private readonly seen = new Set<string>();

  private constructor(readonly file: string, private readonly data: CacheData) {}

  /** The cache at `location` (a file, or a folder to hold `.scalingplancache`), relative to `cwd`. */
  static open(location: string | undefined, cwd: string): LintCache {
    let file = resolve(cwd, location ?? CACHE_NAME);
    if (location !== undefined && (/[\\/]$/.test(location) || isFolder(file))) file = join(file, CACHE_NAME);
    const build = buildId();
    const fresh = (): LintCache => {
      const c = new LintCache(file, { format: FORMAT, build, entries: Object.create(null) as CacheData['entries'] });
      c.changed = existsSync(file); // a foreign, old or damaged file is rewritten
      return c;
    };
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return fresh();
    }
    if (!isRecord(raw) || raw['format'] !== FORMAT || raw['build'] !== build || !isRecord(raw['entries'])) return fresh();
    const entries = Object.create(null) as CacheData['entries'];
    for (const [abs, e] of Object.entries(raw['entries'])) {
      if (isRecord(e) && typeof e['key'] === 'string' && validOutcome(e['outcome'])) entries[abs] = { key: e['key'], outcome: e['outcome'] };
    }
    return new LintCache(file, { format: FORMAT, build, entries });
  }

  /** What the findings of `job` depend on, hashed. */
  static key(job: PlanJob): string {
    const rules = Object.entries(job.options.rules ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return createHash('sha256').update(JSON.stringify([job.fix, job.options.lang ?? 'en', rules])).update('\0').update(job.text).digest('hex');
  }

  get(abs: string, key: string): PlanOutcome | undefined {
    this.seen.add(abs);
    const e = this.data.entries[abs];
    if (e && e.key === key) {
      this.hits++;
      return e.outcome;
    }
    this.misses++;
    return undefined;
  }

  set(abs: string, key: string, outcome: PlanOutcome): void {
    if (outcome.truncated) return; // the time budget stopped it: another run may well finish
    this.data.entries[abs] = { key, outcome };
    this.changed = true;
  }

  /** Writes the cache when it changed; a problem is returned for one line on stderr (the run's result stands). */
  save(): Localized | undefined {
    for (const abs of Object.keys(this.data.entries)) {
      // Plans of other runs stay; plans that are gone go.
      if (!this.seen.has(abs) && !existsSync(abs)) {
        delete this.data.entries[abs];
        this.changed = true;
      }
    }
    if (!this.changed) return undefined;
    const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(this.data), 'utf8');
      renameSync(tmp, this.file);
      this.changed = false;
      return undefined;
    } catch (e) {
      rmSync(tmp, { force: true });
      const why = reason(e);
      return { nl: `De cache ‘${this.file}’ kon niet geschreven worden (${why.nl}); de meldingen zijn wel volledig.`, en: `The cache '${this.file}' could not be written (${why.en}); the findings are complete all the same.` };
    }
  }
}

/**
 * What every entry depends on besides its own key: the version, the plan
 * schema, and this build of the CLI (its file's size and time: a developer's
 * rebuild is a new build, so an old result never outlives the code that made it).
 */
function buildId(): string {
  const h = createHash('sha256').update(packageVersion());
  for (const rel of ['../../../schemas/scaling-plan.schema.json', '../schemas/scaling-plan.schema.json']) {
    try {
      h.update(readFileSync(join(__dirname, rel)));
      break;
    } catch { /* not here */ }
  }
  for (const f of [__filename, join(__dirname, '../lint.js'), join(__dirname, 'lintWorker.js')]) {
    try {
      const s = statSync(f);
      h.update(`${f}:${s.size}:${s.mtimeMs}`);
    } catch { /* not here */ }
  }
  return h.digest('hex');
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
