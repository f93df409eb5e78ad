/**
 * The readiness summary as the client shows it: the status item's one line
 * and the lines of "Show readiness summary". Pure (no `vscode`), so a test
 * can feed it the engine's real readiness.
 *
 * The client must not import the engine (ARCHITECTURE.md), so the shape of
 * `scalingPlan/readiness` is repeated here from server/src/lsp/protocol.ts
 * and server/src/summary.ts; test/client-readiness.test.ts checks it against
 * the engine's output.
 */

export type Lang = 'nl' | 'en';
export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Readiness {
  impact: { links: number; of: number };
  routes: { pursued: number; of: number; keys: string[] };
  ingredients: { present: number; of: number; sufficient: number; partial: number; insufficient: number; unknown: number; missing: number };
  pitfalls: { examined: number; open: number; of: number; examinedKeys: string[] };
  partners: { total: number; involved: number; neededNotInvolved: number };
  actions: { total: number; open: number; doing: number; done: number };
  diagnostics: Record<Severity, number>;
}

/** `scalingPlan/readiness` {uri} → this, or null when the plan is not open in the server. */
export interface ReadinessResult {
  version: number;
  readiness: Readiness;
  counts: Record<Severity, number>;
}
export const READINESS_REQUEST = 'scalingPlan/readiness';

/** The canvas parts a summary line stands for (top-level keys of the plan), plus the findings. */
export type Part = 'impact' | 'routes' | 'ingredients' | 'pitfalls' | 'partners' | 'actions' | 'findings';

/** The snippet that adds a part the plan lacks (names in snippets/scaling-plan.code-snippets). */
export const PART_SNIPPETS: Record<Exclude<Part, 'findings'>, string> = {
  impact: 'Impact (part 1)',
  routes: 'Routes (part 2)',
  ingredients: 'Ingredients (part 3)',
  pitfalls: 'Pitfalls (part 4)',
  partners: 'Partners',
  actions: 'Actions',
};

export interface SummaryLine {
  part: Part;
  /** With a codicon, e.g. `$(beaker) Ingredients`. */
  label: string;
  description: string;
}

/** "1 warning" / "3 warnings", "1 waarschuwing" / "3 waarschuwingen". */
function count(n: number, lang: Lang, nl: [string, string], en: [string, string]): string {
  const [one, many] = lang === 'nl' ? nl : en;
  return `${n} ${n === 1 ? one : many}`;
}

const WORDS = {
  ingredients: { nl: ['ingrediënt', 'ingrediënten'], en: ['ingredient', 'ingredients'] },
  routes: { nl: ['route', 'routes'], en: ['route', 'routes'] },
  error: { nl: ['fout', 'fouten'], en: ['error', 'errors'] },
  warning: { nl: ['waarschuwing', 'waarschuwingen'], en: ['warning', 'warnings'] },
  info: { nl: ['melding ter info', 'meldingen ter info'], en: ['info message', 'info messages'] },
  hint: { nl: ['tip', 'tips'], en: ['hint', 'hints'] },
  partners: { nl: ['partner', 'partners'], en: ['partner', 'partners'] },
  actions: { nl: ['actie', 'acties'], en: ['action', 'actions'] },
} satisfies Record<string, { nl: [string, string]; en: [string, string] }>;

function counted(key: keyof typeof WORDS, n: number, lang: Lang): string {
  return count(n, lang, WORDS[key].nl, WORDS[key].en);
}

/** The status item's text, e.g. "6/8 ingredients · 2 routes · 3 warnings". Counts only; no score. */
export function statusText(r: Readiness, lang: Lang): string {
  const ingredients = `${r.ingredients.present}/${r.ingredients.of} ${WORDS.ingredients[lang][1]}`;
  const problems = [
    r.diagnostics.error > 0 ? counted('error', r.diagnostics.error, lang) : '',
    r.diagnostics.warning > 0 ? counted('warning', r.diagnostics.warning, lang) : '',
  ].filter(Boolean);
  const none = lang === 'nl' ? 'geen waarschuwingen' : 'no warnings';
  return [ingredients, counted('routes', r.routes.pursued, lang), problems.length > 0 ? problems.join(' · ') : none].join(' · ');
}

/** One line per canvas part, for the quick pick of "Show readiness summary". */
export function summaryLines(r: Readiness, lang: Lang): SummaryLine[] {
  const nl = lang === 'nl';
  const i = r.ingredients;
  const statuses = nl
    ? `${i.sufficient} voldoende, ${i.partial} gedeeltelijk, ${i.insufficient} onvoldoende, ${i.unknown} onbekend`
    : `${i.sufficient} sufficient, ${i.partial} partial, ${i.insufficient} insufficient, ${i.unknown} unknown`;
  const routes = r.routes.keys.length > 0 ? `: ${r.routes.keys.join(', ')}` : '';
  const d = r.diagnostics;
  return [
    {
      part: 'impact',
      label: `$(target) ${nl ? 'Beoogde impact' : 'Intended impact'}`,
      description: nl ? `${r.impact.links} van ${r.impact.of} schakels van de verandertheorie` : `${r.impact.links} of ${r.impact.of} theory-of-change links`,
    },
    {
      part: 'routes',
      label: `$(rocket) ${nl ? 'Opschalingsroutes' : 'Scaling routes'}`,
      description: nl ? `${r.routes.pursued} van ${r.routes.of} gekozen${routes}` : `${r.routes.pursued} of ${r.routes.of} pursued${routes}`,
    },
    {
      part: 'ingredients',
      label: `$(beaker) ${nl ? 'Ingrediënten' : 'Ingredients'}`,
      description: nl ? `${i.present} van ${i.of} beschreven: ${statuses}` : `${i.present} of ${i.of} described: ${statuses}`,
    },
    {
      part: 'pitfalls',
      label: `$(warning) ${nl ? 'Valkuilen' : 'Pitfalls'}`,
      description: nl ? `${r.pitfalls.examined} van ${r.pitfalls.of} onderzocht, ${r.pitfalls.open} open` : `${r.pitfalls.examined} of ${r.pitfalls.of} examined, ${r.pitfalls.open} open`,
    },
    {
      part: 'partners',
      label: `$(organization) Partners`,
      description: nl
        ? `${counted('partners', r.partners.total, lang)}, ${r.partners.involved} betrokken, ${r.partners.neededNotInvolved} nodig maar nog niet betrokken`
        : `${counted('partners', r.partners.total, lang)}, ${r.partners.involved} involved, ${r.partners.neededNotInvolved} needed but not involved`,
    },
    {
      part: 'actions',
      label: `$(tasklist) ${nl ? 'Acties' : 'Actions'}`,
      description: nl
        ? `${counted('actions', r.actions.total, lang)}: ${r.actions.open} open, ${r.actions.doing} bezig, ${r.actions.done} klaar`
        : `${counted('actions', r.actions.total, lang)}: ${r.actions.open} open, ${r.actions.doing} doing, ${r.actions.done} done`,
    },
    {
      part: 'findings',
      label: `$(checklist) ${nl ? 'Meldingen' : 'Findings'}`,
      description: [counted('error', d.error, lang), counted('warning', d.warning, lang), counted('info', d.info, lang), counted('hint', d.hint, lang)].join(', '),
    },
  ];
}

/** The client's few own sentences, in the user's language. */
export function say(lang: Lang, nl: string, en: string): string {
  return lang === 'nl' ? nl : en;
}
