/**
 * The analysis cache: ONE Analysis per (uri, version, settings), shared by
 * every feature — diagnostics, completion, hover, navigation, symbols, code
 * actions, the preview and readiness. A feature that asks before the
 * diagnostics job ran computes it once; the job then finds it ready.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, type Analysis } from '../lint.js';
import type { Diagnostic } from '../model/types.js';
import type { Readiness } from '../summary.js';
import { ChunkCache } from '../model/chunks.js';
import { isConfigUri, uriName, type LintSettings } from './config.js';

export type DocKind = 'plan' | 'config' | 'other';

/** Plans by name or language id; `.scalingrc.yaml` is the config; anything else is not ours. */
export function docKind(doc: Pick<TextDocument, 'uri' | 'languageId'>): DocKind {
  if (isConfigUri(doc.uri)) return 'config';
  if (doc.languageId === 'scaling-plan') return 'plan';
  return /\.scaling\.ya?ml$/i.test(uriName(doc.uri)) ? 'plan' : 'other';
}

interface Entry {
  /** Pieces of the text already read: an edit re-reads only the piece it touched (big plans). */
  chunks: ChunkCache;
  version: number;
  key: string;
  analysis: Analysis;
  /** How long the analysis took (ms): sizes the debounce of the next edit. */
  cost: number;
}

/** What a worker analysis (offload.ts) leaves behind: enough for diagnostics and the status item. */
export interface Summary {
  diagnostics: Diagnostic[];
  readiness: Readiness;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private readonly summaries = new Map<string, Summary & { version: number; key: string }>();
  /** Analyses actually run (tests and logs use it to prove nothing runs twice). */
  runs = 0;

  constructor(private readonly settingsFor: (uri: string) => LintSettings) {}

  /** The analysis of this document version: cached, or computed now. */
  get(doc: TextDocument): Analysis {
    return this.entry(doc).analysis;
  }

  entry(doc: TextDocument): Entry {
    const settings = this.settingsFor(doc.uri);
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version && cached.key === settings.key) return cached;
    const chunks = cached?.chunks ?? new ChunkCache();
    const t0 = performance.now();
    const analysis = analyse(doc.getText(), { lang: settings.lang, rules: settings.rules, cache: chunks });
    this.runs++;
    const entry: Entry = { chunks, version: doc.version, key: settings.key, analysis, cost: performance.now() - t0 };
    this.entries.set(doc.uri, entry);
    return entry;
  }

  isFresh(doc: TextDocument): boolean {
    const cached = this.entries.get(doc.uri);
    return cached !== undefined && cached.version === doc.version && cached.key === this.settingsFor(doc.uri).key;
  }

  /** The cost of the last analysis of this document, if any. */
  lastCost(uri: string): number | undefined {
    return this.entries.get(uri)?.cost;
  }

  /** Keeps the result of a worker analysis of this version. */
  storeSummary(doc: TextDocument, summary: Summary): void {
    this.summaries.set(doc.uri, { ...summary, version: doc.version, key: this.settingsFor(doc.uri).key });
  }

  /** Diagnostics and readiness of this version, from whichever analysis has them, without analysing. */
  summary(doc: TextDocument): Summary | undefined {
    const key = this.settingsFor(doc.uri).key;
    const full = this.entries.get(doc.uri);
    if (full && full.version === doc.version && full.key === key) return full.analysis;
    const lite = this.summaries.get(doc.uri);
    return lite && lite.version === doc.version && lite.key === key ? lite : undefined;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
    this.summaries.delete(uri);
  }
}
