/**
 * The extension's contributions as VS Code reads them: every command a menu
 * names is declared and registered, every contributed file exists, every
 * %key% has its English and Dutch text, the editing rules behave on plan
 * lines, and every snippet expands to a plan that fits the model.
 */
import Ajv from 'ajv';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PART_SNIPPETS } from '../client/src/readiness';
import { analyse } from '../server/src/lint';
import { bodyText, choicesOf, expand } from './helpers/snippets';
import { needs } from './helpers/prerequisite.js';

const ROOT = join(__dirname, '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const json = (p: string) => JSON.parse(read(p)) as Record<string, any>;
const pkg = json('package.json');
const contributes = pkg['contributes'] as Record<string, any>;

describe('package.json contributions', () => {
  it('activates on plans only, never on every start-up', () => {
    const events = pkg['activationEvents'] as string[];
    expect(events).toContain('onLanguage:scaling-plan');
    expect(events).not.toContain('*');
    expect(events.filter((e) => e === 'onStartupFinished')).toEqual([]);
  });

  it('declares every command a menu names', () => {
    const declared = new Set((contributes['commands'] as { command: string }[]).map((c) => c.command));
    const named: string[] = [];
    for (const entries of Object.values(contributes['menus'] as Record<string, { command: string; alt?: string }[]>)) {
      for (const e of entries) named.push(e.command, ...(e.alt ? [e.alt] : []));
    }
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((c) => !declared.has(c))).toEqual([]);
  });

  it('registers every declared command somewhere in the client', () => {
    const sources = readdirSync(join(ROOT, 'client/src')).filter((f) => f.endsWith('.ts')).map((f) => read(`client/src/${f}`)).join('\n');
    // By literal (`registerCommand('scalingPlan.x', …)`) or by a constant declared in the client.
    const constants = new Map([...sources.matchAll(/const (\w+)\s*=\s*['"](scalingPlan\.[\w.]+)['"]/g)].map((m) => [m[1]!, m[2]!]));
    const registered = new Set([...sources.matchAll(/registerCommand\(\s*(?:['"]([\w.]+)['"]|(\w+))/g)].map((m) => m[1] ?? constants.get(m[2]!)));
    const declared = (contributes['commands'] as { command: string }[]).map((c) => c.command);
    expect(declared.filter((c) => !registered.has(c))).toEqual([]);
  });

  it('points only at files that exist', () => {
    const paths = [
      pkg['icon'],
      ...contributes['languages'].map((l: any) => l.configuration),
      ...contributes['grammars'].map((g: any) => g.path),
      ...contributes['snippets'].map((s: any) => s.path),
      ...contributes['yamlValidation'].map((y: any) => y.url),
    ] as string[];
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });

  it('ties the grammar and the snippets to the declared language', () => {
    const [language] = contributes['languages'];
    expect(language).toMatchObject({ id: 'scaling-plan', extensions: ['.scaling.yaml', '.scaling.yml'] });
    expect(contributes['grammars']).toEqual([expect.objectContaining({ language: 'scaling-plan', scopeName: 'source.scaling-plan' })]);
    expect(contributes['snippets']).toEqual([expect.objectContaining({ language: 'scaling-plan' })]);
  });

  it('has an English and a Dutch text for every %key%', () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]!);
    const en = json('package.nls.json');
    const nl = json('package.nls.nl.json');
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((k) => typeof en[k] !== 'string')).toEqual([]);
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    expect(en['command.newPlan']).toBe('New scaling plan');
    expect(nl['command.newPlan']).toBe('Nieuw opschalingsplan');
  });

  it('has a walkthrough in both languages whose pages, screenshots and command links exist', () => {
    const [walk] = contributes['walkthroughs'] as { steps: { id: string; description: string; media: { markdown: string } }[] }[];
    expect(walk!.steps.map((s) => s.id)).toEqual(['newPlan', 'fillCanvas', 'preview', 'findings', 'history']);
    const declared = new Set((contributes['commands'] as { command: string }[]).map((c) => c.command));
    for (const table of [json('package.nls.json'), json('package.nls.nl.json')]) {
      for (const step of walk!.steps) {
        const page = table[/^%(.+)%$/.exec(step.media.markdown)![1]!] as string;
        expect(existsSync(join(ROOT, page)), page).toBe(true);
        for (const [, img] of read(page).matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)) {
          expect(existsSync(join(ROOT, page, '..', img!)), img).toBe(true);
          expect(img).toMatch(/docs\/img\/walkthrough-[\w-]+\.png$/);
        }
        const description = table[/^%(.+)%$/.exec(step.description)![1]!] as string;
        const links = [...description.matchAll(/\(command:(scalingPlan\.[\w.]+)/g)].map((m) => m[1]!);
        expect(links.filter((c) => !declared.has(c))).toEqual([]);
      }
      // Each part of the canvas has its link in the "fill the canvas" step.
      const fill = table['walkthrough.fillCanvas.description'] as string;
      for (const part of ['impact', 'routes', 'ingredients', 'pitfalls']) {
        expect(fill).toContain(`command:scalingPlan.goToPart?${encodeURIComponent(JSON.stringify([part]))}`);
      }
    }
  });

  it('offers the language setting the server reads', () => {
    const props = contributes['configuration'].properties;
    expect(props['scalingPlan.language']).toMatchObject({ enum: ['auto', 'nl', 'en'], default: 'auto' });
    expect(props['scalingPlan.trace.server']).toMatchObject({ enum: ['off', 'messages', 'verbose'], default: 'off' });
  });

  it('declares how it behaves in untrusted and virtual workspaces', () => {
    expect(pkg['capabilities'].untrustedWorkspaces.supported).toBe('limited');
    expect(pkg['capabilities'].untrustedWorkspaces.description).toMatch(/^%.+%$/);
    // What Restricted Mode turns off is exactly what is hidden there.
    const palette = contributes['menus'].commandPalette as { command: string; when?: string }[];
    const gated = palette.filter((e) => e.when?.includes('isWorkspaceTrusted')).map((e) => e.command).sort();
    expect(gated).toEqual(['scalingPlan.compareReadiness', 'scalingPlan.showHistory']);
  });
});

describe('language-configuration.json', () => {
  const conf = json('language-configuration.json');
  const rules = (conf['onEnterRules'] as { beforeText: string; action: { indent: string; appendText?: string } }[])
    .map((r) => ({ before: new RegExp(r.beforeText), action: r.action }));
  const onEnter = (line: string) => rules.find((r) => r.before.test(line))?.action;

  it('comments with #, and pairs brackets and quotes', () => {
    expect(conf['comments']).toEqual({ lineComment: '#' });
    expect(conf['brackets']).toEqual([['{', '}'], ['[', ']']]);
  });

  it('indents after a key that opens a block', () => {
    expect(onEnter('ingredients:')).toEqual({ indent: 'indent' });
    expect(onEnter('  financing:   # the money')).toEqual({ indent: 'indent' });
    expect(onEnter('    - kind:')).toEqual({ indent: 'indent' });
  });

  it('continues a list item under its first key', () => {
    expect(onEnter('  - id: ggz-noord')).toEqual({ indent: 'none', appendText: '  ' });
    expect(onEnter('  - question: Hoe kan ik regie houden, terwijl …?')).toEqual({ indent: 'none', appendText: '  ' });
  });

  it('keeps the indentation after a plain value or a comment', () => {
    expect(onEnter('  status: partial')).toBeUndefined();
    expect(onEnter('# scaling-disable SP301')).toBeUndefined();
    expect(onEnter('  - ns')).toBeUndefined();
  });

  it('takes kebab-case ids and keys as one word', () => {
    const word = new RegExp(conf['wordPattern'], 'g');
    expect('owner: gemeente-utrecht'.match(word)).toEqual(['owner', 'gemeente-utrecht']);
    expect('actions: [a1, a2]'.match(word)).toEqual(['actions', 'a1', 'a2']);
  });
});

describe('grammar', () => {
  const grammar = json('syntaxes/scaling-plan.tmLanguage.json');

  it('is YAML underneath, with suppression comments marked', () => {
    expect(grammar['scopeName']).toBe('source.scaling-plan');
    expect(grammar['patterns']).toEqual([{ include: 'source.yaml' }]);
    expect(Object.keys(grammar['injections'])).toEqual(['L:comment.line.number-sign.yaml']);
    const s = grammar['repository'].suppression;
    // Oniguruma's \G (right after the `#`) has no JavaScript equivalent; the rest is plain regex.
    const begin = new RegExp(`^${s.begin.replace('\\G', '')}`);
    expect(begin.exec(' scaling-disable-next-line SP406')?.[1]).toBe('scaling-disable-next-line');
    expect(begin.exec(' scaling-disable SP301')?.[1]).toBe('scaling-disable');
    expect(begin.test(' scaling-disabled')).toBe(false);
    const code = new RegExp(s.patterns[0].match, 'g');
    expect(' SP301, SP407 xSP1 SP4071'.match(code)).toEqual(['SP301', 'SP407']);
  });
});

/** VS Code's own tokenizer and YAML grammar, from the real VS Code the e2e tests install (test/e2e/setup.sh). */
const VSCODE = join(process.env['E2E_ROOT'] ?? join(homedir(), '.cache/scaling-plan-e2e'), 'node_modules/code-server/lib/vscode');

const HAS_VSCODE = needs('a real VS Code (code-server)', existsSync(join(VSCODE, 'node_modules/vscode-textmate')), 'bash test/e2e/setup.sh');

describe.runIf(HAS_VSCODE)('grammar in VS Code\'s tokenizer', () => {
  it('marks the directive and the rule codes of a suppression comment, and nothing in other comments', async () => {
    const load = createRequire(__filename);
    const tm = load(join(VSCODE, 'node_modules/vscode-textmate')) as typeof import('vscode-textmate');
    const onig = load(join(VSCODE, 'node_modules/vscode-oniguruma')) as typeof import('vscode-oniguruma');
    await onig.loadWASM(readFileSync(join(VSCODE, 'node_modules/vscode-oniguruma/release/onig.wasm')).buffer as ArrayBuffer);
    const files = new Map<string, string>([['source.scaling-plan', join(ROOT, 'syntaxes/scaling-plan.tmLanguage.json')]]);
    const yamlDir = join(VSCODE, 'extensions/yaml/syntaxes');
    for (const f of readdirSync(yamlDir)) files.set(JSON.parse(readFileSync(join(yamlDir, f), 'utf8')).scopeName, join(yamlDir, f));
    const registry = new tm.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new onig.OnigScanner(s), createOnigString: (s: string) => new onig.OnigString(s) }),
      loadGrammar: async (scope: string) => (files.has(scope) ? tm.parseRawGrammar(readFileSync(files.get(scope)!, 'utf8'), files.get(scope)) : null),
    });
    const grammar = (await registry.loadGrammar('source.scaling-plan'))!;
    const lines = [
      '# scaling-disable SP301, SP407',
      'ingredients:',
      '  financing: # scaling-disable-next-line SP406',
      '    status: partial # not a directive: SP301',
    ];
    let stack = tm.INITIAL;
    const marked: string[] = [];
    for (const line of lines) {
      const r = grammar.tokenizeLine(line, stack);
      stack = r.ruleStack;
      for (const t of r.tokens) {
        const scope = t.scopes.find((s) => s.endsWith('.scaling-plan') && !s.startsWith('source.') && !s.startsWith('meta.'));
        if (scope) marked.push(`${line.slice(t.startIndex, t.endIndex)} ${scope}`);
      }
      expect(r.tokens.some((t) => t.scopes.includes('entity.name.tag.yaml')) || line.startsWith('#')).toBe(true); // still YAML
    }
    expect(marked).toEqual([
      'scaling-disable keyword.other.directive.suppression.scaling-plan',
      'SP301 constant.language.rule-code.scaling-plan',
      ', punctuation.separator.rule-code.scaling-plan',
      'SP407 constant.language.rule-code.scaling-plan',
      'scaling-disable-next-line keyword.other.directive.suppression.scaling-plan',
      'SP406 constant.language.rule-code.scaling-plan',
    ]);
  });
});

describe('snippets', () => {
  const snippets = json('snippets/scaling-plan.code-snippets') as Record<string, { prefix: string | string[]; description: string; body: string | string[] }>;
  const schema = new Ajv({ allErrors: true, strict: false }).compile(json('schemas/scaling-plan.schema.json'));
  const errors = (text: string) => analyse(text, { lang: 'en' }).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} line ${d.range.start.line}: ${d.message}`);
  const structural = (text: string) => analyse(text, { lang: 'en' }).diagnostics.filter((d) => ['SP001', 'SP002', 'SP003', 'SP006'].includes(d.code)).map((d) => `${d.code}: ${d.message}`);
  const fitsSchema = (text: string) => (schema(parse(text)) ? [] : schema.errors!.map((e) => `${e.instancePath} ${e.message}`));

  /** Where the user types each snippet; `@` marks the line, its indentation goes before every line of the snippet. */
  const HOST: Record<string, string> = {
    'Scaling plan': '@',
    Pilot: 'scaling-plan: 1\n@',
    Ingredient: 'scaling-plan: 1\npilot:\n  name: Test\ningredients:\n  @',
    Route: 'scaling-plan: 1\npilot:\n  name: Test\nroutes:\n  @',
    Partner: 'scaling-plan: 1\npilot:\n  name: Test\npartners:\n  @',
    Action: 'scaling-plan: 1\npilot:\n  name: Test\nactions:\n  @',
    'Pilot condition': 'scaling-plan: 1\npilot:\n  name: Test\npitfalls:\n  pilot-conditions:\n    @',
    'Learning question': 'scaling-plan: 1\npilot:\n  name: Test\nlearning-agenda:\n  @',
    Funder: 'scaling-plan: 1\npilot:\n  name: Test\ningredients:\n  financing:\n    funders:\n      @',
    Driver: 'scaling-plan: 1\npilot:\n  name: Test\n  drivers:\n    @',
    'Evidence item': 'scaling-plan: 1\npilot:\n  name: Test\nevidence:\n  @',
  };
  const place = (name: string, text: string): string => {
    const host = HOST[name] ?? 'scaling-plan: 1\npilot:\n  name: Test\n@';
    const [before, after] = host.split('@') as [string, string];
    const indent = /[ ]*$/.exec(before)![0];
    return `${before}${text.split('\n').join(`\n${indent}`)}${after}\n`;
  };

  it('parse as JSON, each with a prefix, a description and a body', () => {
    const names = Object.keys(snippets);
    for (const must of [
      'Scaling plan', 'Ingredient', 'Route', 'Partner', 'Action', 'Pilot condition', 'Learning question', 'Evidence', 'Evidence item',
      'Assessment', 'Driver', 'Funder', ...Object.values(PART_SNIPPETS),
    ]) {
      expect(names).toContain(must);
    }
    for (const [name, s] of Object.entries(snippets)) {
      expect([name, [s.prefix].flat().length > 0, s.description.length > 10]).toEqual([name, true, true]);
      expect(bodyText(s.body)).not.toMatch(/\t/); // indentation is two spaces, like every plan
    }
    expect(snippets['Scaling plan']!.prefix).toContain('scaling-plan');
  });

  it('the whole plan expands, with every choice left as offered, to a plan without errors', () => {
    const text = expand(snippets['Scaling plan']!.body);
    expect(errors(text)).toEqual([]);
    expect(fitsSchema(text)).toEqual([]);
    // Every canvas part is there.
    expect(Object.keys(parse(text))).toEqual([
      'scaling-plan', 'pilot', 'impact', 'routes', 'strategy', 'transferable', 'ingredients', 'pitfalls',
      'partners', 'scale', 'floor', 'actions', 'learning-agenda', 'evidence', 'assessment',
    ]);
    const ingredients = parse(text).ingredients as Record<string, unknown>;
    expect(Object.keys(ingredients).sort()).toEqual(['collaboration', 'financing', 'governance', 'needs', 'privacy', 'skills', 'technology', 'value']);
  });

  it('the learning question follows the learning agenda form "Hoe kan ik …, terwijl …?"', () => {
    expect(expand(snippets['Learning question']!.body)).toMatch(/^- question: Hoe kan ik .+, terwijl .+\?\n {2}level: operational\n/);
  });

  it('the 1.1 snippets (SPEC §6.2) carry the new fields', () => {
    expect(expand(snippets['Learning question']!.body).split('\n').slice(1)).toEqual([
      '  level: operational', '  owner: partner-id', '  status: open', '  reviewed: 2025-06-01', '  actions: [a1]',
    ]);
    expect(expand(snippets['Driver']!.body)).toMatch(/\n {2}embedded: true\n {2}until: 2026-12-31$/);
    expect(expand(snippets['Funder']!.body)).toMatch(/\n {2}kind: structural\n {2}scheme: Wmo\n {2}until: 2026-12-31\n {2}status: committed$/);
    expect(choicesOf(snippets['Funder']!.body).at(-1)!.options).toEqual(['committed', 'expected', 'exploring']);
    expect(expand(snippets['Evidence item']!.body)).toBe(
      '- claim: Start hulpverlening van 120 naar 33 werkdagen\n  kind: monitoring\n  source: Jaarrapportage\n  date: 2025-01-01',
    );
    expect(expand(snippets['Assessment']!.body)).toBe('assessment:\n  impact: unknown\n  routes: unknown\n  ingredients: unknown\n  pitfalls: unknown');
    // The whole plan names its route owner and a learning question's owner, status and actions.
    const whole = parse(expand(snippets['Scaling plan']!.body));
    expect(whole.routes.in.owner).toBe('eigenaar');
    expect(whole['learning-agenda'][0]).toMatchObject({ owner: 'eigenaar', status: 'open', actions: ['a1'] });
  });

  it('every option of every choice is a value the model accepts', () => {
    const bad: string[] = [];
    for (const [name, s] of Object.entries(snippets)) {
      for (const choice of choicesOf(s.body)) {
        for (const option of choice.options) {
          const text = place(name, expand(s.body, new Map([[choice.n, option]])));
          for (const e of [...structural(text), ...fitsSchema(text)]) bad.push(`${name} $${choice.n}=${option}: ${e}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('every snippet typed where it belongs gives no syntax or model error', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const text = place(name, expand(s.body));
      expect([name, structural(text), fitsSchema(text)]).toEqual([name, [], []]);
    }
  });

  it('the check can fail: a wrong status is caught', () => {
    const text = expand(snippets['Scaling plan']!.body).replace('status: unknown', 'status: maybe');
    expect(fitsSchema(text)).not.toEqual([]);
  });
});
