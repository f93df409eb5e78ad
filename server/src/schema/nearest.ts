/**
 * "Did you mean …?" against one list looked up many times (SP004: every
 * unknown reference against the declared ids), with bounded work. A plan
 * from a stranger can hold a thousand long ids sharing a start and a
 * thousand near misses (issue 11: 86 s when every pair was compared in
 * full). So: each candidate must first pass a length check and a
 * character-count check (a lower bound on the distance), survivors are
 * measured nearest-first with a band that shrinks to the best distance so
 * far, and there is a cap per lookup and per list. Past a cap the answer is
 * "no suggestion", never a wrong one. Same answers as `didYouMean` whenever
 * no cap is reached.
 *
 * The usual slip — one letter wrong, missing, extra or two swapped — is
 * found without a scan: every word is indexed under the hashes of itself and
 * of each variant with one character left out. Two words one edit apart
 * always share one of those (a swap of `ab` leaves the same word whichever of
 * the two is left out), so a look-up checks only the words under its own
 * hashes.
 */
import { dutchFor, editDistance, limitFor, MAX_TYPED, suggestWork } from './suggest.js';

export interface NearestCaps {
  /** Distances measured for one lookup, at most. */
  perLookup: number;
  /** Candidates looked at (cheap checks), for all lookups together. */
  comparisons: number;
  /** Distances measured, for all lookups together. */
  distances: number;
  /** Table cells those distances filled, for all lookups together. */
  cells: number;
}

/** Far above what a real plan needs (tens of ids), far below a second of work. */
export const NEAREST_CAPS: NearestCaps = { perLookup: 64, comparisons: 500_000, distances: 20_000, cells: 5_000_000 };

/** Characters counted in 64 buckets: the difference of two counts bounds the edits from below. */
const BUCKETS = 64;

function histogram(s: string): Uint8Array {
  const h = new Uint8Array(BUCKETS);
  for (let i = 0; i < s.length; i++) {
    const b = s.charCodeAt(i) & (BUCKETS - 1);
    if (h[b]! < 255) h[b]!++;
  }
  return h;
}

export class Nearest {
  private readonly lower: string[];
  private readonly sameLetters = new Map<string, string>();
  /** Built at the first search (most plans have no unknown reference at all). */
  private index: { counts: Uint8Array[]; oneOff: Map<number, number[]> } | undefined;
  private readonly answers = new Map<string, string | undefined>();
  /** Work spent so far (for the caps; a test reads it). */
  readonly spent = { comparisons: 0, distances: 0, cells: 0 };

  /** `stop` is asked now and then: true ends the search (the analysis is out of time). */
  constructor(private readonly words: readonly string[], private readonly caps: NearestCaps = NEAREST_CAPS, private readonly stop: () => boolean = () => false) {
    this.lower = words.map((w) => w.toLowerCase());
    this.lower.forEach((w, i) => { if (!this.sameLetters.has(w)) this.sameLetters.set(w, words[i]!); });
  }

  /** Character counts of every word, and every word by the hashes of itself and its one-deletion variants. */
  private built(): { counts: Uint8Array[]; oneOff: Map<number, number[]> } {
    if (this.index) return this.index;
    const oneOff = new Map<number, number[]>();
    this.lower.forEach((w, i) => {
      if (w.length > MAX_TYPED + 1) return;
      for (const h of variants(w)) {
        const list = oneOff.get(h);
        if (!list) oneOff.set(h, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    this.index = { counts: this.lower.map(histogram), oneOff };
    return this.index;
  }

  /**
   * The word meant by `typed`: the same word in other capitals, a Dutch
   * canvas word's key, or the nearest slip (`didYouMean`'s limits) —
   * only for words of `minLength` or more characters.
   */
  find(typed: string, minLength = 1): string | undefined {
    const key = `${minLength}:${typed}`;
    if (this.answers.has(key)) return this.answers.get(key);
    const answer = this.search(typed, minLength);
    this.answers.set(key, answer);
    return answer;
  }

  /** The word itself in other capitals (`A1` for `a1`), if there is one. */
  inOtherCapitals(typed: string): string | undefined {
    const same = this.sameLetters.get(typed.toLowerCase());
    return same === typed ? undefined : same;
  }

  private search(typed: string, minLength: number): string | undefined {
    if (typed.length === 0 || typed.length > MAX_TYPED) return undefined;
    const lower = typed.toLowerCase();
    if (this.sameLetters.has(lower)) return this.inOtherCapitals(typed);
    if (typed.length < minLength) return undefined;
    const dutch = dutchFor(lower, this.words);
    if (dutch) return dutch;
    if (this.stop()) return undefined;
    const near = this.oneEditAway(lower);
    if (near !== undefined) return near < 0 ? undefined : this.words[near];
    if (this.spent.comparisons + this.words.length > this.caps.comparisons) return undefined;
    const order = this.candidates(lower);
    let best = Infinity;
    let bestIndex = -1;
    let measured = 0;
    for (const c of order) {
      if (c.bound > best || measured >= this.caps.perLookup || this.spent.distances >= this.caps.distances) break;
      // Equal distances go to the word declared first: a later one at its bound cannot win.
      if (c.bound === best && c.index > bestIndex) continue;
      // A distance fills at most (2·band + 1) cells per character: stop before the cap could be passed.
      const band = Math.min(c.limit, best);
      if (this.spent.cells + lower.length * (2 * band + 1) > this.caps.cells) break;
      measured++;
      this.spent.distances++;
      const cells0 = suggestWork.cells;
      const d = editDistance(lower, this.lower[c.index]!, band);
      this.spent.cells += suggestWork.cells - cells0;
      if (d <= c.limit && (d < best || (d === best && c.index < bestIndex))) {
        best = d;
        bestIndex = c.index;
      }
    }
    return bestIndex < 0 ? undefined : this.words[bestIndex];
  }

  /**
   * The first declared word one edit from `lower` (within its limit), from
   * the index; undefined when there is none, -1 when the cap was reached.
   */
  private oneEditAway(lower: string): number | undefined {
    const seen = new Set<number>();
    let best = -1;
    for (const h of variants(lower)) {
      for (const i of this.built().oneOff.get(h) ?? []) {
        if (seen.has(i) || (best >= 0 && i > best)) continue;
        seen.add(i);
        if (seen.size > this.caps.perLookup || this.spent.distances >= this.caps.distances) return best >= 0 ? best : -1;
        const w = this.lower[i]!;
        if (limitFor(lower.length, w.length) < 1) continue;
        this.spent.distances++;
        const cells0 = suggestWork.cells;
        const d = editDistance(lower, w, 1);
        this.spent.cells += suggestWork.cells - cells0;
        if (d <= 1 && (best < 0 || i < best)) best = i;
      }
    }
    return best >= 0 ? best : undefined;
  }

  /**
   * Every word that may be within its limit of `lower`, nearest bound first
   * (then in declared order): a lower bound on the distance from the lengths
   * and the character counts.
   */
  private candidates(lower: string): Iterable<{ index: number; bound: number; limit: number }> {
    const h = histogram(lower);
    const byBound: number[][] = [];
    const limits = new Int32Array(this.lower.length);
    for (let i = 0; i < this.lower.length; i++) {
      this.spent.comparisons++;
      const w = this.lower[i]!;
      const limit = limitFor(lower.length, w.length);
      let bound = Math.abs(lower.length - w.length);
      if (bound > limit) continue;
      const c = this.built().counts[i]!;
      let diff = 0;
      for (let b = 0; b < BUCKETS; b++) diff += Math.abs(h[b]! - c[b]!);
      // One edit changes at most two counts by one each.
      bound = Math.max(bound, Math.ceil(diff / 2));
      if (bound > limit) continue;
      limits[i] = limit;
      (byBound[bound] ??= []).push(i);
    }
    return (function* () {
      for (let bound = 0; bound < byBound.length; bound++) {
        for (const index of byBound[bound] ?? []) yield { index, bound, limit: limits[index]! };
      }
    })();
  }
}

/**
 * Hashes (32-bit, polynomial) of `s` and of each variant of `s` with one
 * character left out, in O(length) from prefix hashes. Collisions only cost
 * a check: every candidate is measured.
 */
function variants(s: string): number[] {
  const n = s.length;
  const B = 0x01000193;
  const prefix = new Int32Array(n + 1);
  const power = new Int32Array(n + 1);
  power[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i]!, B) + s.charCodeAt(i)) | 0;
    power[i + 1] = Math.imul(power[i]!, B);
  }
  // The hash of s[from, n) is prefix[n] - prefix[from]·B^(n-from).
  const tail = (from: number): number => (prefix[n]! - Math.imul(prefix[from]!, power[n - from]!)) | 0;
  const out = [prefix[n]!];
  for (let k = 0; k < n; k++) out.push((Math.imul(prefix[k]!, power[n - k - 1]!) + tail(k + 1)) | 0);
  return out;
}
