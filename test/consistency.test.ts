/**
 * The build fails when a rule lacks its doc page, its fixtures or its
 * registry entry, when a doc page drifts from the rule's metadata, or when a
 * doc page's examples do not behave as labelled (ESLint / markdownlint style).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../server/src/lint.js';
import { RULES } from '../server/src/rules/index.js';

const ROOT = join(__dirname, '..');
const SPEC_CODES = [
  'SP001', 'SP002', 'SP003', 'SP004', 'SP005', 'SP006', 'SP007', 'SP101', 'SP102', 'SP103',
  'SP201', 'SP202', 'SP203', 'SP204', 'SP205', 'SP206', 'SP207', 'SP301', 'SP302', 'SP303', 'SP304', 'SP305', 'SP306',
  'SP401', 'SP402', 'SP403', 'SP404', 'SP405', 'SP406', 'SP407', 'SP408', 'SP501', 'SP502', 'SP503', 'SP504',
  'SP601', 'SP602', 'SP603', 'SP701',
];

/** The rules of SPEC §6.4 (canvas 1.1): their pages cite the source text they come from. */
const NEW_IN_1_1 = /^SP(20[67]|30[56]|408|504|60[123])$/;

describe('rule catalogue', () => {
  it('registers every SPEC code exactly once, sorted', () => {
    expect(RULES.map((r) => r.code)).toEqual(SPEC_CODES);
  });

  // The indexes are written by scripts/rule-index.mjs from the rule pages.
  it('lists every rule, with links to both pages, in docs/rules/README.md and docs/rules/nl/README.md', () => {
    const en = readFileSync(join(ROOT, 'docs/rules/README.md'), 'utf8');
    const nl = readFileSync(join(ROOT, 'docs/rules/nl/README.md'), 'utf8');
    const rows = (doc: string): string[] => doc.split('\n').filter((l) => /^\| SP\d{3} \|/.test(l)).map((l) => l.slice(2, 7));
    const hint = 'run `node scripts/rule-index.mjs`';
    expect(rows(en), hint).toEqual(SPEC_CODES);
    expect(rows(nl), hint).toEqual(SPEC_CODES);
    for (const r of RULES) {
      const enRow = en.split('\n').find((l) => l.startsWith(`| ${r.code} |`))!;
      const nlRow = nl.split('\n').find((l) => l.startsWith(`| ${r.code} |`))!;
      expect(enRow, hint).toContain(`| ${r.code} | ${r.name} | ${r.severity} | ${r.description.en} |`);
      expect(enRow).toContain(`[English](${r.code}.md) · [Nederlands](nl/${r.code}.md)`);
      expect(nlRow, hint).toContain(`| ${r.code} | ${r.name} | `);
      expect(nlRow, hint).toContain(`(\`${r.severity}\`) | ${r.description.nl} |`);
      expect(nlRow).toContain(`[Nederlands](${r.code}.md) · [English](../${r.code}.md)`);
    }
  });

  it('registers every rule file in server/src/rules', () => {
    const files = readdirSync(join(ROOT, 'server/src/rules')).filter((f) => /^SP\d{3}-/.test(f));
    expect(files.map((f) => f.slice(0, 5)).sort()).toEqual(RULES.map((r) => r.code));
    for (const r of RULES) expect(files).toContain(`${r.code}-${r.name}.ts`);
  });
});

for (const rule of RULES) {
  describe(`${rule.code} ${rule.name}`, () => {
    it('has messages and a description in Dutch and English', () => {
      expect(rule.description.nl.length).toBeGreaterThan(10);
      expect(rule.description.en.length).toBeGreaterThan(10);
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      for (const m of Object.values(rule.messages)) {
        expect(m.nl.trim()).not.toBe('');
        expect(m.en.trim()).not.toBe('');
      }
    });

    it('has fixtures that fire and pass', () => {
      const dir = join(ROOT, 'test/fixtures/rules', rule.code);
      expect(existsSync(dir)).toBe(true);
      const files = readdirSync(dir);
      expect(files.some((f) => f.startsWith('fires'))).toBe(true);
      expect(files.some((f) => f.startsWith('passes'))).toBe(true);
    });

    const docPath = join(ROOT, 'docs/rules', `${rule.code}.md`);
    it('has a doc page that matches its metadata', () => {
      expect(existsSync(docPath)).toBe(true);
      const doc = readFileSync(docPath, 'utf8');
      expect(doc.split('\n')[0]).toBe(`# ${rule.code} — ${rule.name}`);
      expect(doc).toContain(`| ${rule.code} | ${rule.name} | ${rule.severity} |`);
      expect(doc).toContain(`**NL:** ${rule.description.nl}`);
      expect(doc).toContain(`**EN:** ${rule.description.en}`);
      expect(doc).toMatch(/^## Why it matters$/m);
    });

    it('has doc examples that behave as labelled', () => {
      const doc = readFileSync(docPath, 'utf8');
      const block = (heading: string): string => {
        const m = new RegExp(`^## ${heading}\\n+\`\`\`yaml\\n([\\s\\S]*?)\`\`\``, 'm').exec(doc);
        expect(m, `a yaml block under "## ${heading}"`).not.toBeNull();
        return m![1]!;
      };
      const count = (text: string): number => analyse(text, { lang: 'en' }).diagnostics.filter((d) => d.code === rule.code).length;
      expect(count(block('Wrong'))).toBeGreaterThan(0);
      expect(count(block('Right'))).toBe(0);
    });

    // The Dutch page (SPEC §6.1, issue 13): every rule has one, held to the same standard as the English page.
    const nlPath = join(ROOT, 'docs/rules/nl', `${rule.code}.md`);
    const isNew = NEW_IN_1_1.test(rule.code);
    it('has a Dutch doc page that matches its metadata', () => {
      expect(existsSync(nlPath), nlPath).toBe(true);
      const doc = readFileSync(nlPath, 'utf8');
      expect(doc.split('\n')[0]).toBe(`# ${rule.code} — ${rule.name}`);
      expect(doc).toMatch(/^\| Code \| Naam \| Standaard-ernst \|$/m);
      expect(doc).toContain(`\n| ${rule.code} | ${rule.name} | ${rule.severity} |\n`);
      expect(doc).toContain(`\n**NL:** ${rule.description.nl}\n`);
      expect(doc).toMatch(/^## Waarom het ertoe doet$/m);
      expect(doc).not.toMatch(/^## (Why it matters|Wrong|Right)$/m);
    });

    it('has Dutch doc examples that behave as labelled', () => {
      const doc = readFileSync(nlPath, 'utf8');
      const count = (heading: string): number => {
        const m = new RegExp(`^## ${heading}\\n+\`\`\`yaml\\n([\\s\\S]*?)\`\`\``, 'm').exec(doc);
        expect(m, `a yaml block under "## ${heading}"`).not.toBeNull();
        return analyse(m![1]!, { lang: 'nl' }).diagnostics.filter((d) => d.code === rule.code).length;
      };
      expect(count('Fout')).toBeGreaterThan(0);
      expect(count('Goed')).toBe(0);
    });

    // Each page links to the other language just under its title (line 1 stays the title).
    it('links its English and Dutch pages to each other', () => {
      const head = (path: string): string => readFileSync(path, 'utf8').split('\n').slice(1, 6).join('\n');
      expect(head(docPath)).toContain(`*Nederlands: [${rule.code}](nl/${rule.code}.md)*`);
      expect(head(nlPath)).toContain(`*English: [${rule.code}](../${rule.code}.md)*`);
    });

    // Rules new in canvas 1.1 cite the source text they come from, in both languages.
    if (isNew) it('cites its source text (a Dutch quote and the title) on both pages', () => {
      const titles = /— (Handboek opschalen van pilots|Notitie opschalen en structureel verankeren succesvolle werkwijzen \(WOZO\)|Workshop opschalen van verandering|Lerende evaluatie Geweld hoort nergens thuis)/;
      for (const path of [docPath, nlPath]) expect(readFileSync(path, 'utf8'), path).toMatch(new RegExp(`^> „[^“]+“ ${titles.source}`, 'm'));
    });
  });
}
