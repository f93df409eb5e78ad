import { fileStartRange } from '../model/plan.js';
import type { Rule } from './types.js';

/** The plan format versions this tool reads. */
export const SUPPORTED_VERSIONS = [1];

/**
 * SP006: `scaling-plan` is missing or not a supported version. Missing goes
 * on the first line (the parent is the file); a wrong version on the value.
 * An empty file is a plan without a version too; a list or a text at the
 * top is SP002's (not a plan at all).
 */
export const rule: Rule = {
  code: 'SP006',
  name: 'version',
  severity: 'error',
  scope: 'file',
  description: {
    nl: 'De versie van het planformaat (`scaling-plan`) ontbreekt of wordt niet ondersteund.',
    en: 'The plan format version (`scaling-plan`) is missing or not supported.',
  },
  messages: {
    missing: {
      nl: 'De versie van het planformaat ontbreekt: begin het plan met `scaling-plan: 1`.',
      en: 'The plan format version is missing: start the plan with `scaling-plan: 1`.',
    },
    empty: {
      nl: '`scaling-plan` is leeg: vul de versie van het planformaat in, `1`.',
      en: '`scaling-plan` is empty: fill in the plan format version, `1`.',
    },
    quoted: {
      nl: '`scaling-plan` is een getal: schrijf {version} zonder aanhalingstekens.',
      en: '`scaling-plan` is a number: write {version} without quotes.',
    },
    unsupported: {
      nl: '`scaling-plan` moet {supported} zijn, de versie van het planformaat die dit hulpmiddel leest — nu ‘{got}’.',
      en: '`scaling-plan` must be {supported}, the plan format version this tool reads — got ‘{got}’.',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const root = doc.tree.root;
    if (!root || (root.kind === 'scalar' && root.value === null)) {
      // An empty file (or only comments) is a plan still to write; a file that could not be read is SP001's.
      if (doc.tree.problems.length === 0) ctx.report({ messageId: 'missing', target: { range: fileStartRange(doc) }, item: '', fix: { insert: 'scaling-plan: 1\n', line: 0 } });
      return;
    }
    if (root.kind !== 'map') return;
    const pair = root.byKey.get('scaling-plan');
    if (!pair) {
      // Insert before the first key, unless the plan is written as one `{…}` flow block.
      const flow = doc.text.charAt(root.start) === '{';
      const fix = flow ? undefined : { insert: 'scaling-plan: 1\n', line: doc.lines.position(root.start).line };
      ctx.report({ messageId: 'missing', target: { missing: ['scaling-plan'] }, item: '', ...(fix ? { fix } : {}) });
      return;
    }
    const v = pair.value;
    if (v.kind === 'scalar' && v.value === null) {
      ctx.report({ messageId: 'empty', target: { key: pair }, item: '' });
      return;
    }
    if (v.kind === 'scalar' && typeof v.value === 'number' && SUPPORTED_VERSIONS.includes(v.value)) return;
    if (v.kind === 'scalar' && typeof v.value === 'string' && SUPPORTED_VERSIONS.includes(Number(v.value.trim()))) {
      ctx.report({ messageId: 'quoted', data: { version: v.value.trim() }, target: { at: ['scaling-plan'] }, item: '', fix: { replace: v.value.trim() } });
      return;
    }
    const written = v.kind === 'scalar' ? (typeof v.value === 'string' ? v.value : doc.text.slice(v.start, v.end)) : v.kind === 'seq' ? '[…]' : '{…}';
    const supported = SUPPORTED_VERSIONS.join(', ');
    const fix = v.kind === 'scalar' ? { replace: String(SUPPORTED_VERSIONS[SUPPORTED_VERSIONS.length - 1]) } : undefined;
    ctx.report({ messageId: 'unsupported', data: { supported, got: written.split(/\r?\n/)[0]!.slice(0, 40) }, target: { at: ['scaling-plan'] }, item: '', ...(fix ? { fix } : {}) });
  },
};
