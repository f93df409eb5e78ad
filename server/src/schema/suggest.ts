/**
 * "Did you mean …?" for unknown keys and values outside a list of choices:
 * the closest allowed word by edit distance, counting a swap of two
 * neighbouring letters as one edit (`statsu` → `status`).
 */

/**
 * Work done on suggestions since the process started (a test counts it to
 * prove the work is bounded, without a clock): distance computations and
 * the table cells they filled.
 */
export const suggestWork = { distances: 0, cells: 0 };

/**
 * Optimal string alignment distance (Damerau–Levenshtein without repeated
 * edits of one substring). With `max`, stops early and returns `max + 1`
 * once the distance must exceed it — unknown keys can come by the thousand:
 * a shared start and end are skipped, and only the diagonal band of width
 * `max` is filled (a cell further off it already costs more than `max`).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) { endA--; endB--; }
  const n = endA - start;
  const m = endB - start;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  suggestWork.distances++;
  const band = Number.isFinite(max) ? Math.max(0, Math.floor(max)) : Math.max(n, m);
  const big = n + m + 1;
  if (rows[0]!.length <= m) rows = [0, 1, 2].map(() => new Int32Array(2 * (m + 1)));
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  prev2.fill(big, 0, m + 1);
  prev.fill(big, 0, m + 1);
  cur.fill(big, 0, m + 1);
  for (let j = 0; j <= Math.min(m, band); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(m, i + band);
    cur[0] = i <= band ? i : big;
    if (lo > 1) cur[lo - 1] = big;
    let rowMin = lo === 1 ? cur[0]! : big;
    const ai = a.charCodeAt(start + i - 1);
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(start + j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(start + j - 2) && a.charCodeAt(start + i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    suggestWork.cells += hi - lo + 1;
    if (hi < m) cur[hi + 1] = big;
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]! > max ? max + 1 : prev[m]!;
}

/** Three rows of the distance table, reused: a plan can ask for thousands of distances. */
let rows: Int32Array[] = [new Int32Array(128), new Int32Array(128), new Int32Array(128)];

/** How many edits still count as a slip between words of these lengths. */
export function slipLimit(a: number, b: number): number {
  // Two edits in a word of four letters is half the word (`wijk` is not `work`).
  const longest = Math.max(a, b);
  return longest <= 4 ? 1 : Math.max(2, Math.floor(longest / 3));
}

/** The most edits allowed between `typed` and `word` (never the whole of the shorter one). */
export function limitFor(typed: number, word: number): number {
  return Math.min(slipLimit(typed, word), Math.min(typed, word) - 1);
}

/** Longer than this, a typed word gets no suggestion: nobody misspells a paragraph. */
export const MAX_TYPED = 100;

/** The English canvas word a Dutch one stands for, when it is allowed here. */
export function dutchFor(lower: string, allowed: readonly string[]): string | undefined {
  const dutch = Object.prototype.hasOwnProperty.call(DUTCH, lower) ? DUTCH[lower] : undefined;
  return dutch && allowed.includes(dutch) ? dutch : undefined;
}

/**
 * The allowed word closest to `typed`, when it is close enough to be a slip:
 * at most two edits (one in words of up to four letters), or a third of
 * the word's length for long words — never a word that shares nothing with
 * what was typed. Dutch canvas words map to their key (`tijdelijk` → `temporary`).
 */
export function didYouMean(typed: string, allowed: readonly string[]): string | undefined {
  if (typed.length === 0 || typed.length > MAX_TYPED) return undefined;
  const lower = typed.toLowerCase();
  const dutch = dutchFor(lower, allowed);
  if (dutch) return dutch;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const word of allowed) {
    if (word === typed) return undefined; // not a slip at all
    const w = word.toLowerCase();
    const limit = limitFor(typed.length, word.length);
    const d = w === lower ? 0.5 : editDistance(lower, w, limit);
    if (d <= limit && d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Canvas words written in Dutch, for the keys and values that are English
 * in the plan format (glossary of shared/canvas): `tijdelijk` → `temporary`.
 * Used only when the English word is allowed at that place.
 */
const DUTCH: Record<string, string> = {
  // ingredients and pitfalls
  samenwerking: 'collaboration', 'wensen-en-behoeften': 'needs', behoeften: 'needs', waarde: 'value', financiering: 'financing',
  'kennis-en-vaardigheden': 'skills', vaardigheden: 'skills', technologie: 'technology', 'technologie-en-systemen': 'technology',
  'privacy-en-gegevensdeling': 'privacy', gegevensdeling: 'privacy', valkuilen: 'pitfalls', 'ingrediënten': 'ingredients', ingredienten: 'ingredients',
  samenhang: 'coherence', pilotomstandigheden: 'pilot-conditions', schalingspartners: 'scaling-partners',
  // parts of the plan
  opschalingsroutes: 'routes', strategie: 'strategy', acties: 'actions', leeragenda: 'learning-agenda', ondergrens: 'floor',
  aanjagers: 'drivers', verandertheorie: 'theory-of-change', activiteiten: 'activities', naam: 'name', titel: 'title', eigenaar: 'owner',
  // values
  tijdelijk: 'temporary', structureel: 'structural', voldoende: 'sufficient', gedeeltelijk: 'partial', onvoldoende: 'insufficient',
  onbekend: 'unknown', laag: 'low', middel: 'medium', gemiddeld: 'medium', hoog: 'high', groei: 'growth', configuratie: 'configuration',
  institutionaliseren: 'institutionalisation', voorkomen: 'prevent', verzachten: 'mitigate', verminderen: 'reduce',
  inbedden: 'in', uit: 'out', op: 'up', diep: 'deep', voorbij: 'beyond', lager: 'lower', gelijk: 'same', zelfde: 'same', hoger: 'higher',
  bezig: 'doing', klaar: 'done', verwarring: 'confusion', weerstand: 'resistance', frustratie: 'frustration', angst: 'fear',
  betrokken: 'involved', gepland: 'planned', 'nog-niet': 'not-yet', geen: 'none', gemeente: 'municipality', zorg: 'care',
  welzijn: 'welfare', politie: 'police', justitie: 'justice', onderwijs: 'education', wonen: 'housing', werkgever: 'employer',
  financier: 'funder', zorgverzekeraar: 'insurer', overheid: 'government', kennis: 'knowledge', bewoners: 'residents', inwoners: 'residents',
  anders: 'other', ontwerp: 'design', loopt: 'running', evaluatie: 'evaluating', opschaling: 'scaling', veiligheid: 'safety',
  gezondheid: 'health', werk: 'work', operationeel: 'operational', tactisch: 'tactical', strategisch: 'strategic', netwerk: 'network',
  // the Dutch words our own messages, hovers and preview use for a value (one word per value)
  uitvoering: 'running', lopend: 'running', toegezegd: 'committed', verwacht: 'expected', verkend: 'exploring', verkennend: 'exploring',
  beantwoord: 'answered', vervallen: 'dropped', koplopers: 'frontrunners', 'extra-geld': 'extra-funding', enthousiasme: 'enthusiasm',
  'niet-betrokken': 'none', 'nog-niet-betrokken': 'not-yet', ontvanger: 'receiver', uitvoerder: 'implementer', beleid: 'policy',
  'cliënt': 'client', onderzoek: 'study', ervaring: 'experience',
};
