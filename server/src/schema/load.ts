/**
 * The bundled plan schema (schemas/scaling-plan.schema.json): found beside
 * the package, read once. `schemaAt` walks it along a plan path for hovers
 * and completion; `validate.ts` compiles it for SP002.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanPath } from '../model/types.js';

/** The parts of a JSON Schema we read; the file has more (see the schema itself). */
export interface JSONSchema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  markdownDescription?: string;
  /** The Dutch description (our own keyword). */
  'x-nl'?: string;
  enum?: unknown[];
  enumDescriptions?: string[];
  'x-enumDescriptions-nl'?: string[];
  properties?: Record<string, JSONSchema>;
  additionalProperties?: boolean | JSONSchema;
  required?: string[];
  items?: JSONSchema;
  pattern?: string;
  if?: JSONSchema;
  then?: JSONSchema;
  else?: JSONSchema;
  definitions?: Record<string, JSONSchema>;
  [keyword: string]: unknown;
}

/** Keywords of ours (and VS Code's) that the schema carries besides JSON Schema's own. */
export const EXTRA_KEYWORDS = ['x-nl', 'x-enumDescriptions-nl', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions'];

const FILE = 'scaling-plan.schema.json';
/** server/src/schema and server/out/schema → ../../../schemas; a bundle in dist/ → ../schemas. */
const CANDIDATES = ['../../../schemas', '../../schemas', '../schemas', 'schemas'];

let cached: JSONSchema | undefined;

/** The bundled schema; throws only when the package is broken (the file is missing). */
export function planSchema(): JSONSchema {
  if (cached) return cached;
  for (const rel of CANDIDATES) {
    const file = join(__dirname, rel, FILE);
    if (existsSync(file)) return (cached = JSON.parse(readFileSync(file, 'utf8')) as JSONSchema);
  }
  throw new Error(`${FILE} not found beside ${__dirname}`);
}

function resolveRef(root: JSONSchema, s: JSONSchema): JSONSchema {
  let out = s;
  for (let hops = 0; out.$ref && hops < 10; hops++) {
    const name = /^#\/definitions\/(.+)$/.exec(out.$ref)?.[1];
    const target = name ? root.definitions?.[name] : undefined;
    if (!target) break;
    // The referring node's own words (description, x-nl) win over the definition's.
    const { $ref: _drop, ...own } = out;
    out = { ...target, ...own };
  }
  return out;
}

/** A node with `if/then/else` (e.g. `strategy`: a value or a list) seen as the union of its branches. */
function merged(root: JSONSchema, s: JSONSchema): JSONSchema {
  const node = resolveRef(root, s);
  if (!node.then && !node.else) return node;
  const out: JSONSchema = { ...node };
  for (const branch of [node.then, node.else]) {
    if (!branch) continue;
    const b = resolveRef(root, branch);
    for (const [k, v] of Object.entries(b)) if (out[k] === undefined) out[k] = v;
    if (b.type) out.type = [...new Set([...toList(out.type), ...toList(b.type)])];
  }
  delete out.if;
  delete out.then;
  delete out.else;
  return out;
}

function toList(t: string | string[] | undefined): string[] {
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

/**
 * The schema of the value at a plan path (`['ingredients', 'financing', 'risk']`,
 * `['partners', 0, 'roles', 1]`), with refs resolved and branches merged:
 * its description, markdownDescription, x-nl, enum, properties, items.
 * Undefined when the plan format has nothing at that path.
 */
export function schemaAt(path: PlanPath): JSONSchema | undefined {
  const root = planSchema();
  let node: JSONSchema | undefined = merged(root, root);
  for (const seg of path) {
    if (!node) return undefined;
    let next: JSONSchema | undefined;
    if (typeof seg === 'number') next = node.items;
    else {
      next = node.properties && Object.prototype.hasOwnProperty.call(node.properties, seg) ? node.properties[seg] : undefined;
      if (!next && typeof node.additionalProperties === 'object') next = node.additionalProperties;
    }
    node = next ? merged(root, next) : undefined;
  }
  return node;
}
