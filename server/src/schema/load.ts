/**
 * The bundled plan schema (schemas/scaling-plan.schema.json), as data built
 * into validator.generated.ts (no fs, no path: the engine runs in a browser
 * worker too). `schemaAt` walks it along a plan path for hovers and
 * completion; SP002 uses the validator generated beside it.
 */
import type { PlanPath } from '../model/types.js';
import { planSchemaData } from './validator.generated.js';

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

/** The bundled schema, as data compiled in by scripts/build-validator.mjs (no file is read). */
export function planSchema(): JSONSchema {
  return planSchemaData as JSONSchema;
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
