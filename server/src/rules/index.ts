/**
 * The rule registry: every rule, sorted by code. Adding a rule means adding
 * its file, its doc page (docs/rules/) and its fixtures (test/fixtures/rules/);
 * test/consistency.test.ts fails when one of them is missing.
 */
import { rule as SP001 } from './SP001-yaml-syntax.js';
import { rule as SP002 } from './SP002-schema.js';
import { rule as SP003 } from './SP003-duplicate-key.js';
import { rule as SP004 } from './SP004-unknown-reference.js';
import { rule as SP005 } from './SP005-duplicate-id.js';
import { rule as SP006 } from './SP006-version.js';
import { rule as SP007 } from './SP007-unused-suppression.js';
import { rule as SP101 } from './SP101-toc-incomplete.js';
import { rule as SP102 } from './SP102-outcome-without-indicator.js';
import { rule as SP103 } from './SP103-impact-issue-missing.js';
import { rule as SP201 } from './SP201-no-route.js';
import { rule as SP202 } from './SP202-route-without-actions.js';
import { rule as SP203 } from './SP203-route-prerequisite-missing.js';
import { rule as SP204 } from './SP204-strategy-missing.js';
import { rule as SP205 } from './SP205-strategy-mismatch.js';
import { rule as SP206 } from './SP206-scaling-without-evidence.js';
import { rule as SP207 } from './SP207-route-without-owner.js';
import { rule as SP301 } from './SP301-ingredient-missing.js';
import { rule as SP302 } from './SP302-ingredient-gap-without-action.js';
import { rule as SP303 } from './SP303-temporary-financing-only.js';
import { rule as SP304 } from './SP304-financing-gap.js';
import { rule as SP305 } from './SP305-structural-funding-uncertain.js';
import { rule as SP306 } from './SP306-funding-scheme-missing.js';
import { rule as SP401 } from './SP401-scope-unexamined.js';
import { rule as SP402 } from './SP402-coherence-unexamined.js';
import { rule as SP403 } from './SP403-pilot-condition-unaddressed.js';
import { rule as SP404 } from './SP404-pilot-condition-undeclared.js';
import { rule as SP405 } from './SP405-scaling-partner-absent.js';
import { rule as SP406 } from './SP406-scaling-partner-not-involved.js';
import { rule as SP407 } from './SP407-friction-unaddressed.js';
import { rule as SP408 } from './SP408-end-users-absent.js';
import { rule as SP501 } from './SP501-single-driver.js';
import { rule as SP502 } from './SP502-dilution-without-floor.js';
import { rule as SP503 } from './SP503-action-incomplete.js';
import { rule as SP504 } from './SP504-core-unnamed-for-transfer.js';
import { rule as SP601 } from './SP601-learning-agenda-missing.js';
import { rule as SP602 } from './SP602-learning-question-unlinked.js';
import { rule as SP603 } from './SP603-learning-agenda-one-level.js';
import { rule as SP701 } from './SP701-assessment-contradicted.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  SP001,
  SP002,
  SP003,
  SP004,
  SP005,
  SP006,
  SP007,
  SP101,
  SP102,
  SP103,
  SP201,
  SP202,
  SP203,
  SP204,
  SP205,
  SP206,
  SP207,
  SP301,
  SP302,
  SP303,
  SP304,
  SP305,
  SP306,
  SP401,
  SP402,
  SP403,
  SP404,
  SP405,
  SP406,
  SP407,
  SP408,
  SP501,
  SP502,
  SP503,
  SP504,
  SP601,
  SP602,
  SP603,
  SP701,
];

export const RULES_BY_CODE: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.code, r]));
