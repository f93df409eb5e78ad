/**
 * The table of test/intents.test.ts: one row per intent on one plan — the
 * intent, the change its plain value must show, and (in the test file) the
 * exact lines that change. Every example plan and three hand-written plans
 * (four-space indents, flow style, comments everywhere; each also run with
 * CRLF line breaks and with its final newline toggled).
 */
import type { Intent } from '../server/src/edits/intentTypes.js';

export type Data = any;

export const PLANS: Record<string, string> = {
  friesland: 'examples/friesland-geweld-hoort-nergens-thuis.scaling.yaml',
  havendam: 'examples/havendam-welzijnscoach.scaling.yaml',
  noorderveen: 'examples/noorderveen-geldzorgen-ontwerp.scaling.yaml',
  ns: 'examples/ns-stations.scaling.yaml',
  four: 'test/fixtures/intents/four-spaces.scaling.yaml',
  flow: 'test/fixtures/intents/flow-style.scaling.yaml',
  comments: 'test/fixtures/intents/comments.scaling.yaml',
};

export interface Row {
  name: string;
  plan: keyof typeof PLANS;
  /** The intent; for a quick fix, `fixOf` names the finding instead (its position is the analysis's). */
  intent?: Intent;
  fixOf?: { code: string; index: number };
  /** The intended change, made on the old plain value. */
  change: (d: Data) => void;
  /** An intent carried out first (checked the same way), making the text this row starts from. */
  before?: Intent;
}

const EXAMPLES = ['friesland', 'havendam', 'noorderveen', 'ns'] as const;
const summary = 'Eerste regel.\nTweede regel.\n';

/** The same intents on every example plan. */
const perExample: Omit<Row, 'plan' | 'name'>[] & { key: string }[] = [];
const onExamples = (key: string, r: Omit<Row, 'plan' | 'name'>): void => {
  perExample.push({ key, ...r });
};
onExamples('set enum', { intent: { kind: 'set', path: ['ingredients', 'financing', 'status'], value: 'sufficient' }, change: (d) => { d.ingredients.financing.status = 'sufficient'; } });
onExamples('set block text', { intent: { kind: 'set', path: ['pilot', 'summary'], value: summary }, change: (d) => { d.pilot.summary = summary; } });
onExamples('set in flow map', { intent: { kind: 'set', path: ['pilot', 'period', 'end'], value: '2027-01-31' }, change: (d) => { d.pilot.period.end = '2027-01-31'; } });
onExamples('set a value that needs quotes', { intent: { kind: 'set', path: ['pitfalls', 'coherence', 'side-effects'], value: 'Meer werkdruk: één team doet meer.' }, change: (d) => { d.pitfalls.coherence['side-effects'] = 'Meer werkdruk: één team doet meer.'; } });
onExamples('set risk (created in canvas order where missing)', { intent: { kind: 'set', path: ['ingredients', 'technology', 'risk'], value: 'low' }, change: (d) => { d.ingredients.technology.risk = 'low'; } });
onExamples('remove flow-map item', { intent: { kind: 'remove', path: ['actions', 1] }, change: (d) => { d.actions.splice(1, 1); } });
onExamples('remove block entry', { intent: { kind: 'remove', path: ['ingredients', 'privacy'] }, change: (d) => { delete d.ingredients.privacy; } });
onExamples('add action', {
  intent: { kind: 'add', path: ['actions'], item: { title: 'Evaluatie plannen, met de partners', owner: null, due: '2026-06-01', status: 'open' } },
  change: (d) => { d.actions.push({ id: `a${d.actions.length + 1}`, title: 'Evaluatie plannen, met de partners', due: '2026-06-01', status: 'open' }); },
});
onExamples('add learning question', {
  intent: { kind: 'add', path: ['learning-agenda'], item: { question: 'Wat werkt, voor wie?', level: 'strategic' } },
  change: (d) => { d['learning-agenda'].push({ question: 'Wat werkt, voor wie?', level: 'strategic' }); },
});
onExamples('link', {
  intent: { kind: 'link', path: ['ingredients', 'technology', 'actions'], id: 'a1' },
  change: (d) => { const i = d.ingredients.technology; i.actions = [...(i.actions ?? []), 'a1']; },
});
onExamples('unlink', {
  intent: { kind: 'unlink', path: ['routes', 'in', 'actions'], id: 'a1' },
  change: (d) => { const r = d.routes.in; r.actions = r.actions.filter((x: string) => x !== 'a1'); if (r.actions.length === 0) delete r.actions; },
});
onExamples('fix SP301 after removing an ingredient', {
  before: { kind: 'remove', path: ['ingredients', 'privacy'] },
  fixOf: { code: 'SP301', index: 0 },
  change: (d) => { d.ingredients.privacy = { status: 'unknown', risk: null, actions: [] }; },
});

export const ROWS: Row[] = [
  ...EXAMPLES.flatMap((plan) => perExample.map(({ key, ...r }) => ({ ...r, plan, name: `${plan}: ${key}` }))),
  // The findings of the plans themselves, through their quick-fix buttons.
  { plan: 'friesland', name: 'friesland: fix SP602 (mark answered)', fixOf: { code: 'SP602', index: 1 }, change: (d) => { d['learning-agenda'][2].status = 'answered'; } },
  { plan: 'havendam', name: 'havendam: fix SP305', fixOf: { code: 'SP305', index: 0 }, change: (d) => { d.ingredients.financing.actions = ['a7']; d.actions.push({ id: 'a7', title: 'Get the structural funding committed' }); } },
  { plan: 'noorderveen', name: 'noorderveen: fix SP403', fixOf: { code: 'SP403', index: 0 }, change: (d) => { d.pitfalls['pilot-conditions'][0]['at-scale'] = 'Describe what takes the place of this condition at scale.'; } },
];

/** Four-space indents, `-   ` items, quoted keys and values, `>-` and `|` blocks, trailing comments, no final newline. */
ROWS.push(
  { plan: 'four', name: 'four: set keeps single quotes', intent: { kind: 'set', path: ['pilot', 'name'], value: "Buurtteam Oost's" }, change: (d) => { d.pilot.name = "Buurtteam Oost's"; } },
  { plan: 'four', name: 'four: set keeps double quotes', intent: { kind: 'set', path: ['impact', 'issue'], value: 'Nieuw "probleem"' }, change: (d) => { d.impact.issue = 'Nieuw "probleem"'; } },
  { plan: 'four', name: 'four: set keeps the trailing comment', intent: { kind: 'set', path: ['ingredients', 'collaboration', 'status'], value: 'sufficient' }, change: (d) => { d.ingredients.collaboration.status = 'sufficient'; } },
  { plan: 'four', name: 'four: set a folded block, one line', intent: { kind: 'set', path: ['pilot', 'summary'], value: 'Kort' }, change: (d) => { d.pilot.summary = 'Kort'; } },
  { plan: 'four', name: 'four: set a folded block, two lines', intent: { kind: 'set', path: ['pilot', 'summary'], value: 'Een.\nTwee.' }, change: (d) => { d.pilot.summary = 'Een.\nTwee.'; } },
  { plan: 'four', name: 'four: set a literal block', intent: { kind: 'set', path: ['ingredients', 'collaboration', 'notes'], value: 'Loopt goed.\n' }, change: (d) => { d.ingredients.collaboration.notes = 'Loopt goed.\n'; } },
  { plan: 'four', name: 'four: set a number in a flow map', intent: { kind: 'set', path: ['impact', 'theory-of-change', 'outcomes', 0, 'indicator', 'target'], value: 20 }, change: (d) => { d.impact['theory-of-change'].outcomes[0].indicator.target = 20; } },
  { plan: 'four', name: 'four: set under a quoted key', intent: { kind: 'set', path: ['routes', 'out', 'ambition'], value: 'Vier wijken' }, change: (d) => { d.routes.out.ambition = 'Vier wijken'; } },
  { plan: 'four', name: 'four: set creates a key in canvas order', intent: { kind: 'set', path: ['ingredients', 'governance', 'risk'], value: 'low' }, change: (d) => { d.ingredients.governance.risk = 'low'; } },
  { plan: 'four', name: 'four: set creates a top-level part', intent: { kind: 'set', path: ['scale', 'resources'], value: 'same' }, change: (d) => { d.scale = { resources: 'same' }; } },
  { plan: 'four', name: 'four: set null removes from a flow map', intent: { kind: 'set', path: ['pilot', 'period', 'start'], value: null }, change: (d) => { delete d.pilot.period.start; } },
  { plan: 'four', name: 'four: remove an item with its comment', intent: { kind: 'remove', path: ['partners', 0] }, change: (d) => { d.partners.splice(0, 1); } },
  { plan: 'four', name: 'four: remove the last item (end of file)', intent: { kind: 'remove', path: ['actions', 2] }, change: (d) => { d.actions.splice(2, 1); } },
  { plan: 'four', name: 'four: remove a list item below a comment', intent: { kind: 'remove', path: ['impact', 'theory-of-change', 'activities', 1] }, change: (d) => { d.impact['theory-of-change'].activities.splice(1, 1); } },
  { plan: 'four', name: 'four: remove the only funder', intent: { kind: 'remove', path: ['ingredients', 'financing', 'funders', 0] }, change: (d) => { d.ingredients.financing.funders = []; } },
  { plan: 'four', name: 'four: remove the only field', intent: { kind: 'remove', path: ['ingredients', 'governance', 'status'] }, change: (d) => { d.ingredients.governance = {}; } },
  { plan: 'four', name: 'four: remove the first key of an item', intent: { kind: 'remove', path: ['ingredients', 'financing', 'funders', 0, 'partner'] }, change: (d) => { delete d.ingredients.financing.funders[0].partner; } },
  { plan: 'four', name: 'four: remove from a flow list', intent: { kind: 'remove', path: ['impact', 'theory-of-change', 'inputs', 0] }, change: (d) => { d.impact['theory-of-change'].inputs.splice(0, 1); } },
  { plan: 'four', name: 'four: add an action like its siblings', intent: { kind: 'add', path: ['actions'], item: { title: 'Nog een actie', status: 'open' } }, change: (d) => { d.actions.push({ id: 'a4', title: 'Nog een actie', status: 'open' }); } },
  { plan: 'four', name: 'four: add a funder', intent: { kind: 'add', path: ['ingredients', 'financing', 'funders'], item: { scheme: 'Wmo', partner: 'welzijn', kind: 'structural' } }, change: (d) => { d.ingredients.financing.funders.push({ partner: 'welzijn', kind: 'structural', scheme: 'Wmo' }); } },
  { plan: 'four', name: 'four: add to a flow list', intent: { kind: 'add', path: ['impact', 'theory-of-change', 'inputs'], item: 'een budget, klein' }, change: (d) => { d.impact['theory-of-change'].inputs.push('een budget, klein'); } },
  { plan: 'four', name: 'four: add to an empty flow list', intent: { kind: 'add', path: ['impact', 'theory-of-change', 'outputs'], item: '50 huisbezoeken' }, change: (d) => { d.impact['theory-of-change'].outputs.push('50 huisbezoeken'); } },
  { plan: 'four', name: 'four: add creates the drivers list', intent: { kind: 'add', path: ['pilot', 'drivers'], item: { name: 'Wijkmanager', partner: 'gemeente', embedded: true } }, change: (d) => { d.pilot.drivers = [{ name: 'Wijkmanager', partner: 'gemeente', embedded: true }]; } },
  { plan: 'four', name: 'four: add a partner gets a slug id', intent: { kind: 'add', path: ['partners'], item: { name: 'Gemeente Súdwest-Fryslân', type: 'municipality' } }, change: (d) => { d.partners.push({ id: 'gemeente-sudwest-fryslan', name: 'Gemeente Súdwest-Fryslân', type: 'municipality' }); } },
  { plan: 'four', name: 'four: link into a flow list with a comment', intent: { kind: 'link', path: ['routes', 'in', 'actions'], id: 'a3' }, change: (d) => { d.routes.in.actions.push('a3'); } },
  { plan: 'four', name: 'four: link into a block list', intent: { kind: 'link', path: ['routes', 'out', 'actions'], id: 'a1' }, change: (d) => { d.routes.out.actions.push('a1'); } },
  { plan: 'four', name: 'four: link creates actions: [a2]', intent: { kind: 'link', path: ['ingredients', 'governance', 'actions'], id: 'a2' }, change: (d) => { d.ingredients.governance.actions = ['a2']; } },
  { plan: 'four', name: 'four: link into a flow map', intent: { kind: 'link', path: ['ingredients', 'needs', 'actions'], id: 'a2' }, change: (d) => { d.ingredients.needs.actions = ['a2']; } },
  { plan: 'four', name: 'four: link a route a partner is needed for', intent: { kind: 'link', path: ['partners', 1, 'needed-for'], id: 'up' }, change: (d) => { d.partners[1]['needed-for'].push('up'); } },
  { plan: 'four', name: 'four: link what is linked already', intent: { kind: 'link', path: ['routes', 'in', 'actions'], id: 'a1' }, change: () => {} },
  { plan: 'four', name: 'four: unlink the last id removes the key', intent: { kind: 'unlink', path: ['routes', 'in', 'actions'], id: 'a1' }, change: (d) => { delete d.routes.in.actions; } },
  { plan: 'four', name: 'four: unlink from a block list', intent: { kind: 'unlink', path: ['routes', 'out', 'actions'], id: 'a3' }, change: (d) => { d.routes.out.actions = ['a2']; } },
  { plan: 'four', name: 'four: fix SP408', fixOf: { code: 'SP408', index: 0 }, change: (d) => { d.partners.push({ id: 'inwoners', name: 'Residents', type: 'residents', roles: ['client'] }); } },
);

/** Everything in flow style: one-line maps and lists, quotes, `~` and '' values. */
ROWS.push(
  { plan: 'flow', name: 'flow: set a value that needs quotes in a flow map', intent: { kind: 'set', path: ['pilot', 'name'], value: 'Samen, aan tafel' }, change: (d) => { d.pilot.name = 'Samen, aan tafel'; } },
  { plan: 'flow', name: 'flow: set an enum in a flow map', intent: { kind: 'set', path: ['pilot', 'stage'], value: 'running' }, change: (d) => { d.pilot.stage = 'running'; } },
  { plan: 'flow', name: 'flow: set keeps single quotes in a flow map', intent: { kind: 'set', path: ['impact', 'issue'], value: 'Niemand ziet het' }, change: (d) => { d.impact.issue = 'Niemand ziet het'; } },
  { plan: 'flow', name: 'flow: set replaces ~', intent: { kind: 'set', path: ['pitfalls', 'limited-scope', 'target-groups'], value: 'Huurders' }, change: (d) => { d.pitfalls['limited-scope']['target-groups'] = 'Huurders'; } },
  { plan: 'flow', name: "flow: set replaces ''", intent: { kind: 'set', path: ['pitfalls', 'limited-scope', 'wishes'], value: 'Snel' }, change: (d) => { d.pitfalls['limited-scope'].wishes = 'Snel'; } },
  { plan: 'flow', name: 'flow: set a top-level scalar', intent: { kind: 'set', path: ['strategy'], value: 'franchise' }, change: (d) => { d.strategy = 'franchise'; } },
  { plan: 'flow', name: 'flow: set creates a nested flow map', intent: { kind: 'set', path: ['pilot', 'period', 'start'], value: '2026-01-01' }, change: (d) => { d.pilot.period = { start: '2026-01-01' }; } },
  { plan: 'flow', name: 'flow: remove from a nested flow map', intent: { kind: 'remove', path: ['routes', 'out'] }, change: (d) => { delete d.routes.out; } },
  { plan: 'flow', name: 'flow: remove a flow-map line', intent: { kind: 'remove', path: ['partners', 0] }, change: (d) => { d.partners.splice(0, 1); } },
  { plan: 'flow', name: 'flow: remove the only item', intent: { kind: 'remove', path: ['learning-agenda', 0] }, change: (d) => { d['learning-agenda'] = []; } },
  { plan: 'flow', name: 'flow: add a flow-map line', intent: { kind: 'add', path: ['actions'], item: { title: 'Nieuw: derde', status: 'open' } }, change: (d) => { d.actions.push({ id: 'a3', title: 'Nieuw: derde', status: 'open' }); } },
  { plan: 'flow', name: 'flow: add into a flow list of maps', intent: { kind: 'add', path: ['ingredients', 'financing', 'funders'], item: { partner: 'gemeente', kind: 'structural' } }, change: (d) => { d.ingredients.financing.funders.push({ partner: 'gemeente', kind: 'structural' }); } },
  { plan: 'flow', name: 'flow: link creates the list in a flow map', intent: { kind: 'link', path: ['routes', 'out', 'actions'], id: 'a2' }, change: (d) => { d.routes.out.actions = ['a2']; } },
  { plan: 'flow', name: 'flow: unlink in a nested flow list', intent: { kind: 'unlink', path: ['routes', 'in', 'actions'], id: 'a2' }, change: (d) => { d.routes.in.actions = ['a1']; } },
  { plan: 'flow', name: 'flow: fix SP404', fixOf: { code: 'SP404', index: 0 }, change: (d) => { d.pitfalls['pilot-conditions'] = [{ kind: 'extra-funding', description: 'Temporary extra funding in the pilot.' }]; } },
);

/** Two-space indents, comments above, beside and between everything, blank lines, an empty `owner:`. */
ROWS.push(
  { plan: 'comments', name: 'comments: set an empty value before its comment', intent: { kind: 'set', path: ['pilot', 'owner'], value: 'gemeente' }, change: (d) => { d.pilot.owner = 'gemeente'; } },
  { plan: 'comments', name: 'comments: set a value with a # in it', intent: { kind: 'set', path: ['pilot', 'name'], value: 'West # Oost' }, change: (d) => { d.pilot.name = 'West # Oost'; } },
  { plan: 'comments', name: 'comments: set a literal block with a blank line', intent: { kind: 'set', path: ['pilot', 'summary'], value: 'Een.\n\nTwee.\n' }, change: (d) => { d.pilot.summary = 'Een.\n\nTwee.\n'; } },
  { plan: 'comments', name: 'comments: set a block text that starts with a space', intent: { kind: 'set', path: ['pilot', 'summary'], value: ' Eén.\nTwee.' }, change: (d) => { d.pilot.summary = ' Eén.\nTwee.'; } },
  { plan: 'comments', name: 'comments: set plain text to two lines', intent: { kind: 'set', path: ['impact', 'issue'], value: 'Eenzaamheid\nen armoede' }, change: (d) => { d.impact.issue = 'Eenzaamheid\nen armoede'; } },
  { plan: 'comments', name: 'comments: set keeps the trailing comment', intent: { kind: 'set', path: ['impact', 'aim'], value: 'reduce' }, change: (d) => { d.impact.aim = 'reduce'; } },
  { plan: 'comments', name: 'comments: set two lines, the trailing comment stays on the key line', intent: { kind: 'set', path: ['actions', 0, 'title'], value: 'Functie\nvastleggen' }, change: (d) => { d.actions[0].title = 'Functie\nvastleggen'; } },
  { plan: 'comments', name: 'comments: set creates a part above its neighbour’s comment', intent: { kind: 'set', path: ['pitfalls', 'coherence', 'side-effects'], value: 'Geen' }, change: (d) => { d.pitfalls = { coherence: { 'side-effects': 'Geen' } }; } },
  { plan: 'comments', name: "comments: set '' removes an entry", intent: { kind: 'set', path: ['routes', 'in', 'owner'], value: '' }, change: (d) => { delete d.routes.in.owner; } },
  { plan: 'comments', name: 'comments: remove an item with its comment, the blank line stays', intent: { kind: 'remove', path: ['partners', 1] }, change: (d) => { d.partners.splice(1, 1); } },
  { plan: 'comments', name: 'comments: remove the only driver', intent: { kind: 'remove', path: ['pilot', 'drivers', 0] }, change: (d) => { d.pilot.drivers = []; } },
  { plan: 'comments', name: 'comments: remove an entry with a comment inside', intent: { kind: 'remove', path: ['ingredients', 'financing'] }, change: (d) => { delete d.ingredients.financing; } },
  { plan: 'comments', name: 'comments: add a partner with a free slug', intent: { kind: 'add', path: ['partners'], item: { name: 'Gemeente!', type: 'municipality' } }, change: (d) => { d.partners.push({ id: 'gemeente-2', name: 'Gemeente!', type: 'municipality' }); } },
  { plan: 'comments', name: 'comments: add an evidence item (new part)', intent: { kind: 'add', path: ['evidence'], item: { claim: 'Minder eenzaam', kind: 'monitoring' } }, change: (d) => { d.evidence = [{ claim: 'Minder eenzaam', kind: 'monitoring' }]; } },
  { plan: 'comments', name: 'comments: link into []', intent: { kind: 'link', path: ['ingredients', 'governance', 'actions'], id: 'a1' }, change: (d) => { d.ingredients.governance.actions = ['a1']; } },
  { plan: 'comments', name: 'comments: unlink the only id of a block list', intent: { kind: 'unlink', path: ['routes', 'in', 'actions'], id: 'a1' }, change: (d) => { delete d.routes.in.actions; } },
  { plan: 'comments', name: 'comments: fix SP602 (mark answered)', fixOf: { code: 'SP602', index: 1 }, change: (d) => { d['learning-agenda'][0].status = 'answered'; } },
);
