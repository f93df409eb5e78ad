/**
 * The plan schema for every face: SP002's validator, and the schema's
 * words and choices at a plan path for hovers and completion.
 */
export { planSchema, schemaAt, EXTRA_KEYWORDS, type JSONSchema } from './load.js';
export { planValidator, validatePlan, isRejected, canvasItem, type SchemaProblem, type SchemaProblemKind } from './validate.js';
export { SCHEMA_MESSAGES, type SchemaMessageId } from './messages.js';
export { didYouMean, editDistance } from './suggest.js';
