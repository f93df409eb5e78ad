/**
 * The canvas editor's controls, on top of the canvas stylesheet. VS Code's
 * input, dropdown, checkbox and button colours with fallbacks, so the
 * controls follow light, dark and high-contrast themes; a visible focus
 * outline on every control (`--vscode-focusBorder`, and the high-contrast
 * border where the theme has one); forced-colours mode keeps system colours.
 * State is never colour alone: a checkbox is ticked, a select says its value.
 */
export const EDIT_CSS = `
:root {
  --ed-in-bg: var(--vscode-input-background, #ffffff);
  --ed-in-fg: var(--vscode-input-foreground, #1f2328);
  --ed-in-border: var(--vscode-input-border, var(--vscode-contrastBorder, #8c959f));
  --ed-dd-bg: var(--vscode-dropdown-background, var(--ed-in-bg));
  --ed-dd-fg: var(--vscode-dropdown-foreground, var(--ed-in-fg));
  --ed-dd-border: var(--vscode-dropdown-border, var(--ed-in-border));
  --ed-btn-bg: var(--vscode-button-secondaryBackground, #e7ecf0);
  --ed-btn-fg: var(--vscode-button-secondaryForeground, #1f2328);
  --ed-btn-hover: var(--vscode-button-secondaryHoverBackground, #d5dce3);
  --ed-primary-bg: var(--vscode-button-background, #0969da);
  --ed-primary-fg: var(--vscode-button-foreground, #ffffff);
  --ed-focus: var(--vscode-focusBorder, #0969da);
  --ed-hc: var(--vscode-contrastActiveBorder, transparent);
}
.canvas-editor .ed-text, .canvas-editor .ed-select, .ed-form input, .ed-form select {
  font: inherit; color: var(--ed-in-fg); background: var(--ed-in-bg); border: 1px solid var(--ed-in-border);
  border-radius: 3px; padding: 3px 6px; max-width: 100%;
}
.canvas-editor .ed-select, .ed-form select { color: var(--ed-dd-fg); background: var(--ed-dd-bg); border-color: var(--ed-dd-border); }
.canvas-editor .ed-text { width: 100%; }
.canvas-editor .ed-long { resize: vertical; min-height: 2.6em; line-height: 1.4; }
.canvas-editor h1 .ed-text { font-size: 20px; font-weight: 600; }
.canvas-editor input[type="date"].ed-text { width: auto; }
.ed-row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 4px 0; }
.ed-row > * { min-width: 0; max-width: 100%; }
.ed-button {
  font: inherit; font-size: 12px; cursor: pointer; color: var(--ed-btn-fg); background: var(--ed-btn-bg);
  border: 1px solid var(--ed-in-border); border-radius: 3px; padding: 2px 8px; margin: 2px 4px 2px 0;
}
.ed-button:hover { background: var(--ed-btn-hover); }
.ed-submit, .ed-fixes .ed-button { color: var(--ed-primary-fg); background: var(--ed-primary-bg); border-color: var(--ed-primary-bg); }
.ed-fixes { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 3px; }
.ed-form { display: flex; flex-wrap: wrap; gap: 6px; align-items: flex-end; margin: 8px 0 4px; padding: 6px; border: 1px dashed var(--sp-border); border-radius: 4px; }
.ed-field { display: inline-flex; flex-direction: column; gap: 2px; font-size: 12px; min-width: 0; max-width: 100%; }
.ed-form .ed-field:first-child { flex: 1 1 12em; }
.ed-form :is(input, select), .ed-field > select { width: 100%; min-width: 0; text-overflow: ellipsis; }
.canvas-editor .ed-select { min-width: 0; }
.ed-field-label { color: var(--sp-muted); }
.ed-switch { display: inline-flex; align-items: center; gap: 6px; cursor: pointer; }
.ed-toggle { width: 16px; height: 16px; accent-color: var(--ed-primary-bg); }
.ed-links { font-size: 12px; }
.ed-actions .action-id { width: 3.5em; }
.ed-actions th:nth-child(2) { width: auto; }
.canvas-editor input[type="date"].ed-text { min-width: 9.5em; }
.ed-chips { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; margin: 2px 0; }
.ed-chip { display: inline-flex; align-items: center; gap: 2px; border: 1px solid var(--sp-border); border-radius: 4px; padding: 0 0 0 6px; }
.ed-chip .ed-button { margin: 0; padding: 0 6px; border: 0; }
.ed-readonly { margin: 12px 20px; padding: 8px 12px; border: 1px solid var(--sp-warn); border-left-width: 4px; }
#sp-refused:not(:empty) { margin: 8px 20px; padding: 6px 10px; border: 1px solid var(--sp-err); border-left-width: 4px; }
.canvas-editor :is(input, select, textarea, button):focus-visible, .canvas-editor a:focus-visible {
  outline: 2px solid var(--ed-focus); outline-offset: 1px;
}
.canvas-editor :is(input, select, textarea, button):focus { outline: 2px solid var(--ed-focus); outline-offset: 1px; box-shadow: 0 0 0 1px var(--ed-hc); }
@media (forced-colors: active) {
  .canvas-editor :is(input, select, textarea, button) { border: 1px solid CanvasText; }
  .canvas-editor :is(input, select, textarea, button):focus { outline: 2px solid Highlight; }
}
/* A narrow editor beside the text: the partner matrix scrolls on its own instead of the page. */
@media (max-width: 600px) { .canvas-editor .matrix { display: block; overflow-x: auto; } .canvas-editor .matrix .partner-col { min-width: 12em; } }
@media print { .ed-form, .ed-button, .ed-fixes { display: none; } }
`;
