/**
 * The canvas editor's contract (issue 16): what the webview may ask for.
 * The webview sends intents, never text; the engine turns one intent into
 * the minimal text edits on the YAML (edits/intents.ts), the language
 * server wraps them in one WorkspaceEdit, and VS Code applies it — so undo,
 * dirty state, save and git all just work.
 *
 * Paths are plan paths (keys and list indexes) as everywhere in the engine.
 * Every intent also names the document version it was made against; the
 * face refuses a stale one (the canvas re-renders and the user tries again),
 * so an edit never lands on text the advisor did not see.
 */
import type { Localized, PlanPath } from '../model/types.js';
import type { Skeleton, TextEdit } from './yamlEdit.js';

export type IntentScalar = string | number | boolean | null;

export type Intent =
  /**
   * Set the scalar at `path` (creating missing maps on the way, in canvas order).
   * `null` or '' removes the entry (refused for a key the schema requires);
   * a missing route or ingredient on the path is created, so setting
   * `routes/up/ambition` also turns the route on.
   */
  | { kind: 'set'; path: PlanPath; value: IntentScalar }
  /** Remove the map entry or list item at `path` (with its comments that belong to it; refused for a required key). */
  | { kind: 'remove'; path: PlanPath }
  /**
   * Append `item` to the list at `path` (created where the canvas order puts
   * it). For `actions` and `partners` an item without `id` gets a fresh one
   * (`a7`, or a slug of the partner's name) — the engine picks it, not the webview.
   */
  | { kind: 'add'; path: PlanPath; item: Skeleton }
  /** Add `id` to the id list at `path` (`…/actions`, `routes/x/after`, `needed-for` …), keeping its flow or block style. */
  | { kind: 'link'; path: PlanPath; id: string }
  /** Remove `id` from the id list at `path` (the list is removed when it becomes empty). */
  | { kind: 'unlink'; path: PlanPath; id: string }
  /** Apply quick fix number `index` (edits/fixes.ts `fixesFor`) of the finding `code` that starts at line/character (0-based). */
  | { kind: 'fix'; code: string; line: number; character: number; index: number };

export type IntentKind = Intent['kind'];

export type IntentResult =
  | { ok: true; edits: TextEdit[] }
  /** Why nothing was changed, in both languages (the plan does not parse, the path is not there, a value the schema refuses …). */
  | { ok: false; reason: Localized };
