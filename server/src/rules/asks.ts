/**
 * What in a plan asks for something (SP206 evidence, SP504 a named core):
 * pursued routes and strategy values, in document order. "The first route or
 * strategy value that asks" (SPEC §6.4) is the first of these in the file, so
 * `strategy: franchise` written above `routes:` is where the finding points.
 */
import { term } from '../model/canvas.js';
import type { PlanFacts } from '../model/facts.js';
import type { Localized } from '../model/types.js';
import type { Target } from './types.js';

export interface Ask {
  offset: number;
  target: Target;
  /** `route ‘Uit (uitbreiden in aantal en bereik)’` / `strategie ‘groei’ (`growth`)`, for the message. */
  what: Localized;
}

export function asks(facts: PlanFacts, routes: readonly string[], strategies: readonly string[]): Ask[] {
  const out: Ask[] = [];
  for (const r of facts.routes.values()) {
    if (!routes.includes(r.key)) continue;
    const name = term(`route.${r.key}`);
    out.push({ offset: r.pair.keyStart, target: { key: r.pair }, what: { nl: `route ‘${name.nl}’`, en: `route '${name.en}'` } });
  }
  const seen = new Set<string>();
  for (const s of facts.strategies) {
    // `strategy: [growth, growth]` asks once, at its first mention.
    if (!strategies.includes(s.value) || seen.has(s.value)) continue;
    seen.add(s.value);
    const name = term(`strategy.${s.value}`);
    const nl = name.nl === s.value ? `strategie ‘${s.value}’` : `strategie ‘${name.nl}’ (\`${s.value}\`)`;
    out.push({ offset: s.node.start, target: { node: s.node }, what: { nl, en: `strategy '${s.value}'` } });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** ‘verkend’ (`exploring`) in Dutch, 'exploring' in English: an English enum value glossed inside a Dutch sentence. */
export function gloss(termKey: string, value: string): Localized {
  const t = term(termKey);
  return { nl: t.nl === value ? `‘${value}’` : `‘${t.nl}’ (\`${value}\`)`, en: `'${value}'` };
}

/** Glossed values joined: ‘verwacht’ (`expected`) en ‘verkend’ (`exploring`). */
export function glossList(prefix: string, values: string[]): Localized {
  const g = [...new Set(values)].map((v) => gloss(`${prefix}${v}`, v));
  const join = (xs: string[], and: string): string => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}`);
  return { nl: join(g.map((x) => x.nl), 'en'), en: join(g.map((x) => x.en), 'and') };
}
