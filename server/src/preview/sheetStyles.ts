/**
 * The sheets (SPEC §6.6): on screen one below the other with a small
 * index; printed, each sheet is exactly one A3 landscape page — the page
 * breaks after every sheet and never inside a tile, and each sheet has a
 * compact grid that holds a plan twice the size of the example plans
 * (test/browser/sheets.test.ts prints them in Chromium and counts pages).
 * A larger plan may take a second page for a sheet; a tile is never cut.
 * Print CSS only: the page has no scripts.
 */
export const SHEET_CSS = `
.sheet-nav ul { list-style: none; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 12px; }
.sheet { border-top: 3px solid var(--sp-border); margin-top: 22px; padding-top: 8px; }
.sheet:first-of-type { margin-top: 0; }
.sheet-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 16px; margin-bottom: 10px; }
.sheet-kicker { margin: 0; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--sp-muted); flex-basis: 100%; }
.sheet-title { margin: 0; font-size: 18px; }
.sheet-title .part-no { font-size: 12px; }
.sheet-meta { margin: 0 0 0 auto; color: var(--sp-muted); font-size: 12px; }
.sheet-plan { font-weight: 600; color: var(--sp-fg); }
.sheet-body > .part { border-top: none; margin-top: 0; padding-top: 0; }
.overall-top { margin-bottom: 6px; }
.overall-cols { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1.7fr) minmax(0, 1.2fr); gap: 12px; margin-top: 12px; }
.overview-grid { grid-template-columns: repeat(4, minmax(0, 1fr)) minmax(0, .8fr); } .overview-grid .whole-plan { margin: 0; }
.overall-cols .col { display: flex; flex-direction: column; gap: 12px; min-width: 0; }
.overall-cols .col > section { margin: 0; }
.overall-cols .part { border-top: none; padding: 0; }
.overview .assessment-marks:empty { display: none; }
.part-judge { display: block; font-size: 12px; } .part-judge .mini-label { display: inline; }
.unactioned-box { margin-top: 10px; }
.unactioned-list { list-style: none; padding: 0; margin: 4px 0 0; display: flex; flex-direction: column; gap: 2px; }
.unactioned { font-size: 12px; padding: 1px 6px; border-left: 3px solid var(--sp-info); }
.unactioned.sev-error { border-left-color: var(--sp-err); } .unactioned.sev-warning { border-left-color: var(--sp-warn); }
.unactioned .sev { font-weight: 600; text-transform: uppercase; font-size: 11px; }
.unactioned .code { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); font-size: 11px; }
.evidence-list { padding-left: 0; list-style: none; display: flex; flex-direction: column; gap: 6px; }
.evidence-item, .question { padding: 6px 8px; }
.route-owner { margin: 2px 0; }
.actions-inline { font-size: 12px; } .actions-inline .mini-label { display: inline; }
.sheet-pitfalls .sheet-body { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 12px; }
.overall-cols .actions th:nth-child(1) { width: 8%; } .overall-cols .actions th:nth-child(2) { width: 44%; } .overall-cols .actions th:nth-child(3) { width: 23%; } .overall-cols .actions th:nth-child(4) { width: 14%; } .overall-cols .actions th:nth-child(5) { width: 11%; }
.sheet-pitfalls .pitfalls { grid-template-columns: repeat(2, minmax(0, 1fr)); }
.sheet-pitfalls .part-partners { border-top: none; margin-top: 0; padding-top: 0; }
.sheet-pitfalls .part-partners h2 { font-size: 14px; }
@media (max-width: 1400px) {
  .overall-cols { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .sheet-pitfalls .sheet-body { grid-template-columns: minmax(0, 1fr); }
  .overview-grid { grid-template-columns: repeat(4, minmax(0, 1fr)); } .overview-grid .whole-plan { grid-column: 1 / -1; }
}
@media (max-width: 1100px) {
  .overall-cols, .sheet-pitfalls .sheet-body { grid-template-columns: minmax(0, 1fr); }
  .overview-grid { grid-template-columns: repeat(2, minmax(0, 1fr)); }
}
@media (max-width: 640px) {
  .sheet-pitfalls .pitfalls, .overview-grid { grid-template-columns: minmax(0, 1fr); }
}
@page { size: A3 landscape; margin: 8mm; }
@media print {
  :root { --sp-fg: #000; --sp-bg: #fff; --sp-tile: #fff; --sp-muted: #444; --sp-border: #888; }
  body { font-size: 7.5pt; line-height: 1.28; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  h1 { font-size: 13pt; margin: 0 0 2px; } h2 { font-size: 10pt; margin: 0 0 4px; } h3 { font-size: 8pt; margin: 0 0 3px; }
  p { margin: 2px 0; } ul, ol { margin: 2px 0; padding-left: 13px; }
  .canvas { padding: 0; max-width: none; }
  .sheet-nav { display: none; }
  .sheet { break-after: page; border-top: none; margin: 0; padding: 0; }
  .sheet:last-of-type { break-after: auto; }
  .sheet-head { margin-bottom: 5px; padding-bottom: 3px; border-bottom: 1.5pt solid #000; }
  .sheet-kicker, .sheet-meta, .kicker, .mini-label, .part-no { font-size: 6.5pt; }
  .sheet-title { font-size: 13pt; } .sheet-title .part-no { font-size: 8pt; }
  .grid, .overall-cols, .overall-cols .col, .overview-grid, .bottom, .sheet-pitfalls .sheet-body { gap: 6px; }
  .tile { padding: 4px 6px; border-radius: 3px; }
  .toc-item, .evidence-item, .question { padding: 2px 4px; }
  /* Sheet 1's lower half as four balanced newspaper columns: whatever a plan has most of (actions, questions,
     evidence) takes the room the others leave; a tile or table row is never cut. */
  .overall-cols { display: block; margin-top: 6px; column-count: 4; column-gap: 8px; }
  .sheet-overall .sheet-body { font-size: 7pt; }
  /* In a newspaper column the action list is a list of two-line rows — id, action, due, status; the owner
     under the action — so no word has to break. */
  .overall-cols table.actions, .overall-cols .actions thead, .overall-cols .actions tbody { display: block; }
  .overall-cols .actions tr { display: grid; grid-template-columns: 3.2em minmax(0, 1fr) 5.6em 4.6em; column-gap: 4px; border-bottom: 0.5pt solid var(--sp-border); }
  .overall-cols .actions th, .overall-cols .actions td { border: none; padding: 1px 2px; width: auto !important; }
  .overall-cols .actions :is(th, td):nth-child(3) { grid-column: 2; grid-row: 2; color: var(--sp-muted); }
  .overall-cols .actions :is(th, td):nth-child(4) { white-space: nowrap; }
  .overall-cols .col { display: contents; }
  .overall-cols .col > section { break-inside: auto; margin: 0 0 6px; }
  .overall-cols .col > section > h2, .overall-cols .part > h2 { break-after: avoid; }
  .sheet-pitfalls .pitfalls { display: block; column-count: 2; column-gap: 6px; }
  .sheet-pitfalls .pitfalls > .tile { break-inside: avoid; margin: 0 0 6px; }
  .routes { grid-template-columns: repeat(5, minmax(0, 1fr)); }
  .ingredients { grid-template-columns: repeat(4, minmax(0, 1fr)); }
  .overview-grid { grid-template-columns: repeat(4, minmax(0, 1fr)) minmax(0, .8fr); }
  .sheet-pitfalls .pitfalls { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .toc-chain { grid-template-columns: minmax(0, 1fr) 10px minmax(0, 1fr) 10px minmax(0, 1fr) 10px minmax(0, 1fr) 10px minmax(0, 1fr); gap: 3px; }
  .toc-arrow { display: block; }
  .toc-items, .conditions, .learning, .evidence-list { gap: 3px; }
  .part-card { padding: 4px 6px; gap: 1px; }
  .part-name { font-size: 9pt; }
  .part-judge, .actions-inline, .unactioned, .finding, .indicator, .measure, .actions-ref, .badge { font-size: 6.8pt; }
  .finding .sev, .finding .code a, .finding .code, .unactioned .sev, .unactioned .code { font-size: 6.5pt; }
  .finding { padding: 1px 4px; } .findings { margin-top: 3px; gap: 1px; }
  .badge { padding: 0 4px; line-height: 1.25; }
  th, td { padding: 1px 4px; } thead th { font-size: 7pt; }
  .matrix thead th { overflow-wrap: anywhere; }
  .fields { gap: 1px 12px; margin: 2px 0; } .fields dt { font-size: 6.5pt; }
  .field { margin: 2px 0; }
  .statement { margin: 2px 0 6px; }
  .md pre, .md code { font-size: 7pt; }
  .tile, .part-card, tr, li, .field, .sheet-head, .unactioned-box > h3 { break-inside: avoid; }
  .part, .col, .sheet-body, .overall-cols { break-inside: auto; }
  a { color: inherit; text-decoration: none; }
}
`;
