/**
 * Plan text is untrusted (plans arrive in pull requests): whatever it holds
 * must render inert — in the preview body (renderCanvas) and in the
 * standalone page (`render`). Payloads go into every kind of place: plain
 * text, Markdown fields, ids that end up in attributes, enum values that end
 * up in class names, the page title — on all five sheets and in the sixth
 * view (the history chart: our own SVG, nothing else inside it), and in
 * what the face passes in (the date and revision on the sheet heads).
 */
import { describe, expect, it } from 'vitest';
import { historyPage } from '../server/src/git/historyChart';
import type { PlanHistory } from '../server/src/git/history';
import { historyBody } from '../server/src/preview/history';
import { renderCanvas, renderStandalone } from '../server/src/preview/render';
import { all, analysed, parseHtml, textOf, type El } from './render-helpers';

/** Payloads as they would be written in a YAML double-quoted string. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><circle r=1/></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src=javascript:alert(1)></iframe>',
  '<a href=\\"javascript:alert(1)\\">x</a>',
  '\\" onmouseover=\\"alert(1)',
  "' onfocus='alert(1)' autofocus='",
  '\\"><script>alert(1)</script>',
  '</style><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '<!--sp-findings:0--><!--',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](javascript&colon;alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](java\\tscript:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '[click](command:workbench.action.terminal.new)',
  '[click](vscode:extension/evil.evil)',
  '[click](file:///etc/passwd)',
  '[click](//evil.example/x)',
  '<javascript:alert(1)>',
  '<command:workbench.action.terminal.new>',
  '[ref][r]\\n\\n[r]: javascript:alert(1)',
  '![img](https://evil.example/track.png)',
  '![img](javascript:alert(1))',
  '[x](https://ok.example/\\" onmouseover=\\"alert(1))',
  '[x](https://ok.example/ \\"title\\\\\\" onmouseover=alert(1)\\")',
  '```\\" onmouseover=\\"alert(1)\\ncode\\n```',
  '<style>body{background:url(https://evil.example/)}</style>',
  '<math><mi xlink:href=\\"javascript:alert(1)\\">x</mi></math>',
  '<form action=https://evil.example><input name=x></form>',
  '<base href=https://evil.example/>',
  '<meta http-equiv=refresh content=\\"0;url=https://evil.example\\">',
];

/** One plan with payload number `i` in every place plan text can show. */
function hostilePlan(p: string): string {
  const q = `"${p}"`;
  return `scaling-plan: 1
pilot:
  name: ${q}
  summary: ${q}
  owner: ${q}
  domains: [${q}]
  stage: ${q}
  period: { start: ${q}, end: ${q} }
  drivers:
    - { name: ${q}, partner: ${q}, embedded: true, until: ${q} }
impact:
  issue: ${q}
  aim: ${q}
  statement: ${q}
  theory-of-change:
    inputs: [${q}]
    activities: [{ text: ${q}, indicator: { name: ${q}, baseline: ${q}, target: ${q}, source: ${q} } }]
    outputs: [${q}]
    outcomes: [${q}]
    impact: [${q}]
routes:
  in: { ambition: ${q}, after: [${q}], actions: [${q}], owner: ${q} }
strategy: [${q}]
transferable: [${q}]
ingredients:
  collaboration: { status: ${q}, risk: ${q}, notes: ${q}, actions: [${q}] }
  financing:
    status: partial
    funders: [{ partner: ${q}, kind: ${q}, scheme: ${q}, until: ${q}, status: ${q} }]
pitfalls:
  limited-scope: { situations: ${q}, target-groups: ${q}, wishes: ${q}, environment: ${q} }
  coherence: { components: [${q}], side-effects: ${q} }
  pilot-conditions: [{ kind: ${q}, description: ${q}, at-scale: ${q}, actions: [${q}] }]
  scaling-partners: { notes: ${q} }
partners:
  - { id: ${q}, name: ${q}, type: ${q}, roles: [${q}], needed-for: [${q}, out], involvement: ${q}, friction: ${q} }
scale: { resources: ${q}, ambition: ${q} }
floor: { core-elements: [${q}], indicators: [${q}] }
actions:
  - { id: ${q}, title: ${q}, owner: ${q}, due: ${q}, status: ${q} }
learning-agenda:
  - { question: ${q}, level: ${q}, owner: ${q}, status: ${q}, reviewed: ${q}, actions: [${q}] }
evidence:
  - { claim: ${q}, kind: ${q}, source: ${q}, date: ${q} }
assessment: { impact: ${q}, routes: ${q}, ${q}: ${q} }
${q}: ${q}
`;
}

const SAFE_HREF = /^(https?:\/\/|mailto:|#)/i;
const BAD_TAGS = new Set(['script', 'img', 'svg', 'foreignobject', 'use', 'image', 'animate', 'set', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'base', 'math', 'video', 'audio', 'source', 'frame', 'frameset', 'textarea', 'select', 'template']);

/** The checks every rendering must pass (on the raw text and on the parsed tree). */
/** The SVG elements the history chart draws (our own markup; nothing else may appear inside an <svg>). */
const CHART_TAGS = new Set(['svg', 'g', 'line', 'polyline', 'circle', 'text', 'title']);

function assertInert(html: string, where: 'body' | 'page', svg = false): void {
  // Raw: every `<` is our markup, so these can only be real tags/attributes.
  // Quoted attribute values (`"` inside is always &quot;) may hold any text: look outside them.
  const URL_ATTR = /^(href|src|action|formaction|xlink:href)$/i;
  const tagsOnly = html.replace(/<[^>]*>/g, (tag) => tag.replace(/([^\s=<>"]+)="[^"]*"/g, (m, name: string) => (URL_ATTR.test(name) ? m : `${name}=""`)));
  expect(html.match(/<script/i)?.[0]).toBeUndefined();
  expect(tagsOnly.match(/<[^>]*\son[a-z]+\s*=[^>]*>/i)?.[0]).toBeUndefined();
  expect(tagsOnly.match(/<[^>]*(?:href|src|action|formaction|xlink:href)\s*=\s*"?\s*(?:javascript|vbscript|data|command|vscode|file):[^>]*>/i)?.[0]).toBeUndefined();
  const root = parseHtml(html); // throws on any unbalanced or stray tag
  const els = all(root);
  for (const e of els) {
    const inSvg = svg && (e.tag === 'svg' || all(root, (x) => x.tag === 'svg' && all(x).includes(e)).length > 0);
    if (inSvg) expect(CHART_TAGS.has(e.tag), `<${e.tag}> in a chart`).toBe(true);
    else expect(BAD_TAGS.has(e.tag), `<${e.tag}>`).toBe(false);
    for (const [name, value] of Object.entries(e.attrs)) {
      expect(name.startsWith('on'), `${e.tag} ${name}`).toBe(false);
      expect(['src', 'action', 'formaction', 'style', 'srcdoc', 'autofocus', 'xlink:href', 'http-equiv'].includes(name) && !(where === 'page' && e.tag === 'meta'), `${e.tag} ${name}`).toBe(false);
      if (name === 'href') expect(value, `href on <${e.tag}>`).toMatch(SAFE_HREF);
    }
    if (e.tag === 'a' && !(e.attrs['href'] ?? '').startsWith('#')) expect(e.attrs['rel']).toBe('noopener noreferrer');
  }
  const styles = els.filter((e) => e.tag === 'style');
  const metas = els.filter((e) => e.tag === 'meta');
  const links = els.filter((e) => e.tag === 'link');
  expect(links).toHaveLength(0);
  if (where === 'body') {
    expect(styles).toHaveLength(0);
    expect(metas).toHaveLength(0);
  } else {
    expect(styles).toHaveLength(1);
    expect(textOf(styles[0]!)).not.toMatch(/url\(|@import|evil/);
    expect(metas.map((m) => m.attrs['http-equiv'] ?? m.attrs['charset'] ?? m.attrs['name'])).toEqual(['utf-8', 'Content-Security-Policy', 'viewport', 'referrer']);
    expect(metas[1]!.attrs['content']).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  }
}

const tiles = (root: El): El[] => all(root, (e) => e.attrs['data-item'] !== undefined);

describe('hostile plan text renders inert', () => {
  it.each(PAYLOADS.map((p, i) => [i, p] as const))('payload %i: %s', (_i, p) => {
    const a = analysed(hostilePlan(p));
    const { body } = renderCanvas(a, { lang: 'en' });
    assertInert(body, 'body');
    const page = renderStandalone(a, { lang: 'nl' });
    assertInert(page, 'page');
    // The plan is really shown (as text), not silently dropped: the pilot name is the heading.
    const h1 = all(parseHtml(body), (e) => e.tag === 'h1')[0]!;
    expect(textOf(h1).length).toBeGreaterThan(0);
    expect(tiles(parseHtml(body)).length).toBeGreaterThan(30);
  });

  it.each(PAYLOADS.map((p, i) => [i, p] as const))('payload %i on the sheet heads (date, revision) and in the history view', (_i, p) => {
    const a = analysed(hostilePlan('x'));
    const raw = JSON.parse(`"${p}"`) as string;
    assertInert(renderCanvas(a, { lang: 'en', date: raw, revision: raw, dirty: true }).body, 'body');
    const readiness = analysed(hostilePlan(p)).readiness;
    const history: PlanHistory = { version: 1, file: raw, lang: 'en', commits: [
      { commit: 'a'.repeat(40), date: raw, author: raw, subject: raw, change: 'modified', path: raw, previousPath: raw, readiness },
      { commit: raw, date: '2025-01-01T00:00:00Z', author: raw, subject: raw, change: raw as never, path: raw, previousPath: null, readiness: null },
    ] };
    assertInert(historyBody(history, 'nl'), 'body', true);
    assertInert(historyPage(history, 'en'), 'page', true);
    expect(textOf(parseHtml(historyBody(history, 'en')))).toContain(raw);
  });

  it('shows markup from the plan as the text it is', () => {
    const a = analysed(hostilePlan('<img src=x onerror=alert(1)>'));
    const root = parseHtml(renderCanvas(a, { lang: 'en' }).body);
    expect(textOf(all(root, (e) => e.tag === 'h1')[0]!)).toBe('<img src=x onerror=alert(1)>');
    const entity = parseHtml(renderCanvas(analysed(hostilePlan('&lt;script&gt;')), { lang: 'en' }).body);
    expect(textOf(all(entity, (e) => e.tag === 'h1')[0]!)).toBe('&lt;script&gt;');
  });

  it('keeps safe links working, with rel="noopener noreferrer"', () => {
    const a = analysed(hostilePlan('[site](https://example.org/a?b=1&c=2) and [mail](mailto:a@example.org) and [part](#sp-routes)'));
    const links = all(parseHtml(renderCanvas(a, { lang: 'en' }).body), (e) => e.tag === 'a').map((e) => e.attrs['href']);
    expect(links).toContain('https://example.org/a?b=1&c=2');
    expect(links).toContain('mailto:a@example.org');
    expect(links).toContain('#sp-routes');
  });

  it('leaves forbidden links as plain text', () => {
    const a = analysed(hostilePlan('[click](javascript:alert(1))'));
    const root = parseHtml(renderCanvas(a, { lang: 'en' }).body);
    const summary = all(root, (e) => (e.attrs['class'] ?? '') === 'md')[0]!;
    expect(textOf(summary).trim()).toBe('[click](javascript:alert(1))');
  });

  it('does not let plan text inject findings through the placeholder', () => {
    const a = analysed(hostilePlan('<!--sp-findings:0-->'));
    const { body } = renderCanvas(a, { lang: 'en' });
    expect(body).toContain('&lt;!--sp-findings:0--&gt;');
    expect(body).not.toMatch(/<!--/);
  });

  it('keeps ids and class names to safe characters', () => {
    const a = analysed(hostilePlan('" onmouseover="alert(1)'));
    const root = parseHtml(renderCanvas(a, { lang: 'en' }).body);
    for (const e of all(root)) {
      if (e.attrs['id'] !== undefined) expect(e.attrs['id']).toMatch(/^[A-Za-z0-9_-]+$/);
      if (e.attrs['class'] !== undefined) expect(e.attrs['class']).toMatch(/^[A-Za-z0-9_ -]*$/);
    }
  });
});

describe('the inertness check itself', () => {
  it.each([
    '<p onclick="alert(1)">x</p>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="command:x" rel="noopener noreferrer">x</a>',
    '<a href="https://x.example">no rel</a>',
    '<script>alert(1)</script>',
    '<img alt="x">',
    '<svg></svg>',
    '<p>unclosed',
    '<p>a</div>',
    '<p>stray < here</p>',
  ])('rejects %s', (bad) => {
    expect(() => assertInert(bad, 'body')).toThrow();
  });
  it.each([
    '<svg><foreignObject><p>x</p></foreignObject></svg>',
    '<svg><a href="https://x.example" rel="noopener noreferrer">x</a></svg>',
    '<svg><circle onload="alert(1)"></circle></svg>',
    '<svg><use href="#x"></use></svg>',
  ])('rejects in a chart: %s', (bad) => {
    expect(() => assertInert(bad, 'body', true)).toThrow();
  });
});
