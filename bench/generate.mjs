// Generates benchmark plans: typical (~200 lines), large (300 partners,
// 1,000 actions, ~5,000+ lines) and a folder of 1,000 typical plans.
// Deterministic (no randomness), so runs compare.
import fs from 'node:fs';
import path from 'node:path';

const ROUTES = ['in', 'out', 'up', 'deep', 'beyond'];
const INGREDIENTS = ['collaboration', 'needs', 'governance', 'value', 'financing', 'skills', 'technology', 'privacy'];
const STATUSES = ['sufficient', 'partial', 'insufficient', 'unknown'];
const TYPES = ['municipality', 'care', 'welfare', 'police', 'housing', 'employer', 'insurer', 'knowledge'];

export function plan({ seed = 0, partners = 8, actions = 20 } = {}) {
  const L = [];
  const p = (s) => L.push(s);
  p('scaling-plan: 1');
  p('pilot:');
  p(`  name: Buurtaanpak ${seed} — samen sterker in de wijk`);
  p('  summary: |');
  p('    Een wijkteam van zorg, welzijn en politie werkt **samen** aan vroegsignalering');
  p('    van onbegrepen gedrag, met één plan per huishouden.');
  p('  owner: p0');
  p('  domains: [social, care, safety]');
  p('  period: { start: 2024-01-01, end: 2025-12-31 }');
  p('  stage: running');
  p('  drivers:');
  p('    - name: Wijkcoördinator');
  p('      partner: p0');
  p('      embedded: true');
  p('impact:');
  p('  issue: Mensen met onbegrepen gedrag vallen tussen wal en schip');
  p('  aim: prevent');
  p('  statement: Minder escalaties en meer passende zorg in de wijk.');
  p('  theory-of-change:');
  for (const link of ['inputs', 'activities', 'outputs', 'outcomes', 'impact']) {
    p(`    ${link}:`);
    for (let i = 0; i < 3; i++) {
      if (link === 'outcomes') {
        p(`      - text: Uitkomst ${i} verbetert`);
        p('        indicator: { name: Escalaties per maand, baseline: 12, target: 6, source: politie }');
      } else p(`      - ${link} onderdeel ${i}`);
    }
  }
  p('routes:');
  ROUTES.forEach((r, i) => {
    p(`  ${r}:`);
    p(`    ambition: Ambitie voor route ${r}`);
    p(`    within-pilot: ${i === 0}`);
    if (i > 0) p('    after: [in]');
    p(`    actions: [a${i % actions}]`);
  });
  p('strategy: [growth, institutionalisation]');
  p('transferable: [handboek, training, formats]');
  p('ingredients:');
  INGREDIENTS.forEach((k, i) => {
    p(`  ${k}:`);
    p(`    status: ${STATUSES[i % 4]}`);
    p(`    risk: ${['low', 'medium', 'high'][i % 3]}`);
    p(`    notes: Toelichting op ${k}.`);
    if (k === 'financing') {
      p('    funders:');
      p('      - partner: p0');
      p('        kind: structural');
      p('        scheme: Wmo');
    }
    p(`    actions: [a${(i + 1) % actions}]`);
  });
  p('pitfalls:');
  p('  limited-scope:');
  for (const q of ['situations', 'target-groups', 'wishes', 'environment']) p(`    ${q}: Onderzocht in de pilot.`);
  p('  coherence:');
  p('    components: [wijkteam, training, overleg]');
  p('    side-effects: Extra druk op de huisarts.');
  p('  pilot-conditions:');
  p('    - kind: enthusiasm');
  p('      description: Gedreven voorlopers in de pilotwijk.');
  p('      at-scale: Vaste tijd in functieprofielen.');
  p('  scaling-partners:');
  p('    notes: Alle partners zijn aangehaakt.');
  p('partners:');
  for (let i = 0; i < partners; i++) {
    p(`  - id: p${i}`);
    p(`    name: Partner ${i}`);
    p(`    type: ${i === 0 ? 'municipality' : TYPES[i % TYPES.length]}`);
    p(`    roles: [${i === 0 ? 'owner, funder, policy' : 'implementer, receiver'}]`);
    p('    needed-for: [pilot, in, out]');
    p('    involvement: involved');
  }
  p('scale: { resources: same, ambition: same }');
  p('floor:');
  p('  core-elements: [één plan per huishouden, geen overleg zonder bewoner]');
  p('  indicators: [aantal plannen]');
  p('actions:');
  for (let i = 0; i < actions; i++) {
    p(`  - id: a${i}`);
    p(`    title: Actie ${i} uitvoeren`);
    p(`    owner: p${i % partners}`);
    p('    due: 2025-03-01');
    p(`    status: ${['open', 'doing', 'done'][i % 3]}`);
  }
  p('learning-agenda:');
  p('  - question: Hoe kan ik regie houden op veiligheid, terwijl ik geen zicht heb op de thuissituatie?');
  p('    level: operational');
  return L.join('\n') + '\n';
}

export function generate(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'folder'), { recursive: true });
  const typical = plan({ seed: 0, partners: 5, actions: 8 });
  const large = plan({ seed: 1, partners: 300, actions: 1000 });
  fs.writeFileSync(path.join(dir, 'typical.scaling.yaml'), typical);
  fs.writeFileSync(path.join(dir, 'large.scaling.yaml'), large);
  for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(dir, 'folder', `plan-${String(i).padStart(4, '0')}.scaling.yaml`), plan({ seed: i, partners: 5, actions: 8 }));
  return { typical, large };
}
