import { term } from '../model/canvas.js';
import type { Rule } from './types.js';

/**
 * SP205: the chosen strategy lacks what it stands on. One per mismatch
 * (SPEC §3), at the strategy value:
 * - `institutionalisation` without route `up` (anchoring in policy, law and
 *   regulation *is* route Op; `up:` with no value counts as pursued);
 * - `franchise` without a non-empty `transferable` (copying needs a
 *   transferable way of working: handbook, forms, training);
 * - `configuration` without a non-empty `pitfalls.coherence.components`
 *   (combining elements needs the elements named). How many components is
 *   SP402's concern.
 * A strategy listed twice is two values and may give two findings.
 */
export const rule: Rule = {
  code: 'SP205',
  name: 'strategy-mismatch',
  severity: 'warning',
  scope: 'plan',
  description: {
    nl: 'De gekozen opschalingsstrategie mist waar ze op steunt: institutionaliseren zonder route Op, franchise zonder overdraagbare werkwijze, configuratie zonder onderdelen.',
    en: 'The chosen scaling strategy lacks what it rests on: institutionalisation without route Up, franchise without a transferable way of working, configuration without components.',
  },
  messages: {
    institutionalisation: {
      nl: 'Strategie ‘institutionaliseren’ (`institutionalisation`) vraagt borging in beleid, wet- en regelgeving, maar route ‘{route}’ (`up`) staat niet onder `routes`: neem die route op, of kies een andere strategie.',
      en: "Strategy '{strategy}' needs anchoring in policy, law and regulation, but route '{route}' (`up`) is not under `routes`: add that route, or choose another strategy.",
    },
    franchise: {
      nl: 'Strategie ‘franchise’ kopieert de aanpak naar soortgelijke situaties, maar het plan noemt geen overdraagbare werkwijze (`transferable`): noem de handleiding, formulieren, trainingen of formats die je overdraagt.',
      en: "Strategy '{strategy}' copies the approach to similar situations, but the plan names no transferable way of working (`transferable`): list the handbook, forms, training or formats you hand over.",
    },
    configuration: {
      nl: 'Strategie ‘configuratie’ (`configuration`) combineert onderdelen van de aanpak tot een lokale configuratie, maar bij valkuil ‘{pitfall}’ staan geen onderdelen: noem ze onder `components`.',
      en: "Strategy '{strategy}' combines components of the approach into a local configuration, but pitfall '{pitfall}' lists no components: name them under `components`.",
    },
  },
  check(ctx) {
    const { facts } = ctx;
    for (const s of facts.strategies) {
      const data = { strategy: term(`strategy.${s.value}`), route: term('route.up'), pitfall: term('pitfall.coherence') };
      const mismatch =
        (s.value === 'institutionalisation' && !facts.routes.has('up')) ||
        (s.value === 'franchise' && facts.transferable.length === 0) ||
        (s.value === 'configuration' && facts.coherenceComponents.length === 0);
      if (!mismatch) continue;
      // What is lacking may be a value SP002 rejects (`transferable: Handboek`) or unreadable text (SPEC §6.5).
      const lacking = s.value === 'institutionalisation' ? ['routes', 'up'] : s.value === 'franchise' ? ['transferable'] : ['pitfalls', 'coherence', 'components'];
      if (ctx.rejected(lacking)) continue;
      ctx.report({ messageId: s.value, data, target: { node: s.node }, item: 'strategy', fix: { strategy: s.value } });
    }
  },
};
