/**
 * Whether a value read from a cache file has the shape of a PlanOutcome, to
 * the last field a formatter reads: a cache file is input like any other
 * (edited, damaged, someone else's), and a wrong entry is a cache miss, not
 * a crash in a formatter.
 */
import type { PlanOutcome } from './planJob.js';

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);

export function validOutcome(v: unknown): v is PlanOutcome {
  if (!isRecord(v) || !Array.isArray(v['diagnostics']) || !Array.isArray(v['suppressed'])) return false;
  if (v['fixed'] !== undefined && typeof v['fixed'] !== 'string') return false;
  if (v['truncated'] !== undefined) return false; // never written
  return v['diagnostics'].every(validDiagnostic)
    && v['suppressed'].every((s) => isRecord(s) && validDiagnostic(s['diagnostic']) && (s['justification'] === undefined || typeof s['justification'] === 'string'));
}

function validDiagnostic(d: unknown): boolean {
  if (!isRecord(d)) return false;
  for (const k of ['code', 'rule', 'message', 'docUrl', 'item']) if (typeof d[k] !== 'string') return false;
  if (typeof d['severity'] !== 'string' || !SEVERITIES.has(d['severity']) || !validRange(d['range'])) return false;
  if (d['data'] !== undefined && !(isRecord(d['data']) && Object.values(d['data']).every((x) => ['string', 'number', 'boolean'].includes(typeof x)))) return false;
  if (d['related'] !== undefined && !(Array.isArray(d['related']) && d['related'].every((r) => isRecord(r) && validRange(r['range']) && typeof r['message'] === 'string'))) return false;
  return true;
}

function validRange(r: unknown): boolean {
  return isRecord(r) && validPosition(r['start']) && validPosition(r['end']);
}

function validPosition(p: unknown): boolean {
  return isRecord(p) && Number.isInteger(p['line']) && Number.isInteger(p['character']) && (p['line'] as number) >= 0 && (p['character'] as number) >= 0;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
