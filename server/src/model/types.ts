/**
 * The engine's own vocabulary. Positions are 0-based and count UTF-16 code
 * units (as LSP does); the CLI converts to 1-based at its edge only.
 * Nothing here knows about LSP, VS Code or the terminal.
 */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Lang = 'nl' | 'en';

/** A text in both languages of the product. */
export interface Localized {
  nl: string;
  en: string;
}

/** A path into the plan: keys and list indexes, e.g. ['ingredients', 'financing']. */
export type PlanPath = readonly (string | number)[];

/** One finding, as every face (CLI, server, preview, diff) sees it. */
export interface Diagnostic {
  code: string;
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Link to the rule's documentation page. */
  docUrl: string;
  /**
   * The canvas item the finding concerns (e.g. `ingredients/financing`,
   * `partners/gemeente`), used to place it on a preview tile and to match
   * it across revisions in `diff`. Stable across edits that move lines.
   */
  item: string;
  /** Rule-specific facts a quick fix needs (e.g. the missing ingredient). */
  data?: Record<string, string | number | boolean>;
  /**
   * Other places the finding concerns (LSP `relatedInformation`, SARIF
   * `relatedLocations`), e.g. where SP404's declaration belongs.
   */
  related?: { range: Range; message: string }[];
}
