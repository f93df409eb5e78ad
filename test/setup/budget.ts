/**
 * In-process tests analyse on a shared, loaded machine: the wall-clock
 * budget of an analysis (lint.ts) must never decide their outcome. A test
 * of the budget itself passes `budgetMs` and a fake `now` explicitly; the
 * CLI and the server, started as processes, keep their real budget.
 */
import { analysisDefaults } from '../../server/src/lint.js';

analysisDefaults.budgetMs = Infinity;
