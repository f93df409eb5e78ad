/**
 * Checks a `.scalingrc.yaml` by hand (it has three keys; ajv would cost more
 * start-up time than the whole check). Read with our own YAML reader, so a
 * hostile config gets the same protection as a plan. Every problem is a
 * diagnostic on the config file at the offending node; what is valid still
 * applies. Codes as for plans: SP001 YAML, SP003 duplicate key, SP002 the rest.
 */
import { docUrl } from '../i18n.js';
import type { SeveritySetting } from '../lint.js';
import { LineIndex } from '../model/lines.js';
import type { Diagnostic, Lang, Localized, Range } from '../model/types.js';
import { readYamlTree, type YMap, type YNode } from '../model/yamlTree.js';
import { RULES, RULES_BY_CODE } from '../rules/index.js';
import { didYouMean } from '../schema/suggest.js';
import type { ScalingConfig } from './config.js';

const KEYS = ['lang', 'rules', 'ignore', 'extends', 'overrides', 'root'];
const OVERRIDE_KEYS = ['files', 'rules', 'lang'];
const SETTINGS = ['error', 'warning', 'info', 'hint', 'off'];
const RULE_BY_NAME = new Map(RULES.map((r) => [r.name, r.code]));
/** The catalogue's range, from the registry: it grows with each version of the canvas. */
const FIRST = RULES[0]!.code;
const LAST = RULES[RULES.length - 1]!.code;

export function validateConfig(text: string, lang?: Lang, fallbackLang?: Lang): { config: ScalingConfig; diagnostics: Diagnostic[] } {
  const tree = readYamlTree(text);
  const lines = new LineIndex(text);
  const root = tree.root;
  const config: ScalingConfig = { rules: {}, ignore: [] };
  const own = root?.kind === 'map' ? scalar(root.byKey.get('lang')?.value) : undefined;
  const l: Lang = lang ?? (own === 'nl' || own === 'en' ? own : fallbackLang ?? 'en');
  const diagnostics: Diagnostic[] = [];
  const at = (code: string, start: number, end: number, msg: Localized, item = ''): void => {
    diagnostics.push({
      code, rule: code === 'SP001' ? 'yaml-syntax' : code === 'SP003' ? 'duplicate-key' : 'schema',
      severity: 'error', message: msg[l], range: rangeOf(lines, start, end), docUrl: docUrl(code, l), item,
    });
  };
  const on = (node: YNode, msg: Localized, item: string): void => at('SP002', node.start, node.end, msg, item);

  for (const p of tree.problems) at('SP001', p.start, p.end, p.message);
  for (const d of tree.duplicates) {
    at('SP003', d.pair.keyStart, d.pair.keyEnd, {
      nl: `De sleutel ‘${d.pair.key}’ staat hier voor de tweede keer; alleen de eerste telt.`,
      en: `The key '${d.pair.key}' appears here a second time; only the first one counts.`,
    }, d.path.slice(0, -1).join('/'));
  }
  if (!root || (root.kind === 'scalar' && root.value === null)) return { config, diagnostics: sorted(diagnostics) };
  if (root.kind !== 'map') {
    on(root, {
      nl: 'Een configuratiebestand is een lijst van instellingen (sleutel: waarde), zoals `lang: nl`.',
      en: 'A config file is a set of settings (key: value), such as `lang: en`.',
    }, '');
    return { config, diagnostics: sorted(diagnostics) };
  }

  for (const pair of root.byKey.values()) {
    if (KEYS.includes(pair.key)) continue;
    const hint = didYouMean(pair.key, KEYS);
    at('SP002', pair.keyStart, pair.keyEnd, {
      nl: `Onbekende instelling ‘${pair.key}’${hint ? `; bedoel je ‘${hint}’?` : '.'} Toegestaan: lang, rules, ignore, extends, overrides, root.`,
      en: `Unknown setting '${pair.key}'${hint ? `; did you mean '${hint}'?` : '.'} Allowed: lang, rules, ignore, extends, overrides, root.`,
    }, pair.key);
  }

  const langNode = root.byKey.get('lang')?.value;
  if (langNode) {
    const v = scalar(langNode);
    if (v === 'nl' || v === 'en') config.lang = v;
    else {
      on(langNode, {
        nl: `‘lang’ is de taal van de meldingen: ‘nl’ (Nederlands) of ‘en’ (Engels)${v ? `, niet ‘${v}’` : ''}.`,
        en: `'lang' is the language of the messages: 'nl' (Dutch) or 'en' (English)${v ? `, not '${v}'` : ''}.`,
      }, 'lang');
    }
  }

  const rulesNode = root.byKey.get('rules')?.value;
  if (rulesNode && !isEmpty(rulesNode)) {
    if (rulesNode.kind !== 'map') {
      on(rulesNode, {
        nl: '‘rules’ is een lijst van regelcodes met hun ernst, bijvoorbeeld `SP407: off`.',
        en: "'rules' maps rule codes to a severity, for example `SP407: off`.",
      }, 'rules');
    } else readRules(rulesNode, config, at, on);
  }

  const ignoreNode = root.byKey.get('ignore')?.value;
  if (ignoreNode && !isEmpty(ignoreNode)) {
    if (ignoreNode.kind !== 'seq') {
      on(ignoreNode, {
        nl: '‘ignore’ is een lijst van patronen, bijvoorbeeld `- archief/**`.',
        en: "'ignore' is a list of patterns, for example `- archive/**`.",
      }, 'ignore');
    } else {
      for (const item of ignoreNode.items) {
        const v = scalar(item);
        if (v !== undefined && v.trim() !== '') config.ignore.push(v.trim());
        else on(item, {
          nl: 'Elk patroon in ‘ignore’ is een stukje tekst, zoals `archief/**`.',
          en: "Each pattern in 'ignore' is a piece of text, such as `archive/**`.",
        }, 'ignore');
      }
    }
  }
  readTeamKeys(root, config, lines, on);
  return { config, diagnostics: sorted(diagnostics) };
}

/**
 * The keys for teams (docs/config.md): `root`, `extends` (paths or package
 * names, resolved in layers.ts — data only, nothing is ever executed) and
 * `overrides` (`files` globs → `rules`, `lang`).
 */
function readTeamKeys(root: YMap, config: ScalingConfig, lines: LineIndex, on: On): void {
  const rootNode = root.byKey.get('root')?.value;
  if (rootNode) {
    if (rootNode.kind === 'scalar' && typeof rootNode.value === 'boolean') config.root = rootNode.value;
    else on(rootNode, { nl: '‘root’ is true of false: true stopt het zoeken naar configuraties in bovenliggende mappen.', en: "'root' is true or false: true stops looking for configs in the folders above." }, 'root');
  }
  const ext = root.byKey.get('extends')?.value;
  if (ext && !isEmpty(ext)) {
    const items = ext.kind === 'seq' ? ext.items : [ext];
    config.extends = [];
    for (const item of items) {
      const v = scalar(item);
      if (v !== undefined && v.trim() !== '') config.extends.push({ name: v.trim(), range: rangeOf(lines, item.start, item.end) });
      else on(item, { nl: '‘extends’ noemt een configuratie: een pad (`../team.scalingrc.yaml`) of een pakketnaam (`@gemeente/scaling-config`), of een lijst daarvan.', en: "'extends' names a config: a path (`../team.scalingrc.yaml`) or a package name (`@org/scaling-config`), or a list of them." }, 'extends');
    }
  }
  const ov = root.byKey.get('overrides')?.value;
  if (!ov || isEmpty(ov)) return;
  if (ov.kind !== 'seq') {
    on(ov, { nl: '‘overrides’ is een lijst van `{ files: [patronen], rules: …, lang: … }`.', en: "'overrides' is a list of `{ files: [globs], rules: …, lang: … }`." }, 'overrides');
    return;
  }
  config.overrides = [];
  ov.items.forEach((item, i) => {
    if (item.kind !== 'map') {
      on(item, { nl: 'Elke override heeft `files` en `rules` of `lang`.', en: 'Each override has `files` and `rules` or `lang`.' }, `overrides/${i}`);
      return;
    }
    for (const pair of item.byKey.values()) {
      if (!OVERRIDE_KEYS.includes(pair.key)) on({ ...pair.value, start: pair.keyStart, end: pair.keyEnd }, { nl: `Onbekende instelling ‘${pair.key}’ in een override. Toegestaan: files, rules, lang.`, en: `Unknown setting '${pair.key}' in an override. Allowed: files, rules, lang.` }, `overrides/${i}`);
    }
    const filesNode = item.byKey.get('files')?.value;
    const globs = (filesNode?.kind === 'seq' ? filesNode.items : filesNode ? [filesNode] : []).map(scalar).filter((g): g is string => g !== undefined && g.trim() !== '');
    if (globs.length === 0) {
      on(filesNode ?? item, { nl: 'Een override noemt in `files` voor welke plannen hij geldt, bijvoorbeeld `files: [wijken/**]`.', en: 'An override names the plans it applies to in `files`, for example `files: [districts/**]`.' }, `overrides/${i}`);
      return;
    }
    const sub: ScalingConfig = { rules: {}, ignore: [] };
    const rulesNode = item.byKey.get('rules')?.value;
    if (rulesNode?.kind === 'map') readRules(rulesNode, sub, (code, start, end, msg, it) => on({ ...rulesNode, start, end }, msg, it ?? code), on);
    else if (rulesNode && !isEmpty(rulesNode)) on(rulesNode, { nl: '‘rules’ koppelt regelcodes aan een ernst, bijvoorbeeld `SP407: off`.', en: "'rules' maps rule codes to a severity, for example `SP407: off`." }, `overrides/${i}/rules`);
    const l = scalar(item.byKey.get('lang')?.value);
    if (l !== undefined && l !== 'nl' && l !== 'en') on(item.byKey.get('lang')!.value, { nl: `‘lang’ is ‘nl’ of ‘en’, niet ‘${l}’.`, en: `'lang' is 'nl' or 'en', not '${l}'.` }, `overrides/${i}/lang`);
    config.overrides!.push({ files: globs.map((g) => g.trim()), rules: sub.rules, ...(l === 'nl' || l === 'en' ? { lang: l } : {}) });
  });
}

type At = (code: string, start: number, end: number, msg: Localized, item?: string) => void;
type On = (node: YNode, msg: Localized, item: string) => void;

function readRules(map: YMap, config: ScalingConfig, at: At, on: On): void {
  for (const pair of map.byKey.values()) {
    const code = RULES_BY_CODE.has(pair.key) ? pair.key : undefined;
    if (!code) {
      // Codes only (as the JSON schema says); a rule's name gets its code as the hint.
      const hint = RULE_BY_NAME.get(pair.key) ?? didYouMean(pair.key, [...RULES_BY_CODE.keys()]);
      at('SP002', pair.keyStart, pair.keyEnd, {
        nl: `Er is geen regel ‘${pair.key}’${hint ? `; bedoel je ‘${hint}’?` : '.'} Regelcodes lopen van ${FIRST} tot ${LAST}.`,
        en: `There is no rule '${pair.key}'${hint ? `; did you mean '${hint}'?` : '.'} Rule codes run from ${FIRST} to ${LAST}.`,
      }, `rules/${pair.key}`);
      continue;
    }
    const v = scalar(pair.value);
    if (v !== undefined && SETTINGS.includes(v)) {
      config.rules[code] = v as SeveritySetting;
      continue;
    }
    const hint = v === undefined ? undefined : didYouMean(v, SETTINGS);
    const node = isEmpty(pair.value) ? { ...pair.value, start: pair.keyStart, end: pair.keyEnd } : pair.value;
    on(node, {
      nl: `De ernst van ${code} is error, warning, info, hint of off${v ? `, niet ‘${v}’` : ''}${hint ? `; bedoel je ‘${hint}’?` : '.'}`,
      en: `The severity of ${code} is error, warning, info, hint or off${v ? `, not '${v}'` : ''}${hint ? `; did you mean '${hint}'?` : '.'}`,
    }, `rules/${code}`);
  }
}

/** A scalar's text (numbers and booleans as written), undefined for collections and empty values. */
function scalar(n: YNode | undefined): string | undefined {
  if (!n || n.kind !== 'scalar' || n.value === null) return undefined;
  return String(n.value);
}

function isEmpty(n: YNode): boolean {
  return n.kind === 'scalar' && n.value === null;
}

function rangeOf(lines: LineIndex, start: number, end: number): Range {
  // A node spanning lines is underlined on its first line, as in plans.
  const first = lines.position(start).line;
  return lines.range(start, Math.min(Math.max(start, end), lines.lineEnd(first)));
}

function sorted(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
