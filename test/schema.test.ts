/**
 * The plan schema and SP002 as a user sees them: the exact message in both
 * languages and the exact place, one finding per bad node, "did you mean",
 * and the schema file itself (complete descriptions, closed objects).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { analyse } from '../server/src/lint.js';
import { parsePlan } from '../server/src/model/plan.js';
import { EXTRA_KEYWORDS, planSchema, schemaAt, type JSONSchema } from '../server/src/schema/load.js';
import { didYouMean, editDistance, suggestWork } from '../server/src/schema/suggest.js';
import { planValidator, validatePlan } from '../server/src/schema/validate.js';

const HEAD = 'scaling-plan: 1\npilot:\n  name: Buurtcoach\n';

function sp002(text: string, lang: 'nl' | 'en' = 'en') {
  return analyse(text, { lang }).diagnostics.filter((d) => d.code === 'SP002');
}

describe('schema compile and validation', () => {
  // How long they take is measured by `npm run bench`, not asserted here.
  it('compiles once, and validates a typical plan the same way every time', () => {
    const validate = planValidator();
    expect(planValidator()).toBe(validate); // cached
    const plan = readFileSync(join(__dirname, 'fixtures/rules/SP002/passes-full-plan.scaling.yaml'), 'utf8');
    const doc = parsePlan(plan);
    for (let i = 0; i < 3; i++) expect(validatePlan(doc)).toEqual([]);
  });
});

/** [snippet after HEAD, line, character, endCharacter, English, Dutch] — lines and characters 0-based. */
const TABLE: [string, number, number, number, string, string][] = [
  ['ingredients:\n  financing:\n    risk: enormous\n', 5, 10, 18,
    '`risk` must be low, medium or high — got ‘enormous’',
    '`risk` moet low (laag), medium (gemiddeld) of high (hoog) zijn — nu ‘enormous’'],
  ['ingredients:\n  financing:\n    statuz: partial\n', 5, 4, 10,
    'Unknown key ‘statuz’ in ‘financing’ — did you mean ‘status’?',
    'Onbekende sleutel ‘statuz’ in ‘financing’ — bedoel je ‘status’?'],
  ['ingredients:\n  budget: {}\n', 4, 2, 8,
    'Unknown key ‘budget’ in ‘ingredients’; allowed here: collaboration, needs, governance, value, financing, skills, technology, privacy.',
    'Onbekende sleutel ‘budget’ in ‘ingredients’; hier kan: collaboration, needs, governance, value, financing, skills, technology, privacy.'],
  ['ingredients:\n  financing:\n    status: partal\n', 5, 12, 18,
    '`status` must be sufficient, partial, insufficient or unknown — got ‘partal’; did you mean ‘partial’?',
    '`status` moet sufficient (voldoende), partial (gedeeltelijk), insufficient (onvoldoende) of unknown (onbekend) zijn — nu ‘partal’; bedoel je ‘partial’ (gedeeltelijk)?'],
  ['ingredients:\n  financing:\n    funders:\n      - kind: tijdelijk\n', 6, 14, 23,
    '`kind` must be temporary or structural — got ‘tijdelijk’; did you mean ‘temporary’?',
    '`kind` moet temporary (tijdelijk) of structural (structureel) zijn — nu ‘tijdelijk’; bedoel je ‘temporary’ (tijdelijk)?'],
  ['partners: {ns: NS}\n', 3, 0, 8,
    '`partners` must be a list — got a block of keys',
    '`partners` moet een lijst zijn — nu een blok met sleutels'],
  ['routes:\n  in:\n    ambition: [a, b]\n', 5, 4, 12,
    '`ambition` must be a text — got a list',
    '`ambition` moet een tekst zijn — nu een lijst'],
  ['routes:\n  in:\n    within-pilot: ja\n', 5, 18, 20,
    '`within-pilot` must be true or false — got ‘ja’',
    '`within-pilot` moet true of false zijn — nu ‘ja’'],
  ['impact:\n  issue: 12.50\n', 4, 9, 14,
    '`issue` must be a text — got ‘12.50’, which YAML reads as a number; put it in quotes: "12.50"',
    '`issue` moet een tekst zijn — nu ‘12.50’, wat YAML als een getal leest; zet het tussen aanhalingstekens: "12.50"'],
  ['actions:\n  - id: a1\n    title: Iets\n    due: 1 maart\n', 6, 9, 16,
    '`due` must be a date written as YYYY-MM-DD, such as 2025-06-30 — got ‘1 maart’',
    '`due` moet een datum zijn in de vorm JJJJ-MM-DD, zoals 2025-06-30 — nu ‘1 maart’'],
  ['actions:\n  - id: a1\n    title: Iets\n    due: 2025-13-01\n', 6, 9, 19,
    '`due` must be a date written as YYYY-MM-DD, such as 2025-06-30 — got ‘2025-13-01’',
    '`due` moet een datum zijn in de vorm JJJJ-MM-DD, zoals 2025-06-30 — nu ‘2025-13-01’'],
  ['partners:\n  - id: GGZ_Noord\n    name: GGZ\n', 4, 8, 17,
    '`id` must be a short id of lowercase letters and digits joined by hyphens, such as ggz-noord — got ‘GGZ_Noord’',
    '`id` moet een korte code zijn van kleine letters en cijfers, met streepjes ertussen, zoals ggz-noord — nu ‘GGZ_Noord’'],
  ['actions:\n  - id: actie 1\n    title: Iets\n', 4, 8, 15,
    '`id` must be one word without spaces, such as a1 — got ‘actie 1’',
    '`id` moet één woord zonder spaties zijn, zoals a1 — nu ‘actie 1’'],
  ['partners:\n  - id: ns\n', 4, 4, 5,
    '`name` is missing from item 1 of `partners`.',
    '`name` ontbreekt in item 1 van `partners`.'],
  ['actions:\n  - id: a1\n    title:\n', 5, 4, 9,
    '`title` is empty; fill in a text.',
    '`title` is leeg; vul een tekst in.'],
  ['strategy: [growth, francise]\n', 3, 19, 27,
    'Item 2 of `strategy` must be growth, franchise, configuration or institutionalisation — got ‘francise’; did you mean ‘franchise’?',
    'Item 2 van `strategy` moet growth (groei), franchise, configuration (configuratie) of institutionalisation (institutionaliseren) zijn — nu ‘francise’; bedoel je ‘franchise’?'],
  ['strategy: groei\n', 3, 10, 15,
    '`strategy` must be growth, franchise, configuration or institutionalisation (or a list of these) — got ‘groei’; did you mean ‘growth’?',
    '`strategy` moet growth (groei), franchise, configuration (configuratie) of institutionalisation (institutionaliseren) (of een lijst daarvan) zijn — nu ‘groei’; bedoel je ‘growth’ (groei)?'],
  ['impact:\n  theory-of-change:\n    outcomes:\n      - text: Minder meldingen\n        indicator: { name: E33, baseline: [40] }\n', 7, 32, 40,
    '`baseline` must be a text or a number — got a list',
    '`baseline` moet een tekst of een getal zijn — nu een lijst'],
  ['floor:\n  indicators:\n    - 7\n', 5, 6, 7,
    'Item 1 of `indicators` must be a text — got ‘7’, which YAML reads as a number; put it in quotes: "7"',
    'Item 1 van `indicators` moet een tekst zijn — nu ‘7’, wat YAML als een getal leest; zet het tussen aanhalingstekens: "7"'],
  ['floor:\n  indicators:\n    - [a]\n', 5, 6, 9,
    'Item 1 of `indicators` must be a text, or a block with `text` and `indicator` — got a list',
    'Item 1 van `indicators` moet een tekst, of een blok met `text` en `indicator` zijn — nu een lijst'],
];

describe('SP002 messages and ranges', () => {
  for (const [snippet, line, character, endCharacter, en, nl] of TABLE) {
    it(en, () => {
      const text = HEAD + snippet;
      const [d, ...rest] = sp002(text, 'en');
      expect(rest).toEqual([]);
      expect(d?.message).toBe(en);
      expect(d?.range).toEqual({ start: { line, character }, end: { line, character: endCharacter } });
      const dutch = sp002(text, 'nl');
      expect(dutch.map((x) => x.message)).toEqual([nl]);
      expect(dutch[0]?.range).toEqual(d?.range);
    });
  }

  it('puts a missing `pilot` on the first line of the file', () => {
    const [d, ...rest] = sp002('# Buurtcoach\nscaling-plan: 1\n');
    expect(rest).toEqual([]);
    expect(d?.message).toBe('`pilot` is missing from the plan.');
    expect(d?.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 12 } });
  });

  it('says when the file is a list or a text instead of a plan', () => {
    expect(sp002('- a\n- b\n').map((d) => d.message)).toEqual(['A plan is a block of keys (scaling-plan, pilot, …) — this file holds a list.']);
    expect(sp002('Mijn plan\n', 'nl').map((d) => d.message)).toEqual(['Een plan is een blok met sleutels (scaling-plan, pilot, …) — dit bestand bevat de tekst ‘Mijn plan’.']);
    expect(sp002('')).toEqual([]);
    expect(sp002('# alleen commentaar\n')).toEqual([]);
  });

  it('leaves the version to SP006', () => {
    for (const text of ['pilot:\n  name: X\n', 'scaling-plan: 2\npilot:\n  name: X\n', 'scaling-plan: [1]\npilot:\n  name: X\n', 'scaling-plan:\npilot:\n  name: X\n']) {
      expect(sp002(text)).toEqual([]);
      expect(analyse(text).diagnostics.filter((d) => d.code === 'SP006')).toHaveLength(1);
    }
  });
});

describe('one finding per bad node', () => {
  const cases: [string, string][] = [
    ['a list where one choice belongs (type and enum)', 'ingredients:\n  financing:\n    risk: [high]\n'],
    ['a block where a strategy belongs (if/then/else, type, enum)', 'strategy: { a: 1 }\n'],
    ['a number as an action id (type and pattern)', 'actions:\n  - id: 7\n    title: Iets\n'],
    ['a number as a date (type and pattern)', 'actions:\n  - id: a1\n    title: Iets\n    due: 2025\n'],
    ['an empty partner id (type and pattern)', 'partners:\n  - id:\n    name: NS\n'],
    ['an empty required text (minLength)', 'partners:\n  - id: ns\n    name: ""\n'],
    ['a strategy list item of the wrong kind', 'strategy: [growth, [franchise]]\n'],
  ];
  for (const [name, snippet] of cases) {
    it(name, () => {
      const found = sp002(HEAD + snippet);
      expect(found).toHaveLength(1);
    });
  }

  it('reports each of several problems in one block once', () => {
    const found = sp002(`${HEAD}ingredients:\n  financing: { statuz: x, risk: enormous, status: nee, actions: a1 }\n`);
    expect(found.map((d) => d.message)).toEqual([
      'Unknown key ‘statuz’ in ‘financing’ — did you mean ‘status’?',
      '`risk` must be low, medium or high — got ‘enormous’',
      '`status` must be sufficient, partial, insufficient or unknown — got ‘nee’',
      '`actions` must be a list — got ‘a1’',
    ]);
  });

  it('does not report a key written as a list twice (SP002 once, from the reader)', () => {
    const found = sp002(`${HEAD}ingredients:\n  ? [a, b]\n  : x\n`);
    expect(found.map((d) => d.message)).toEqual(['Keys in a plan are plain words, not lists or objects.']);
  });
});

describe('did you mean', () => {
  it('offers the close key as a fix that replaces exactly the key', () => {
    const text = `${HEAD}  sumary: Iets\n`;
    const [d] = sp002(text);
    expect(d?.data).toEqual({ replace: 'summary' });
    expect(d?.range).toEqual({ start: { line: 3, character: 2 }, end: { line: 3, character: 8 } });
  });

  it('offers the close value as a fix that replaces exactly the value', () => {
    const [d] = sp002(`${HEAD}  stage: Running\n`);
    expect(d?.message).toBe('`stage` must be design, running, evaluating or scaling — got ‘Running’; did you mean ‘running’?');
    expect(d?.data).toEqual({ replace: 'running' });
    expect(d?.range).toEqual({ start: { line: 3, character: 9 }, end: { line: 3, character: 16 } });
  });

  it('maps Dutch canvas words to their key', () => {
    expect(didYouMean('financiering', ['collaboration', 'financing'])).toBe('financing');
    expect(didYouMean('structureel', ['temporary', 'structural'])).toBe('structural');
    expect(didYouMean('tijdelijk', ['low', 'medium'])).toBeUndefined(); // only where the key is allowed
  });

  it('suggests only slips, not other words', () => {
    expect(didYouMean('statsu', ['status', 'risk'])).toBe('status'); // a swap is one edit
    expect(didYouMean('rsik', ['status', 'risk'])).toBe('risk');
    expect(didYouMean('wijk', ['work', 'care'])).toBeUndefined(); // two edits in four letters
    expect(didYouMean('colour', ['status', 'risk'])).toBeUndefined();
    expect(didYouMean('ab', ['id'])).toBeUndefined();
    expect(didYouMean('institutionalization', ['institutionalisation'])).toBe('institutionalisation');
    expect(didYouMean('__proto__', ['status'])).toBeUndefined();
    expect(didYouMean('constructor', ['status'])).toBeUndefined();
  });

  it('measures edits the Damerau way', () => {
    expect(editDistance('status', 'status')).toBe(0);
    expect(editDistance('statuz', 'status')).toBe(1);
    expect(editDistance('stauts', 'status')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('reports __proto__ and constructor as plain unknown keys', () => {
    const found = sp002(`${HEAD}__proto__: { polluted: true }\nconstructor: x\n`);
    expect(found.map((d) => d.message.split(';')[0])).toEqual(['Unknown key ‘__proto__’ in the plan', 'Unknown key ‘constructor’ in the plan']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('schemaAt (for hovers and completion)', () => {
  it('gives the words and choices of a path', () => {
    const risk = schemaAt(['ingredients', 'financing', 'risk']);
    expect(risk?.description).toBe('The risk for scaling if it stays as it is.');
    expect(risk?.['x-nl']).toBe('Het risico voor opschaling als het zo blijft.');
    expect(risk?.enum).toEqual(['low', 'medium', 'high', null]);
    expect(schemaAt(['partners', 3, 'roles', 0])?.enum).toContain('receiver');
    expect(schemaAt(['actions', 0, 'due'])?.pattern).toMatch(/^\^\\d\{4\}/);
    expect(schemaAt(['impact', 'theory-of-change', 'outcomes', 0, 'indicator', 'baseline'])?.['x-nl']).toBe('De waarde bij de start (nulmeting).');
  });

  it('merges the two forms of `strategy`', () => {
    const s = schemaAt(['strategy']);
    expect(s?.enum).toEqual(['growth', 'franchise', 'configuration', 'institutionalisation', null]);
    expect(s?.markdownDescription).toContain('strategy: [franchise, institutionalisation]');
    expect(schemaAt(['strategy', 0])?.enum).toContain('franchise');
  });

  it('knows nothing of paths outside the format', () => {
    expect(schemaAt(['colour'])).toBeUndefined();
    expect(schemaAt(['pilot', 'name', 'x'])).toBeUndefined();
    expect(schemaAt(['__proto__'])).toBeUndefined();
  });
});

describe('the schema files', () => {
  const walk = (s: JSONSchema, at: string, visit: (s: JSONSchema, at: string) => void): void => {
    visit(s, at);
    for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, `${at}/${k}`, visit);
    for (const [k, v] of Object.entries(s.definitions ?? {})) walk(v, `${at}#${k}`, visit);
    if (s.items) walk(s.items, `${at}[]`, visit);
    for (const b of [s.then, s.else]) if (b) walk(b, at, visit);
  };

  it('is valid draft-07 and closes every object', () => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(planSchema())).toBe(true);
    walk(planSchema(), '', (s, at) => {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      if (types.includes('object')) expect(s.additionalProperties, at).toBe(false);
    });
  });

  it('describes every property in English and Dutch', () => {
    walk(planSchema(), '', (s, at) => {
      if (at.includes('#') || s.$ref) return; // definitions are described where they are used
      expect(typeof s.description, at).toBe('string');
      expect(typeof s['x-nl'], at).toBe('string');
    });
  });

  it('lists the required keys of SPEC §2', () => {
    const root = planSchema();
    expect(root.required).toEqual(['scaling-plan', 'pilot']);
    expect(root.properties?.['pilot']?.required).toEqual(['name']);
    expect(root.properties?.['partners']?.items?.required).toEqual(['id', 'name']);
    expect(root.properties?.['actions']?.items?.required).toEqual(['id', 'title']);
  });

  it('checks .scalingrc.yaml', () => {
    const rc = JSON.parse(readFileSync(join(__dirname, '../schemas/scalingrc.schema.json'), 'utf8')) as JSONSchema;
    const ajv = new Ajv({ allErrors: true, strict: true });
    for (const k of EXTRA_KEYWORDS) ajv.addKeyword({ keyword: k });
    const validate = ajv.compile(rc);
    expect(validate({ lang: 'nl', rules: { SP407: 'off', SP301: 'error' }, ignore: ['archive/**'] })).toBe(true);
    expect(validate({ lang: 'de' })).toBe(false);
    expect(validate({ rules: { SP301: 'fatal' } })).toBe(false);
    expect(validate({ rules: { 'ingredient-missing': 'off' } })).toBe(false);
    expect(validate({ ignore: 'archive/**' })).toBe(false);
    expect(validate({ langauge: 'nl' })).toBe(false);
  });
});

describe('SP006 version', () => {
  const sp006 = (text: string, lang: 'nl' | 'en' = 'en') => analyse(text, { lang }).diagnostics.filter((d) => d.code === 'SP006');

  it('puts a missing version on the first line, with the line to insert it before', () => {
    const text = '# Buurtcoach\npilot:\n  name: X\n';
    const [d, ...rest] = sp006(text);
    expect(rest).toEqual([]);
    expect(d?.message).toBe('The plan format version is missing: start the plan with `scaling-plan: 1`.');
    expect(d?.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 12 } });
    expect(d?.data).toEqual({ insert: 'scaling-plan: 1\n', line: 1 });
    expect(sp006(text, 'nl')[0]?.message).toBe('De versie van het planformaat ontbreekt: begin het plan met `scaling-plan: 1`.');
    expect(sp006('{ pilot: { name: X } }')[0]?.data).toBeUndefined(); // no line to insert into a flow block
  });

  it('puts a wrong version on the value, with the supported one as the fix', () => {
    const [d] = sp006('scaling-plan: 2.5\npilot:\n  name: X\n');
    expect(d?.message).toBe('`scaling-plan` must be 1, the plan format version this tool reads — got ‘2.5’.');
    expect(d?.range).toEqual({ start: { line: 0, character: 14 }, end: { line: 0, character: 17 } });
    expect(d?.data).toEqual({ replace: '1' });
    expect(sp006('scaling-plan: 2.5\n', 'nl')[0]?.message).toBe('`scaling-plan` moet 1 zijn, de versie van het planformaat die dit hulpmiddel leest — nu ‘2.5’.');
  });

  it('explains a quoted or empty version', () => {
    expect(sp006("scaling-plan: '1'\n").map((d) => [d.message, d.data])).toEqual([['`scaling-plan` is a number: write 1 without quotes.', { replace: '1' }]]);
    expect(sp006('scaling-plan:\n', 'nl').map((d) => [d.message, d.range.start])).toEqual([['`scaling-plan` is leeg: vul de versie van het planformaat in, `1`.', { line: 0, character: 0 }]]);
  });

  it('accepts version 1 anywhere in the plan, and says nothing about a list or a broken file', () => {
    expect(sp006('pilot:\n  name: X\nscaling-plan: 1\n')).toEqual([]);
    expect(sp006('- scaling-plan: 2\n')).toEqual([]);
    expect(sp006('pilot: a\u0000b\n')).toEqual([]); // unreadable: SP001's alone
    expect(sp006('pilot: [unclosed\n')).toHaveLength(1); // read in part: the part has no version
    expect(sp006('')).toHaveLength(1);
  });
});

describe('many findings', () => {
  it('explains 40,000 unknown keys with bounded work, each once', () => {
    let text = HEAD;
    for (let i = 0; i < 40000; i++) text += `k${i}: ${i}\n`;
    const doc = parsePlan(text);
    // Work is counted, not timed (timing belongs in `npm run bench`): the "did
    // you mean" of each key measures at most one short distance per top-level key.
    const before = { ...suggestWork };
    const problems = validatePlan(doc);
    const topLevelKeys = Object.keys(planSchema().properties ?? {}).length;
    expect(suggestWork.distances - before.distances).toBeLessThanOrEqual(40000 * topLevelKeys);
    expect(suggestWork.cells - before.cells).toBeLessThanOrEqual(40000 * topLevelKeys * 6 * 5);
    expect(problems).toHaveLength(40000);
    expect(new Set(problems.map((p) => p.range.start.line)).size).toBe(40000);
  });

  it('caps lists and texts', () => {
    let partners = `${HEAD}partners:\n`;
    for (let i = 0; i < 5001; i++) partners += `  - { id: p${i}, name: P }\n`;
    expect(sp002(partners).map((d) => [d.message, d.range.start.line])).toEqual([['`partners` has too many items: at most 5000 (now 5001).', 3]]);
    expect(sp002(`${HEAD}  summary: "${'x'.repeat(20001)}"\n`, 'nl').map((d) => d.message)).toEqual(['`summary` is te lang: hoogstens 20000 tekens (nu 20001).']);
  });
});
