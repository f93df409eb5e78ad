// Writes the rule indexes docs/rules/README.md (English) and docs/rules/nl/README.md
// (Dutch) from the rule pages themselves: the code, name and default severity
// from each page's table row, the description from its **NL:** / **EN:** lines.
// The pages are held to the rule metadata by test/consistency.test.ts, so after
// a description changes: update the pages, then run
//   node scripts/rule-index.mjs
// and the consistency test checks the indexes again.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const at = (p) => join(ROOT, p);
const codes = readdirSync(at('docs/rules')).filter((f) => /^SP\d{3}\.md$/.test(f)).map((f) => f.slice(0, 5)).sort();
const meta = codes.map((c) => {
  const en = readFileSync(at(`docs/rules/${c}.md`), 'utf8').split('\n');
  const [, , name, sev] = en.find((l) => l.startsWith(`| ${c} |`)).split('|').map((s) => s.trim());
  const d = (k) => en.find((l) => l.startsWith(`**${k}:** `)).slice(k.length + 6);
  return { c, name, sev, nl: d('NL'), en: d('EN') };
});
const nlSev = { error: 'fout (`error`)', warning: 'waarschuwing (`warning`)', info: 'informatie (`info`)', hint: 'hint (`hint`)' };
writeFileSync(at('docs/rules/README.md'), `# Rules

*Nederlands: [regels](nl/README.md)*

Every rule of the linter, with its page in English and in Dutch. Each page
says why the rule matters (quoting the canvas source texts), how it counts,
and gives a wrong and a right example. The severity is the default; a
\`.scalingrc.yaml\` can change it, and the plan's \`pilot.stage\` tones some
rules down early in a pilot (SPEC §6.3).

| Code | Name | Default severity | What it checks | Pages |
|---|---|---|---|---|
${meta.map((m) => `| ${m.c} | ${m.name} | ${m.sev} | ${m.en} | [English](${m.c}.md) · [Nederlands](nl/${m.c}.md) |`).join('\n')}
`);
writeFileSync(at('docs/rules/nl/README.md'), `# Regels

*English: [rules](../README.md)*

Alle regels van de linter, elk met een pagina in het Nederlands en in het
Engels. Op elke pagina lees je waarom de regel ertoe doet (met citaten uit de
bronteksten van het opschalingscanvas), hoe de regel telt, en een fout en een
goed voorbeeld. De ernst is de standaard: in \`.scalingrc.yaml\` kun je die
aanpassen, en de fase van de pilot (\`pilot.stage\`) maakt sommige regels
vroeg in een pilot milder (SPEC §6.3).

| Code | Naam | Standaard-ernst | Wat de regel controleert | Pagina's |
|---|---|---|---|---|
${meta.map((m) => `| ${m.c} | ${m.name} | ${nlSev[m.sev]} | ${m.nl} | [Nederlands](${m.c}.md) · [English](../${m.c}.md) |`).join('\n')}
`);
