/**
 * The canvas stylesheet. Colours are VS Code theme variables with fallbacks,
 * so the webview follows light, dark and high-contrast themes and the
 * standalone file looks right on its own; every status also has words and
 * a symbol (never colour alone). The sheets and the print layout (one A3
 * landscape page per sheet) are in sheetStyles.ts.
 */
import { HISTORY_CSS } from './history.js';
import { SHEET_CSS } from './sheetStyles.js';

const SCREEN_CSS = `
:root {
  --sp-fg: var(--vscode-editor-foreground, #1f2328);
  --sp-bg: var(--vscode-editor-background, #ffffff);
  --sp-muted: var(--vscode-descriptionForeground, #59636e);
  --sp-border: var(--vscode-contrastBorder, var(--vscode-panel-border, #d0d7de));
  --sp-tile: var(--vscode-editorWidget-background, #f6f8fa);
  --sp-link: var(--vscode-textLink-foreground, #0969da);
  --sp-ok: var(--vscode-testing-iconPassed, #1a7f37);
  --sp-warn: var(--vscode-editorWarning-foreground, #9a6700);
  --sp-err: var(--vscode-errorForeground, #cf222e);
  --sp-info: var(--vscode-editorInfo-foreground, #0969da);
  --sp-unknown: var(--vscode-disabledForeground, #6e7781);
  --sp-focus: var(--vscode-focusBorder, #0969da);
  --sp-font: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--sp-bg); color: var(--sp-fg); font-family: var(--sp-font); font-size: 13px; line-height: 1.45; }
.canvas { padding: 16px 20px 32px; max-width: 1800px; margin: 0 auto; }
a { color: var(--sp-link); }
h1 { font-size: 22px; margin: 0 0 6px; }
h2 { font-size: 16px; margin: 0 0 10px; }
h3 { font-size: 13.5px; margin: 0 0 6px; }
p { margin: 4px 0; }
ul, ol { margin: 4px 0; padding-left: 18px; }
.muted { color: var(--sp-muted); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.kicker, .mini-label, .part-no { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--sp-muted); }
.mini-label { display: block; font-weight: 600; }
.field { margin: 6px 0; }
.md > :first-child { margin-top: 0; } .md > :last-child { margin-bottom: 0; }
.md h1, .md h2, .md h3, .md h4 { font-size: 1em; margin: 6px 0 2px; }
.md pre, .md code { font-family: var(--vscode-editor-font-family, ui-monospace, Consolas, monospace); font-size: 12px; white-space: pre-wrap; }
.tile, .part, .part-card, .overview { overflow-wrap: anywhere; min-width: 0; }
.tile { background: var(--sp-tile); border: 1px solid var(--sp-border); border-radius: 6px; padding: 10px 12px; position: relative; }
.tile .tile { background: var(--sp-bg); }
.tile.missing { border-style: dashed; background: transparent; color: var(--sp-muted); }
.part { border-top: 2px solid var(--sp-border); padding: 14px 0 6px; margin-top: 18px; }
.grid { display: grid; gap: 12px; }
.routes { grid-template-columns: repeat(5, minmax(0, 1fr)); }
.ingredients { grid-template-columns: repeat(4, minmax(0, 1fr)); }
.pitfalls { grid-template-columns: repeat(4, minmax(0, 1fr)); }
.pilot { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 4px 24px; background: transparent; border: none; padding: 0 0 8px; }
.pilot > * { grid-column: 1; } .pilot > .drivers { grid-column: 2; grid-row: 1 / span 6; align-self: start; }
.fields { display: flex; flex-wrap: wrap; gap: 4px 20px; margin: 6px 0; }
.fields dt { font-size: 11px; text-transform: uppercase; color: var(--sp-muted); } .fields dd { margin: 0; }
.badge { display: inline-block; font-size: 11.5px; line-height: 1.3; padding: 1px 7px; border-radius: 10px; border: 1px solid var(--sp-border); color: var(--sp-fg); max-width: 100%; overflow-wrap: anywhere; vertical-align: baseline; }
.badge.ok, .badge.status-sufficient, .badge.pursued, .badge.examined, .badge.involvement-involved, .badge.state-clear, .badge.action-done { border-color: var(--sp-ok); background: color-mix(in srgb, var(--sp-ok) 14%, transparent); }
.badge.warn, .badge.status-partial, .badge.open, .badge.risk-medium, .badge.involvement-planned, .badge.state-attention, .badge.action-doing, .badge.kind-temporary { border-color: var(--sp-warn); background: color-mix(in srgb, var(--sp-warn) 14%, transparent); }
.badge.status-insufficient, .badge.risk-high, .badge.involvement-none, .badge.involvement-not-yet, .badge.sev-error { border-color: var(--sp-err); background: color-mix(in srgb, var(--sp-err) 12%, transparent); }
.badge.status-unknown, .badge.missing, .badge.not-pursued, .badge.state-missing { border-style: dashed; color: var(--sp-muted); }
.badge.sev-warning { border-color: var(--sp-warn); } .badge.sev-info, .badge.sev-hint { border-color: var(--sp-info); }
.ingredient.status-sufficient { border-left: 6px solid var(--sp-ok); }
.ingredient.status-partial { border-left: 6px solid var(--sp-warn); }
.ingredient.status-insufficient { border-left: 6px solid var(--sp-err); }
.ingredient.status-unknown { border-left: 6px solid var(--sp-unknown); }
.ingredient.risk-high { box-shadow: inset 0 -3px 0 var(--sp-err); }
.route.pursued { border-left: 6px solid var(--sp-ok); } .route.not-pursued { opacity: .8; border-style: dashed; background: transparent; }
.pitfall.examined { border-left: 6px solid var(--sp-ok); } .pitfall.open { border-left: 6px solid var(--sp-warn); }
.marks { display: flex; flex-wrap: wrap; gap: 4px; align-items: baseline; }
.overview { margin-top: 8px; }
.overview-grid { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; margin-bottom: 12px; }
.part-card { display: flex; flex-direction: column; gap: 4px; padding: 10px 12px; border: 1px solid var(--sp-border); border-radius: 6px; color: var(--sp-fg); text-decoration: none; background: var(--sp-tile); }
.part-card.state-clear { border-top: 4px solid var(--sp-ok); } .part-card.state-attention { border-top: 4px solid var(--sp-warn); } .part-card.state-missing { border-top: 4px dashed var(--sp-unknown); }
.part-card .badge { align-self: flex-start; }
.part-name { font-weight: 600; font-size: 14px; }
.whole-plan h3 { margin: 0; }
.toc-title { margin-top: 4px; }
.toc-chain { display: grid; grid-template-columns: minmax(0, 1fr) 14px minmax(0, 1fr) 14px minmax(0, 1fr) 14px minmax(0, 1fr) 14px minmax(0, 1fr); gap: 4px; }
.toc-arrow { align-self: start; margin-top: 10px; text-align: center; font-size: 14px; color: var(--sp-muted); }
.toc-items { padding-left: 0; list-style: none; display: flex; flex-direction: column; gap: 6px; }
.toc-item { padding: 6px 8px; }
.indicator, .measure { font-size: 12px; display: block; margin-top: 3px; }
.measure .mini-label, .indicator > .mini-label { display: inline; }
.statement { margin: 8px 0 12px; }
.issue { font-weight: 600; }
.phasing { margin: 0 0 10px; }
.phase { display: inline-flex; gap: 4px; padding: 2px; border: 1px dashed var(--sp-border); border-radius: 6px; }
.phasing-note .mini-label { display: inline; }
.route-chip { display: inline-block; padding: 1px 8px; border-radius: 4px; border: 1px solid var(--sp-border); background: var(--sp-tile); }
.phasing .arrow, .phasing-note { color: var(--sp-muted); }
.after-missing { color: var(--sp-err); }
.actions-ref { margin-top: 6px; font-size: 12px; }
.actions-ref ul { padding-left: 16px; }
.action-ref.unknown { color: var(--sp-err); }
.action-status { color: var(--sp-muted); }
.funders ul { padding-left: 0; list-style: none; } .funder { padding: 4px 6px; margin: 3px 0; }
.conditions { padding-left: 0; list-style: none; display: flex; flex-direction: column; gap: 6px; }
.chips { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; } .chips li { border: 1px solid var(--sp-border); border-radius: 4px; padding: 0 6px; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid var(--sp-border); padding: 5px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { font-size: 12px; background: var(--sp-tile); }
th.not-pursued { color: var(--sp-muted); font-weight: normal; }
.matrix .partner-col { width: 28%; font-weight: normal; }
.matrix thead th { overflow-wrap: normal; word-break: normal; hyphens: auto; }
.matrix thead th:nth-last-child(-n+2) { width: 14%; }
.matrix td.cell { text-align: center; } .matrix td.needed { font-size: 14px; }
.matrix tr.tile, .actions tr.tile { background: transparent; border-radius: 0; }
.partner-name { font-weight: 600; }
.actions .action-id { width: 9%; } .actions th:nth-child(2) { width: 45%; }
.learning { padding-left: 0; list-style: none; display: flex; flex-direction: column; gap: 6px; }
.bottom { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 12px; margin-top: 18px; }
.bottom > section { margin: 0; }
.readiness { margin-top: 18px; }
.readiness-table { max-width: 900px; } .readiness-table .count { width: 90px; font-weight: 600; text-align: right; }
.findings { list-style: none; padding: 0; margin: 8px 0 0; display: flex; flex-direction: column; gap: 3px; }
.finding { font-size: 12px; padding: 3px 6px; border-left: 3px solid var(--sp-info); background: color-mix(in srgb, var(--sp-info) 8%, transparent); }
.finding.sev-error { border-left-color: var(--sp-err); background: color-mix(in srgb, var(--sp-err) 8%, transparent); }
.finding.sev-warning { border-left-color: var(--sp-warn); background: color-mix(in srgb, var(--sp-warn) 8%, transparent); }
.finding .sev { font-weight: 600; text-transform: uppercase; font-size: 11px; }
.finding .code a, .finding .code { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); font-size: 11px; }
.missing-note { color: var(--sp-muted); }
@media (max-width: 1100px) {
  .routes, .toc-chain { grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 12px; }
  .ingredients, .pitfalls, .overview-grid { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .toc-arrow { display: none; }
}
@media (max-width: 900px) {
  th, td { padding: 4px 5px; }
  .matrix thead th { overflow-wrap: anywhere; font-size: 11px; }
}
@media (max-width: 640px) {
  .routes, .toc-chain, .ingredients, .pitfalls, .overview-grid, .bottom, .pilot { grid-template-columns: minmax(0, 1fr); }
  .pilot > .drivers { grid-column: 1; grid-row: auto; }
}
`;

/** The whole stylesheet: the canvas, the sheets and their print layout (sheetStyles.ts), the history charts (history.ts). */
export const CANVAS_CSS = `${SCREEN_CSS}${SHEET_CSS}${HISTORY_CSS}`;
