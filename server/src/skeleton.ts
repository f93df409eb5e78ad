/**
 * The new plan that `scaling-plan init` writes and VS Code's "New scaling
 * plan" opens (through the server's `scalingPlan/skeleton` request): one
 * template, so both start the same.
 *
 * A calm start (issue 13): `stage: design` (SPEC §6.3 turns warnings into
 * info), every part present with **empty values**, the prompts in comments
 * beside them (a comment never counts as an answer), no placeholder actions,
 * partners or ids. The one value filled in is `pilot.name`, which the model
 * requires: it is taken from the file name. The Dutch canvas name of every
 * ingredient, route and pitfall stands beside its key. Routes are listed as
 * comments: a route key that is present means the route is pursued, and a
 * new plan pursues none yet.
 *
 * Pure: no Node API, so the language server (and a browser worker) can serve it.
 */
import { INGREDIENTS, ROUTES, term } from './model/canvas.js';
import type { Lang } from './model/types.js';

/** A pilot name from a file name: `buurtteam-noord.scaling.yaml` → `Buurtteam noord`. */
export function nameFromFile(file: string | undefined, lang: Lang): string {
  const base = (file ?? '').split(/[\\/]/).pop()!.replace(/\.scaling\.ya?ml$|\.ya?ml$/i, '').replace(/[-_]+/g, ' ').trim();
  const name = base && base.toLowerCase() !== 'plan' ? base : lang === 'nl' ? 'Nieuw opschalingsplan' : 'New scaling plan';
  // Quoted when YAML would read it as something other than text (a number, `yes`, a leading symbol).
  const text = name.charAt(0).toUpperCase() + name.slice(1);
  return /^[\p{L}][\p{L}\p{N} .,()'’]*$/u.test(text) && !/^(yes|no|true|false|null|on|off)$/i.test(text) ? text : JSON.stringify(text);
}

const INGREDIENT_PROMPTS: Record<string, [string, string]> = {
  collaboration: ['Werken de sleutelactoren constructief samen, en zijn er afspraken om de aanpak te schalen?', 'Do the partners work well together, and will that hold at scale?'],
  needs: ['Sluit het opschalen aan bij een wens of behoefte van een groter publiek?', 'Does the approach meet the wishes and needs of residents and professionals?'],
  governance: ['Is er bestuurlijk draagvlak voor het opschalen van de aanpak?', 'Is there administrative support to continue and extend the approach?'],
  value: ['Weten de partners welke waarde (los van geld) zij toevoegen aan het schalen van de aanpak?', 'What value does the approach bring, and for whom?'],
  financing: ['Wie betaalt het vervolg en het schalen van de pilot, tijdelijk of structureel?', 'Who pays for continuing and scaling, temporarily or structurally?'],
  skills: ['Hebben de betrokkenen de juiste kennis en vaardigheden, en is er genoeg capaciteit om te schalen?', 'Which knowledge and skills are needed, and are they there at scale?'],
  technology: ['Hebben de organisaties de juiste systemen en applicaties om de aanpak op te schalen?', 'Which technology and systems are needed, and do they work elsewhere too?'],
  privacy: ['Kunnen de partners (meer) gegevens delen volgens de regels voor privacy en gegevensdeling?', 'Can the partners share the data that is needed?'],
};

const ROUTE_PROMPTS: Record<string, [string, string]> = {
  in: ['inbedden: van tijdelijk naar blijvend ingebed in de betrokken organisaties', 'embed permanently in your own organisations'],
  out: ['uitbreiden in aantal en bereik, naar vergelijkbare organisaties', 'spread to similar organisations'],
  up: ['beleid, wet- en regelgeving veranderen', 'change policy, law and regulation'],
  deep: ['fundamentele gedragsverandering: waarden, normen en overtuigingen', 'change values, norms and beliefs'],
  beyond: ['naar andere domeinen', 'to other domains'],
};

const ROUTE_NL: Record<string, string> = { in: 'in', out: 'uit', up: 'op', deep: 'diep', beyond: 'voorbij' };

export function skeleton(lang: Lang, file?: string): string {
  const t = (nl: string, en: string): string => (lang === 'nl' ? nl : en);
  const nl = (key: string): string => term(key).nl;
  // `key:` padded so the comments line up; the comment is the prompt, the value stays empty.
  const line = (indent: number, key: string, comment: string, width = 18): string =>
    `${' '.repeat(indent)}${`${key}:`.padEnd(width)} # ${comment}`;
  const ingredient = (k: string): string => {
    const [pnl, pen] = INGREDIENT_PROMPTS[k]!;
    return [
      line(2, k, t(`${nl(`ingredient.${k}`)} — ${pnl}`, `${nl(`ingredient.${k}`)} (${k}) — ${pen}`)),
      line(4, 'status', t('sufficient | partial | insufficient | unknown (voldoende | gedeeltelijk | onvoldoende | onbekend)', 'sufficient | partial | insufficient | unknown'), 16),
      line(4, 'risk', t('low | medium | high (laag | gemiddeld | hoog): het risico voor opschaling als het blijft zoals het is', 'low | medium | high: the risk for scaling if it stays as it is'), 16),
      line(4, 'notes', t('hoe staat het ervoor, en wat is er nodig?', 'where does it stand, and what is needed?'), 16),
      ...(k === 'financing'
        ? [line(4, 'funders', t('- { partner: <id>, kind: temporary | structural, scheme: Wmo | Zvw | SPUK | …, until: <datum> }', '- { partner: <id>, kind: temporary | structural, scheme: Wmo | Zvw | SPUK | …, until: <date> }'), 16)]
        : []),
      line(4, 'actions', t('ids uit de actielijst (onderaan)', 'ids from the action list (below)'), 16),
    ].join('\n');
  };
  const route = (r: string): string => {
    const [pnl, pen] = ROUTE_PROMPTS[r]!;
    return `  # ${`${r}:`.padEnd(9)} ${t(`${ROUTE_NL[r]} — ${pnl}`, `${ROUTE_NL[r]} — ${pen}`)}`;
  };
  return `# ${t('Opschalingsplan volgens het opschalingscanvas.', 'Scaling plan, following the scaling canvas (opschalingscanvas).')}
# ${t('Vul de lege waarden in; de tekst achter # is de vraag erbij en telt niet als antwoord.', 'Fill in the empty values; the text after # is the question that goes with it and never counts as an answer.')}
# ${t('Controleer het plan met: scaling-plan lint', 'Check the plan with: scaling-plan lint')}
scaling-plan: 1

# ${t('De pilot die je wilt opschalen.', 'The pilot you want to scale.')}
pilot:
  name: ${nameFromFile(file, lang)}   # ${t('de naam van de pilot (pas hem gerust aan)', 'the name of the pilot (change it as you like)')}
${line(2, 'summary', t('wat doet de aanpak, voor wie, en waarom werkt het?', 'what does the approach do, for whom, and why does it work?'))}
${line(2, 'owner', t('de eigenaar van de aanpak: een id uit partners (onderaan)', 'the owner of the approach: an id from partners (below)'))}
${line(2, 'domains', 'social | care | safety | health | education | work | housing | justice | other')}
  period:
${line(4, 'start', t('begindatum, bijvoorbeeld 2025-01-01', 'start date, for example 2025-01-01'), 16)}
${line(4, 'end', t('einddatum', 'end date'), 16)}
  stage: design      # ${t('design | running | evaluating | scaling (ontwerp | uitvoering | evaluatie | opschaling) — in de ontwerpfase zijn open vragen normaal', 'design | running | evaluating | scaling — at design, open questions are normal')}
${line(2, 'drivers', t('aanjagers: - { name: …, partner: <id>, embedded: true als het trekken deel is van een vaste rol, budget of beleid }', 'drivers (aanjagers): - { name: …, partner: <id>, embedded: true when driving is part of a formal role, budget or policy }'))}

# ${t('Onderdeel 1 — de beoogde impact: het maatschappelijke vraagstuk en de verandertheorie.', 'Part 1 — intended impact: the societal issue and the theory of change.')}
impact:
${line(2, 'issue', t('het maatschappelijke vraagstuk', 'the societal issue'))}
${line(2, 'aim', t('prevent | mitigate | reduce (voorkomen | verzachten | verminderen)', 'prevent | mitigate | reduce (voorkomen | verzachten | verminderen)'))}
${line(2, 'statement', t('wat er in de samenleving verandert als het lukt', 'what changes in society when it works'))}
  theory-of-change:
${line(4, 'inputs', t('input: mensen en middelen', 'input: people and means'), 16)}
${line(4, 'activities', t('activiteiten: wat je doet', 'activities: what you do'), 16)}
${line(4, 'outputs', t('output: directe resultaten die je kunt tellen', 'output: direct results you can count'), 16)}
${line(4, 'outcomes', t('outcome: gedragsverandering op middellange termijn, elk met een indicator (nulmeting en doel)', 'outcome: behaviour change in the medium term, each with an indicator (baseline and target)'), 16)}
${line(4, 'impact', t('impact: de maatschappelijke verandering', 'impact: the societal change'), 16)}

# ${t('Onderdeel 2 — de opschalingsroutes. Een route die hier staat, volg je: haal het # weg bij de routes die je kiest.', 'Part 2 — scaling routes. A route listed here is one you pursue: remove the # before the routes you choose.')}
routes:
${ROUTES.map(route).join('\n')}
${line(0, 'strategy', t('opschalingsstrategie: growth | franchise | configuration | institutionalisation (groei | franchise | configuratie | institutionaliseren)', 'growth | franchise | configuration | institutionalisation (groei | franchise | configuratie | institutionaliseren)'))}
${line(0, 'transferable', t('de overdraagbare werkwijze: handboek, formulieren, training, formats', 'the transferable way of working: handbook, forms, training, formats'))}
${line(0, 'evidence', t('bewijs dat de aanpak werkt: - { claim: …, kind: monitoring | evaluation | study | experience, source: … }', 'what shows the approach works: - { claim: …, kind: monitoring | evaluation | study | experience, source: … }'))}

# ${t('Onderdeel 3 — de benodigde ingrediënten: de acht ingrediënten.', 'Part 3 — the eight ingredients (ingrediënten).')}
ingredients:
${INGREDIENTS.map(ingredient).join('\n')}

# ${t('Onderdeel 4 — de mogelijke valkuilen: de vier valkuilen.', 'Part 4 — the four pitfalls (valkuilen).')}
pitfalls:
${line(2, 'limited-scope', t(`valkuil 1, ${nl('pitfall.limited-scope')} — de vier vragen:`, `pitfall 1, ${nl('pitfall.limited-scope')} (limited scope) — the four questions:`))}
${line(4, 'situations', t('voor welke situaties is de aanpak relevant, en wat betekent dat voor opschaling?', 'in which situations does the approach work?'), 16)}
${line(4, 'target-groups', t('voor welke doelgroepen is de aanpak relevant, en wat betekent dat voor opschaling?', 'for which target groups?'), 16)}
${line(4, 'wishes', t('welke wensen en verwachtingen liggen aan de aanpak ten grondslag?', 'which wishes do they have?'), 16)}
${line(4, 'environment', t('met welke omgevingsfactoren moet de pilot rekening houden?', 'in which environment?'), 16)}
${line(2, 'coherence', t(`valkuil 2, ${nl('pitfall.coherence')}`, `pitfall 2, ${nl('pitfall.coherence')} (coherence)`))}
${line(4, 'components', t('welke onderdelen van de aanpak versterken elkaar? (minstens twee)', 'which components of the approach reinforce each other? (at least two)'), 16)}
${line(4, 'side-effects', t('welke onbedoelde negatieve effecten kan het schalen van één onderdeel hebben?', 'what happens if only one component is scaled?'), 16)}
${line(2, 'pilot-conditions', t(`valkuil 3, ${nl('pitfall.pilot-conditions')}: - { kind: extra-funding | frontrunners | rule-exemption | enthusiasm | other, description: …, at-scale: … }`, `pitfall 3, ${nl('pitfall.pilot-conditions')} (pilot-only conditions): - { kind: extra-funding | frontrunners | rule-exemption | enthusiasm | other, description: …, at-scale: … }`))}
${line(2, 'scaling-partners', t(`valkuil 4, ${nl('pitfall.scaling-partners')}`, `pitfall 4, ${nl('pitfall.scaling-partners')} (scaling partners)`))}
${line(4, 'notes', t('wie is nodig voor de opschaling, en doet die al mee? (de partners zelf staan onder partners)', 'who is needed for scaling, and are they on board yet? (the partners themselves are under partners)'), 16)}

# ${t('Iedereen die nodig is in de pilot en voor de opschaling:', 'Everyone needed in the pilot and for scaling:')}
#   - id: gemeente            # ${t('een korte code zonder spaties (de id), waarmee je elders in het plan naar deze partner verwijst', 'a short name without spaces, used elsewhere in the plan')}
#     name: Gemeente …
#     type: municipality      # municipality | care | welfare | police | justice | education | housing | employer | funder | insurer | government | knowledge | residents | other
#     roles: [owner]          # owner | implementer | funder | policy | receiver | knowledge | client
#     needed-for: [pilot]     # ${t('pilot en/of routes: in, out, up, deep, beyond', 'pilot and/or routes: in, out, up, deep, beyond')}
#     involvement: involved   # involved | planned | not-yet | none
partners:

# ${t('Wat verandert er bij opschaling? (minder middelen of ambitie vraagt om een ondergrens)', 'What changes at scale? (fewer means or lower ambition asks for a floor)')}
scale:
${line(2, 'resources', t('lower | same | higher: middelen per casus bij opschaling', 'lower | same | higher: means per case at scale'))}
${line(2, 'ambition', 'lower | same | higher')}
# ${t('De ondergrens: wat moet overeind blijven om nog van deze aanpak te spreken?', 'The floor (ondergrens): what must stay true for it to still be this approach?')}
floor:
${line(2, 'core-elements', t('de kern van de aanpak', 'the core of the approach'))}
${line(2, 'indicators', t('waaraan je ziet dat de kern overeind blijft', 'how you see that the core holds'))}

# ${t('De actielijst: - { id: a1, title: …, owner: <id>, due: <datum>, status: open | doing | done }', 'The action list: - { id: a1, title: …, owner: <id>, due: <date>, status: open | doing | done }')}
actions:

# ${t('De leeragenda: - { question: "Hoe kan ik …, terwijl …?", level: operational | tactical | strategic | network }', 'The learning agenda (leeragenda): - { question: "How can I …, while …?" (Hoe kan ik …, terwijl …?), level: operational | tactical | strategic | network }')}
learning-agenda:

# ${t('Jullie eigen duiding van de status per onderdeel: sufficient | partial | insufficient | unknown (voldoende | gedeeltelijk | onvoldoende | onbekend)', 'Your own judgement per part of the canvas: sufficient | partial | insufficient | unknown')}
assessment:
${line(2, 'impact', t('beoogde impact', 'intended impact'))}
${line(2, 'routes', t('opschalingsroutes', 'scaling routes'))}
${line(2, 'ingredients', t('ingrediënten', 'ingredients'))}
${line(2, 'pitfalls', t('valkuilen', 'pitfalls'))}
`;
}
