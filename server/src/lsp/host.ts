/**
 * What the language server needs from the place it runs in (issue 17.4).
 * serve.ts wires every feature on one connection and asks the host only
 * for these; server.ts (Node: stdio/IPC) and browserServer.ts (a web worker
 * in github.dev / vscode.dev) each provide one. Nothing here imports a Node
 * API, so the whole wiring runs in a browser worker too.
 */
import type { Connection, FileEvent, InitializeParams, TextDocuments, WorkspaceFolder } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LoadedConfig } from '../config/config.js';
import type { SeveritySetting } from '../lint.js';
import type { Diagnostic, Lang } from '../model/types.js';
import type { Readiness } from '../summary.js';
import type { ConfigService } from './config.js';
import type { DiffParams, HistoryParams, ReportResult } from './protocol.js';

/** Plans this large are analysed off the main thread when the host can (offload.ts). */
export const OFFLOAD_CHARS = 512 * 1024;

export interface WorkerResult {
  diagnostics: Diagnostic[];
  readiness: Readiness;
  cost: number;
}

/** Analysis off the main thread (Node: one worker thread, offload.ts). */
export interface AnalysisOffload {
  analyse(uri: string, text: string, lang: Lang, rules: Record<string, SeveritySetting>): Promise<WorkerResult | undefined>;
  forget(uri: string): void;
  dispose(): void;
}

/**
 * Where documents live, for `.scalingrc.yaml` discovery. A document is
 * known to config discovery by a *path* the host chooses (Node: the file
 * path of a `file:` URI; the browser: the URI itself).
 */
export interface ServerFiles {
  /** The path of a document; undefined: it takes part in no config (an untitled document). */
  toPath(uri: string): string | undefined;
  toUri(path: string): string;
  /** Whether `path` is `folder` or inside it. */
  inside(path: string, folder: string): boolean;
  dirname(path: string): string;
  /** `path` relative to `dir`, `/`-separated (what `ignore` globs match). */
  relative(dir: string, path: string): string;
  ignoreMatcher(patterns: readonly string[]): (relPath: string) => boolean;
  /**
   * The team config of the plan at `path` (config/layers.ts), looked up to
   * `stopDir`; `openText` has the text of open documents by path, which wins
   * over what is stored. Undefined: no config applies.
   */
  configFor(path: string, stopDir: string | undefined, openText: (path: string) => string | undefined): LoadedConfig | undefined;
}

/** The closed plans of the workspace in the Problems panel (Node: workspace.ts scans the disk). */
export interface WorkspaceScan {
  onInitialize(params: InitializeParams): void;
  onInitialized(): void;
  changeFolders(added: WorkspaceFolder[], removed: WorkspaceFolder[]): void;
  rescan(): void;
  closed(uri: string): void;
  watched(changes: FileEvent[]): void;
}

/** Readiness over git revisions (Node: git/ runs the user's git in the plan's folder). */
export interface GitRequests {
  diff(params: DiffParams, lang: Lang, rules: Record<string, SeveritySetting>): Promise<ReportResult | null>;
  history(params: HistoryParams, lang: Lang, rules: Record<string, SeveritySetting>): Promise<ReportResult | null>;
}

export interface ServerHost {
  files: ServerFiles;
  /** The server's environment: its OS locale decides the language when nothing else does. */
  env: Readonly<Record<string, string | undefined>>;
  /** Counts the messages the connection has handled (its messageStrategy): diagnostics wait for those received. */
  messagesHandled: () => number;
  offload?: AnalysisOffload;
  workspace?: (connection: Connection, documents: TextDocuments<TextDocument>, config: ConfigService, offload?: AnalysisOffload) => WorkspaceScan;
  /** Absent: diff and history answer that they need a local checkout. */
  git?: GitRequests;
  /** Where a problem outside any request goes (the warm-up). */
  logError: (message: string) => void;
}
