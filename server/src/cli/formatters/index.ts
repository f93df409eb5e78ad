/** The output formats of `lint`, by the name `--format` takes. */
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, gitlab };
export const FORMAT_NAMES = Object.keys(FORMATTERS);
