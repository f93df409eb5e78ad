/**
 * Dutch that reads as written by a Dutch advisor (issue 13, point 4;
 * docs/nl-review.md): the exact sentences a reader sees for the cases the
 * read-through settled — enum values glossed, the key to add named, no list
 * cut mid-word, singular and plural, the name-for-id "bedoel je".
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../server/src/lint.js';
import type { Lang } from '../server/src/model/types.js';

const HEAD = 'scaling-plan: 1\npilot:\n  name: Buurtcoach\n';
const messages = (text: string, code: string, lang: Lang = 'nl'): string[] =>
  analyse(text, { lang }).diagnostics.filter((d) => d.code === code).map((d) => d.message);

describe('Dutch messages', () => {
  it('SP004: a partner named where its id belongs gets "bedoel je ‘gemeente’ (Gemeente Westerveld)?"', () => {
    const text = `${HEAD}  owner: Gemeente Westerveld\npartners:\n  - id: gemeente\n    name: Gemeente Westerveld\n`;
    expect(messages(text, 'SP004')).toEqual(['Partner ‘Gemeente Westerveld’ staat niet bij de partners — bedoel je ‘gemeente’ (Gemeente Westerveld)? Verwijs naar een partner met zijn id, niet met zijn naam.']);
    expect(messages(text, 'SP004', 'en')).toEqual(["Partner 'Gemeente Westerveld' is not declared — did you mean ‘gemeente’ (Gemeente Westerveld)? Refer to a partner by its id, not its name."]);
  });

  it('SP302 glosses the value as written, and says which key is still empty when none is', () => {
    const written = messages(`${HEAD}ingredients:\n  financing:\n    status: partial\n`, 'SP302');
    expect(written).toEqual(['Ingrediënt ‘financiering’ staat op ‘gedeeltelijk’ (`partial`), maar er staat geen actie bij: zet onder `actions` wat je tijdens de pilot doet om het klaar te maken voor opschaling.']);
    const empty = messages(`${HEAD}ingredients:\n  skills:\n    status:\n`, 'SP302');
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatch(/^Ingrediënt ‘kennis en vaardigheden’ heeft nog geen status en er staat geen actie bij: vul bij `status` in /);
    expect(empty[0]).toContain('‘onbekend’ (`unknown`)');
  });

  it('SP401 names the keys still open, joined with "en"', () => {
    const text = `${HEAD}pitfalls:\n  limited-scope:\n    situations: Thuis\n    target-groups: Ouderen\n`;
    expect(messages(text, 'SP401')).toEqual(['Valkuil ‘beperkte scope van de pilot’ laat nog open: ‘wensen’ (`wishes`) en ‘omgeving’ (`environment`). Beschrijf ook daarvoor wat het betekent voor opschaling.']);
  });

  it('SP406 and SP407 gloss involvement and friction without brackets in brackets', () => {
    const text = `${HEAD}routes:\n  up:\n    ambition: Structureel\npartners:\n  - id: zv\n    name: Zorgverzekeraar\n    type: insurer\n    needed-for: [up]\n    involvement: not-yet\n    friction: resistance\n`;
    expect(messages(text, 'SP406')).toEqual(['Partner ‘Zorgverzekeraar’ is nodig voor opschaling langs route ‘Op (beleid, wet- en regelgeving)’, maar is ‘nog niet betrokken’ (`not-yet`) en er staat geen actie bij: leg vast hoe en wanneer je deze schalingspartner betrekt.']);
    expect(messages(text, 'SP407')).toEqual(['Bij partner ‘Zorgverzekeraar’ wordt wrijving verwacht, namelijk ‘weerstand’ (`resistance`), maar er staat geen actie bij: leg vast hoe je deze partner tijdig meeneemt.']);
  });

  it('SP002 lists all fourteen partner types whole, never cut mid-word', () => {
    const [m] = messages(`${HEAD}partners:\n  - id: x\n    name: X\n    type: inwoners\n`, 'SP002');
    expect(m).toContain('residents (inwoners) of other (anders) zijn — nu ‘inwoners’; bedoel je ‘residents’ (inwoners)?');
    expect(m).not.toContain('…');
  });

  it('SP002 suggests the value for the Dutch word our own texts use (uitvoering → running)', () => {
    expect(messages(`${HEAD}  stage: uitvoering\n`, 'SP002')).toEqual(['`stage` moet design (ontwerp), running (uitvoering), evaluating (evaluatie) of scaling (opschaling) zijn — nu ‘uitvoering’; bedoel je ‘running’ (uitvoering)?']);
  });

  it('SP603 says "Beide" for two questions, "Alle 3" for three', () => {
    const q = (n: number): string => Array.from({ length: n }, (_, i) => `  - question: Hoe kan ik ${i}, terwijl …?\n    level: operational\n    actions: [a1]\n`).join('');
    const plan = (n: number): string => `${HEAD}actions:\n  - id: a1\n    title: T\nlearning-agenda:\n${q(n)}`;
    expect(messages(plan(2), 'SP603')[0]).toMatch(/^Beide leervragen staan op niveau ‘operationeel’ \(`operational`\):/);
    expect(messages(plan(3), 'SP603')[0]).toMatch(/^Alle 3 leervragen staan op niveau/);
    expect(messages(plan(2), 'SP603', 'en')[0]).toMatch(/^Both learning questions are on level 'operational':/);
  });

  it('SP001 counts spaces in the singular and the plural', () => {
    const one = 'scaling-plan: 1\npilot:\n name: Buurtcoach\n summary: x\n  stage: design\n';
    expect(messages(one, 'SP001')).toEqual(['Deze regel springt te ver in: de regels waar hij bij hoort beginnen na 1 spatie (hier 2).']);
    expect(messages(one, 'SP001', 'en')).toEqual(['This line is indented too far: the lines it belongs with start after 1 space (here 2).']);
    const two = `${HEAD}impact:\n  issue: Eenzaamheid\n   aim: reduce\n`;
    expect(messages(two, 'SP001')).toEqual(['Deze regel springt te ver in: de regels waar hij bij hoort beginnen na 2 spaties (hier 3).']);
  });
});
