/**
 * Part 2, the five scaling routes as tiles: pursued or not, already within
 * the pilot or not, the ambition, the actions, and the phasing from `after`
 * ("na: In") — with a line of arrows for the order the routes come in.
 */
import { ROUTES, type RouteKey } from '../../model/canvas.js';
import type { RouteFact } from '../../model/facts.js';
import type { Ctx } from '../context.js';
import { badge, cls, esc } from '../html.js';
import { markdown } from '../markdown.js';
import { actionRefs, editLinks, partnerName, section } from './shared.js';

export function routesPart(ctx: Ctx): string {
  const tiles = ROUTES.map((key) => route(ctx, key)).join('');
  return section(ctx, 'routes', 2, 'part.routes', `${phasing(ctx)}<div class="grid routes">${tiles}</div>`);
}

function route(ctx: Ctx, key: RouteKey): string {
  const fact = ctx.analysis.facts.routes.get(key);
  const path = ['routes', key];
  const t = ctx.tile([path.join('/')], fact ? { pair: fact.pair } : { missing: path }, `route route-${key} ${fact ? 'pursued' : 'not-pursued'}`);
  const e = ctx.edit;
  const what = ctx.term(`route.${key}`);
  // In the editor the route's on/off switch is in its heading: on writes `routes.<key>:`, off removes the route.
  const name = e
    ? `<h3><label class="ed-switch">${e.toggle(path, !!fact, fact ? { kind: 'remove', path } : { kind: 'set', path, value: null }, e.l('pursued', what))} ${esc(what)}</label></h3>`
    : `<h3>${esc(what)}</h3>`;
  if (!fact) {
    return `<div ${t.attrs}>${name}<p>${badge('not-pursued', `– ${ctx.l('notPursued')}`)}</p>${t.findings}</div>`;
  }
  if (e) return `<div ${t.attrs}>${name}${editRoute(ctx, key, fact)}${t.findings}</div>`;
  const marks = [badge('pursued', `✓ ${ctx.l('pursued')}`)];
  if (fact.withinPilot) marks.push(badge('within-pilot', ctx.l('withinPilot')));
  const after = fact.after.map((a) => {
    const known = (ROUTES as readonly string[]).includes(a.value);
    const pursued = known && ctx.analysis.facts.routes.has(a.value as RouteKey);
    const name = known ? ctx.term(`route.${a.value}`).split(' ')[0]! : a.value;
    return `<span class="after ${pursued ? '' : 'after-missing'}">${esc(name)}${pursued ? '' : ` (${esc(ctx.l('notInPlan'))})`}</span>`;
  });
  return `<div ${t.attrs}>${name}
<p class="marks">${marks.join(' ')}</p>
${after.length ? `<p class="phasing-note"><span class="mini-label">${esc(ctx.l('after'))}:</span> ${after.join(', ')}</p>` : ''}
${fact.owner ? `<p class="route-owner"><span class="mini-label">${esc(ctx.l('routeOwner'))}:</span> ${partnerName(ctx, fact.owner)}</p>` : ''}
${fact.ambition ? `<div class="field"><span class="mini-label">${esc(ctx.l('ambition'))}</span>${markdown(fact.ambition)}</div>` : ''}
${actionRefs(ctx, path)}
${t.findings}</div>`;
}

/** A pursued route in the editor: within the pilot, owner, ambition, actions. */
function editRoute(ctx: Ctx, key: RouteKey, fact: RouteFact): string {
  const e = ctx.edit!;
  const path = ['routes', key];
  const what = ctx.term(`route.${key}`);
  const within = [...path, 'within-pilot'];
  return `<p class="marks">${badge('pursued', `✓ ${ctx.l('pursued')}`)}</p>
<p><label class="ed-switch">${e.toggle(within, fact.withinPilot, fact.withinPilot ? { kind: 'remove', path: within } : { kind: 'set', path: within, value: true }, e.l('withinPilot', what))} ${esc(ctx.l('withinPilot'))}</label></p>
<div class="field"><span class="mini-label">${esc(ctx.l('routeOwner'))}</span>${e.ref([...path, 'owner'], 'partners', fact.owner, e.l('routeOwner', what), e.l('noOwner'))}</div>
<div class="field"><span class="mini-label">${esc(ctx.l('ambition'))}</span>${e.text([...path, 'ambition'], fact.ambition, e.l('ambition', what), { multiline: true })}</div>
${editLinks(ctx, path, fact.actions, what)}`;
}

/**
 * The pursued routes in phasing order: a route comes after the routes it
 * names in `after`. Layers by longest chain of prerequisites; a cycle or an
 * unknown route simply does not push a route further.
 */
function phasing(ctx: Ctx): string {
  const routes = ctx.analysis.facts.routes;
  if (![...routes.values()].some((r) => r.after.length > 0)) return '';
  const level = new Map<RouteKey, number>();
  const depth = (key: RouteKey, seen: Set<RouteKey>): number => {
    const known = level.get(key);
    if (known !== undefined) return known;
    if (seen.has(key)) return 0;
    seen.add(key);
    let d = 0;
    for (const a of routes.get(key)?.after ?? []) {
      if (routes.has(a.value as RouteKey)) d = Math.max(d, depth(a.value as RouteKey, seen) + 1);
    }
    level.set(key, d);
    return d;
  };
  for (const key of routes.keys()) depth(key, new Set());
  // Only the routes the phasing is about: those that wait for another, or are waited for.
  const named = new Set<string>();
  for (const r of routes.values()) {
    if (r.after.length > 0) named.add(r.key);
    for (const a of r.after) named.add(a.value);
  }
  const layers: RouteKey[][] = [];
  for (const key of ROUTES) {
    const d = level.get(key);
    if (d !== undefined && named.has(key)) (layers[d] ??= []).push(key);
  }
  const steps = layers.filter(Boolean).map((keys) => `<span class="phase">${keys.map((k) => `<span class="route-chip route-${cls(k)}">${esc(ctx.term(`route.${k}`).split(' ')[0]!)}</span>`).join(' ')}</span>`);
  return `<p class="phasing"><span class="mini-label">${esc(ctx.l('phasing'))}:</span> ${steps.join(' <span class="arrow" aria-hidden="true">→</span> ')}</p>`;
}
