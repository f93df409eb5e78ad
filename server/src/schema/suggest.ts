/**
 * "Did you mean …?" for unknown keys and values outside a list of choices:
 * the closest allowed word by edit distance, counting a swap of two
 * neighbouring letters as one edit (`statsu` → `status`).
 */

/**
 * Optimal string alignment distance (Damerau–Levenshtein without repeated
 * edits of one substring). With `max`, stops early and returns `max + 1`
 * once the distance must exceed it — unknown keys can come by the thousand.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2 = new Int32Array(m + 1);
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

/** How many edits still count as a slip between words of these lengths. */
function slipLimit(a: number, b: number): number {
  // Two edits in a word of four letters is half the word (`wijk` is not `work`).
  const longest = Math.max(a, b);
  return longest <= 4 ? 1 : Math.max(2, Math.floor(longest / 3));
}

/**
 * The allowed word closest to `typed`, when it is close enough to be a slip:
 * at most two edits (one in words of up to four letters), or a third of
 * the word's length for long words — never a word that shares nothing with
 * what was typed. Dutch canvas words map to their key (`tijdelijk` → `temporary`).
 */
export function didYouMean(typed: string, allowed: readonly string[]): string | undefined {
  if (typed.length === 0 || typed.length > 100) return undefined;
  const lower = typed.toLowerCase();
  const dutch = Object.prototype.hasOwnProperty.call(DUTCH, lower) ? DUTCH[lower] : undefined;
  if (dutch && allowed.includes(dutch)) return dutch;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const word of allowed) {
    if (word === typed) return undefined; // not a slip at all
    const w = word.toLowerCase();
    const limit = Math.min(slipLimit(typed.length, word.length), Math.min(typed.length, word.length) - 1);
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
};
