/**
 * `scaling-plan init [FILE]`: writes a new plan with every part of the
 * canvas present, the prompts as YAML comments and placeholder values that
 * fit the model — so it reads without errors, and the warnings that remain
 * are the canvas asking to be filled in. Never overwrites a file.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang, Localized } from '../../model/types.js';
import { cliLang, guessLang, parseArgs, UsageError, type OptionSpec } from '../args.js';
import { PLAN_FILE, toDisplay } from '../files.js';
import type { Io } from '../io.js';

const OPTIONS: OptionSpec[] = [
  { name: 'lang', type: 'string', values: ['nl', 'en'] },
  { name: 'help', alias: 'h', type: 'boolean' },
];

const HELP: Localized = {
  en: `Usage: scaling-plan init [FILE] [--lang nl|en]

Writes a new plan (default: plan.scaling.yaml) with every part of the scaling
canvas present: the prompts as comments, placeholder values to replace.
An existing file is never overwritten.
`,
  nl: `Gebruik: scaling-plan init [BESTAND] [--lang nl|en]

Schrijft een nieuw plan (standaard: plan.scaling.yaml) met alle onderdelen van
het opschalingscanvas: de vragen als commentaar, voorbeeldwaarden om te vervangen.
Een bestaand bestand wordt nooit overschreven.
`,
};

export async function run(args: string[], io: Io): Promise<number> {
  let opts: Record<string, string | boolean | undefined>;
  let files: string[];
  try {
    ({ options: opts, positionals: files } = parseArgs(args, OPTIONS));
    if (files.length > 1) throw new UsageError({ nl: 'geef hooguit één bestandsnaam', en: 'give at most one file name' });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const l = guessLang(args, io.env);
    io.err(`scaling-plan init: ${e.text[l]}\n${l === 'nl' ? "Zie 'scaling-plan init --help'." : "Run 'scaling-plan init --help'."}\n`);
    return 2;
  }
  const lang = cliLang(opts['lang'] as Lang | undefined, undefined, io.env);
  if (opts['help']) {
    io.out(HELP[lang]);
    return 0;
  }
  const abs = resolve(io.cwd, files[0] ?? 'plan.scaling.yaml');
  const shown = toDisplay(abs, io.cwd);
  try {
    writeFileSync(abs, skeleton(lang), { encoding: 'utf8', flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why: Localized = code === 'EEXIST'
      ? { nl: `‘${shown}’ bestaat al; init overschrijft niets. Kies een andere naam.`, en: `'${shown}' already exists; init overwrites nothing. Choose another name.` }
      : { nl: `‘${shown}’ kan niet geschreven worden (${code ?? String(e)}).`, en: `'${shown}' cannot be written (${code ?? String(e)}).` };
    io.err(`scaling-plan init: ${why[lang]}\n`);
    return 2;
  }
  const done: Localized = {
    nl: `${shown} geschreven. Vul de vragen in en controleer het plan met: scaling-plan lint ${shown}\n`,
    en: `Wrote ${shown}. Fill in the prompts, then check the plan with: scaling-plan lint ${shown}\n`,
  };
  io.out(done[lang]);
  if (!PLAN_FILE.test(abs)) {
    io.err(lang === 'nl'
      ? 'Let op: editors en lint herkennen een plan aan de naam *.scaling.yaml.\n'
      : 'Note: editors and lint recognise a plan by its name *.scaling.yaml.\n');
  }
  return 0;
}

/** The new plan. Placeholder ids (`trekker`/`owner`, `a1`) are declared, so no reference dangles. */
export function skeleton(lang: Lang): string {
  const t = (nl: string, en: string): string => (lang === 'nl' ? nl : en);
  const owner = t('eigenaar', 'owner');
  return `# ${t('Opschalingsplan volgens het opschalingscanvas.', 'Scaling plan, following the scaling canvas (opschalingscanvas).')}
# ${t('Regels met # zijn vragen; vervang de voorbeeldwaarden door uw eigen antwoorden.', 'Lines starting with # are prompts; replace the placeholder values with your own answers.')}
# ${t('Controleer het plan met: scaling-plan lint', 'Check the plan with: scaling-plan lint')}
scaling-plan: 1

# ${t('De pilot die u wilt opschalen.', 'The pilot you want to scale.')}
pilot:
  name: ${t('Naam van de pilot', 'Name of the pilot')}
  # ${t('Wat doet de aanpak, voor wie, en waarom werkt het?', 'What does the approach do, for whom, and why does it work?')}
  summary: ${t('Korte beschrijving van de aanpak.', 'A short description of the approach.')}
  # ${t('De eigenaar van de aanpak: een id uit partners (onderaan).', 'The owner of the approach: an id from partners (below).')}
  owner: ${owner}
  # social | care | safety | health | education | work | housing | justice | other
  domains: [social]
  period: { start: 2025-01-01, end: 2025-12-31 }
  # design | running | evaluating | scaling
  stage: running
  # ${t('De aanjager(s): wie trekt de opschaling? Is dat onderdeel van een vaste rol, budget of beleid (embedded)?', 'The driver(s) (aanjager): who pushes the scaling? Is that part of a formal role, budget or policy (embedded)?')}
  drivers:
    - name: ${t('Naam van de aanjager', 'Name of the driver')}
      partner: ${owner}
      embedded: false

# ${t('Deel 1 — beoogde impact: het maatschappelijke vraagstuk en de verandertheorie.', 'Part 1 — intended impact: the societal issue and the theory of change.')}
impact:
  issue: ${t('Het maatschappelijke vraagstuk', 'The societal issue')}
  # prevent | mitigate | reduce  (${t('voorkomen | verzachten | verminderen', 'what the approach does to the problem')})
  aim: prevent
  statement: ${t('Wat er in de samenleving verandert als het lukt.', 'What changes in society when it works.')}
  theory-of-change:
    # ${t('Input: mensen en middelen.', 'Inputs: people and means.')}
    inputs: [${t('mensen en middelen', 'people and means')}]
    activities: [${t('wat u doet', 'what you do')}]
    # ${t('Output: directe resultaten die u kunt tellen.', 'Outputs: direct results you can count.')}
    outputs: [${t('directe resultaten', 'direct results')}]
    # ${t('Outcome: gedragsverandering op middellange termijn, elk met een indicator (nulmeting en doel).', 'Outcomes: behaviour change in the medium term, each with an indicator (baseline and target).')}
    outcomes:
      - text: ${t('Beoogde verandering', 'Intended change')}
        indicator: { name: ${t('Indicator', 'Indicator')}, baseline: 0, target: 0, source: ${t('bron van de cijfers', 'where the figures come from')} }
    impact: [${t('de maatschappelijke verandering', 'the societal change')}]

# ${t('Deel 2 — opschalingsroutes. Houd de routes die u volgt, haal de andere weg.', 'Part 2 — scaling routes. Keep the routes you pursue, delete the others.')}
routes:
  # ${t('In: blijvend inbedden in de eigen organisaties.', 'In: embed permanently in your own organisations.')}
  in:
    ambition: ${t('Wat wordt blijvend onderdeel van het werk?', 'What becomes a permanent part of the work?')}
    within-pilot: true
    actions: [a1]
  # ${t('Uit: uitbreiden naar vergelijkbare organisaties.', 'Out: spread to similar organisations.')}
  out:
    ambition: ${t('Waar en bij wie wordt de aanpak ook ingezet?', 'Where, and by whom, will the approach also be used?')}
    after: [in]
  # ${t('Op: beleid, wet- en regelgeving.', 'Up: policy, law and regulation.')}
  up:
    ambition: ${t('Welk beleid of welke regel moet veranderen?', 'Which policy or rule has to change?')}
  # ${t('Diep: waarden, normen en overtuigingen.', 'Deep: values, norms and beliefs.')}
  deep:
    ambition: ${t('Welke manier van denken moet veranderen?', 'Which way of thinking has to change?')}
  # ${t('Voorbij: naar andere domeinen.', 'Beyond: to other domains.')}
  beyond:
    ambition: ${t('Naar welk ander domein kan de aanpak?', 'Which other domain could use the approach?')}

# growth | franchise | configuration | institutionalisation  (${t('groei, franchise, configuratie, institutionaliseren', 'the scaling strategy')})
strategy: growth
# ${t('De overdraagbare werkwijze: handboek, formulieren, training, formats.', 'The transferable way of working: handbook, forms, training, formats.')}
transferable: [${t('handboek', 'handbook')}]

# ${t('Deel 3 — ingrediënten. Status: sufficient | partial | insufficient | unknown; risico voor opschaling: low | medium | high.', 'Part 3 — ingredients. Status: sufficient | partial | insufficient | unknown; risk for scaling: low | medium | high.')}
ingredients:
${['collaboration', 'needs', 'governance', 'value', 'skills', 'technology', 'privacy'].map((k) => `  ${k}:
    status: unknown
    risk: medium
    notes: ${t('Hoe staat het ervoor, en wat is er nodig?', 'Where does it stand, and what is needed?')}
    actions: [a1]
`).join('')}  financing:
    status: unknown
    risk: medium
    # ${t('Wie betaalt voortzetting en opschaling? kind: temporary (tijdelijk) of structural (structureel).', 'Who pays for continuing and scaling? kind: temporary or structural.')}
    funders:
      - partner: ${owner}
        kind: temporary
        scheme: ${t('subsidie', 'grant')}
        until: 2025-12-31
    actions: [a1]

# ${t('Deel 4 — valkuilen.', 'Part 4 — pitfalls.')}
pitfalls:
  # ${t('Valkuil 1: beperkte scope van de pilot — de vier vragen.', 'Pitfall 1: limited scope of the pilot — the four questions.')}
  limited-scope:
    situations: ${t('In welke situaties werkt de aanpak?', 'In which situations does the approach work?')}
    target-groups: ${t('Voor welke doelgroepen?', 'For which target groups?')}
    wishes: ${t('Welke wensen hebben zij?', 'Which wishes do they have?')}
    environment: ${t('In welke omgeving?', 'In which environment?')}
  # ${t('Valkuil 2: samenhang van onderdelen — welke onderdelen versterken elkaar?', 'Pitfall 2: coherence of components — which components reinforce each other?')}
  coherence:
    components: [${t('onderdeel 1, onderdeel 2', 'component 1, component 2')}]
    side-effects: ${t('Wat gebeurt er als maar één onderdeel wordt opgeschaald?', 'What happens if only one component is scaled?')}
  # ${t('Valkuil 3: omstandigheden die er bij opschaling niet meer zijn. kind: extra-funding | frontrunners | rule-exemption | enthusiasm | other', 'Pitfall 3: conditions that may vanish at scale. kind: extra-funding | frontrunners | rule-exemption | enthusiasm | other')}
  pilot-conditions:
    - kind: extra-funding
      description: ${t('Tijdelijk geld voor extra uren.', 'Temporary money for extra hours.')}
      at-scale: ${t('Wat komt er bij opschaling voor in de plaats?', 'What takes its place at scale?')}
  # ${t('Valkuil 4: schalingspartners (de partners zelf staan onder partners).', 'Pitfall 4: scaling partners (the partners themselves are listed under partners).')}
  scaling-partners:
    notes: ${t('Wie is nodig voor de opschaling, en doet die al mee?', 'Who is needed for scaling, and are they on board yet?')}

# ${t('Iedereen die nodig is in de pilot en voor de opschaling.', 'Everyone needed in the pilot and for scaling.')}
partners:
  - id: ${owner}
    name: ${t('Naam van de organisatie', 'Name of the organisation')}
    # municipality | care | welfare | police | justice | education | housing | employer | funder | insurer | government | knowledge | residents | other
    type: municipality
    # owner | implementer | funder | policy | receiver | knowledge | client
    roles: [owner, funder]
    needed-for: [pilot, in]
    # involved | planned | not-yet | none
    involvement: involved

# ${t('Wat verandert er bij opschaling? lower | same | higher', 'What changes at scale? lower | same | higher')}
scale:
  resources: same
  ambition: same
# ${t('De ondergrens: wat moet overeind blijven om nog van deze aanpak te spreken?', 'The floor: what must stay true for it to still be this approach?')}
floor:
  core-elements: [${t('kernelement', 'core element')}]
  indicators: [${t('indicator', 'indicator')}]

# ${t('De actielijst.', 'The action list.')} status: open | doing | done
actions:
  - id: a1
    title: ${t('Eerste stap', 'First step')}
    owner: ${owner}
    due: 2025-06-30
    status: open

# ${t('De leeragenda: "Hoe kan ik …, terwijl …?" level: operational | tactical | strategic | network', 'The learning agenda: "How can I …, while …?" level: operational | tactical | strategic | network')}
learning-agenda:
  - question: ${t('Hoe kan ik …, terwijl …?', 'How can I …, while …?')}
    level: operational
`;
}
