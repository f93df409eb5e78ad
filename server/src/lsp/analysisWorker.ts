/**
 * The worker thread that analyses big plans (see offload.ts), so a plan
 * that takes seconds never holds up the others. It keeps the pieces of each
 * plan it has read (ChunkCache), so the next edit of that plan re-reads
 * only what changed. It answers with what diagnostics and the status item
 * need; features on the main thread get their own analysis when asked.
 */
import { parentPort } from 'node:worker_threads';
import { analyse, type SeveritySetting } from '../lint.js';
import { ChunkCache } from '../model/chunks.js';
import type { Lang } from '../model/types.js';
import { budgetFromEnv } from './offload.js';

budgetFromEnv(); // the same time budget as the main thread

export type ToWorker =
  | { type: 'analyse'; id: number; uri: string; text: string; lang: Lang; rules: Record<string, SeveritySetting> }
  | { type: 'forget'; uri: string };

const chunks = new Map<string, ChunkCache>();

parentPort?.on('message', (m: ToWorker) => {
  if (m.type === 'forget') {
    chunks.delete(m.uri);
    return;
  }
  try {
    let cache = chunks.get(m.uri);
    if (!cache) chunks.set(m.uri, (cache = new ChunkCache()));
    const t0 = performance.now();
    const a = analyse(m.text, { lang: m.lang, rules: m.rules, cache });
    parentPort!.postMessage({ id: m.id, diagnostics: a.diagnostics, readiness: a.readiness, cost: performance.now() - t0 });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
