import { nodeAt, pairAt, present } from '../model/plan.js';
import type { YNode } from '../model/yamlTree.js';
import type { Rule } from './types.js';

const filled = (n: YNode | undefined): boolean => n?.kind === 'seq' && n.items.some(present);

/**
 * SP502: the approach is diluted at scale (`scale.resources` or
 * `scale.ambition` is `lower`) and there is no floor monitor (ondergrens)
 * with at least one core element and one indicator. One in all. With no
 * `floor`, at the first `lower` value (resources before ambition): that is
 * what calls for the floor. With a `floor` that is there but incomplete, at
 * `floor`, saying what it lacks (SPEC §6.5). Only non-empty list entries
 * count. A floor value SP002 rejects (wrong type) is SP002's alone.
 */
export const rule: Rule = {
  code: 'SP502',
  name: 'dilution-without-floor',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'Bij opschaling worden middelen of ambitie lager, maar er is geen ondergrens met kernelementen en indicatoren.',
    en: 'Means or ambition are lower at scale, but there is no floor with core elements and indicators.',
  },
  messages: {
    noFloor: {
      nl: 'Bij opschaling wordt de aanpak verdund ({what} lager, `lower`), maar er is geen ondergrens (`floor`): leg vast welke kernelementen (`core-elements`) moeten blijven en met welke indicator (`indicators`) je dat bewaakt.',
      en: 'The approach is diluted at scale (lower {what}), but there is no floor (`floor`): note which core elements (`core-elements`) must stay and which indicator (`indicators`) monitors that.',
    },
    'floorLacks-core': {
      nl: 'Bij opschaling wordt de aanpak verdund ({what} lager), maar de ondergrens noemt geen kernelementen: leg vast wat moet blijven (`floor.core-elements`).',
      en: 'The approach is diluted at scale (lower {what}), but the floor names no core elements: note what must stay (floor.core-elements).',
    },
    'floorLacks-indicators': {
      nl: 'Bij opschaling wordt de aanpak verdund ({what} lager), maar de ondergrens heeft geen indicator: leg vast hoe je de kernelementen bewaakt (`floor.indicators`).',
      en: 'The approach is diluted at scale (lower {what}), but the floor has no indicator: note how you will monitor the core elements (floor.indicators).',
    },
    'floorLacks-both': {
      nl: 'Bij opschaling wordt de aanpak verdund ({what} lager), maar de ondergrens noemt geen kernelementen en geen indicator: vul `floor.core-elements` en `floor.indicators` in.',
      en: 'The approach is diluted at scale (lower {what}), but the floor names no core elements and no indicator: fill in floor.core-elements and floor.indicators.',
    },
  },
  check(ctx) {
    const lower = (['resources', 'ambition'] as const).filter((k) => {
      const n = nodeAt(ctx.doc, ['scale', k]);
      return n?.kind === 'scalar' && n.value === 'lower';
    });
    if (lower.length === 0) return;
    const core = filled(nodeAt(ctx.doc, ['floor', 'core-elements']));
    const indicators = filled(nodeAt(ctx.doc, ['floor', 'indicators']));
    if (core && indicators) return;
    // A floor of a shape SP002 rejects (`core-elements: één plan`, `floor: tekst`) is SP002's alone (SPEC §6.5).
    const floor = nodeAt(ctx.doc, ['floor']);
    if (floor && floor.kind !== 'map' && ctx.rejected(['floor'])) return;
    if ((!core && ctx.rejected(['floor', 'core-elements'])) || (!indicators && ctx.rejected(['floor', 'indicators']))) return;
    const words = { resources: { nl: 'middelen', en: 'means' }, ambition: { nl: 'ambitie', en: 'ambition' } };
    const what = { nl: lower.map((k) => words[k].nl).join(' en '), en: lower.map((k) => words[k].en).join(' and ') };
    if (pairAt(ctx.doc, ['floor'])) {
      // SPEC §6.5: a floor that is there but incomplete is pointed at, and says what it lacks.
      const lacks = !core && !indicators ? 'both' : !core ? 'core' : 'indicators';
      ctx.report({ messageId: `floorLacks-${lacks}`, data: { what }, target: { at: ['floor'] }, item: 'floor', fix: { missingCore: !core, missingIndicators: !indicators } });
      return;
    }
    ctx.report({ messageId: 'noFloor', data: { what }, target: { at: ['scale', lower[0]!] }, item: 'floor', fix: {} });
  },
};
