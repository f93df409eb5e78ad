/**
 * Per-document lint settings: the message language and the rule severities.
 *
 * Language (SPEC §6.1), first that applies: the client setting
 * `scalingPlan.language` (unless `auto`; `initializationOptions.lang` stands
 * in for it until the settings are read), `lang` in `.scalingrc.yaml`, the
 * editor's display language (`initialize`'s `locale`) when it is Dutch, the
 * OS locale of the server process when it is Dutch, else English. VS Code
 * ships no current Dutch language pack, so the OS locale is what tells us.
 *
 * A plan that the config's `ignore` matches gets no diagnostics, as in the CLI.
 *
 * `.scalingrc.yaml` is looked up from the plan's folder upward and stops at
 * the workspace folder that holds the plan (multi-root aware). An open,
 * unsaved config document wins over the file on disk, so editing the config
 * re-lints the plans as you type. Everything here is synchronous once
 * loaded, so any feature can ask for a document's settings at once.
 *
 * Where files live is the host's (`ServerFiles`, host.ts): the disk in Node
 * (nodeFiles.ts), the open documents in a browser worker (webFiles.ts). So
 * this file imports no Node API.
 */
import type { Connection, InitializeParams, WorkspaceFolder } from 'vscode-languageserver';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LoadedConfig } from '../config/config.js';
import { CONFIG_FILE_NAMES as CONFIG_NAMES } from '../config/layers.js';
import { validateConfig } from '../config/validate.js';
import { osLocale, resolveLanguage, type LangSource } from '../i18n.js';
import type { SeveritySetting } from '../lint.js';
import type { Diagnostic, Lang } from '../model/types.js';
import type { ServerFiles } from './host.js';
import type { ClientSettings, InitOptions } from './protocol.js';

/** How long analyses wait for the client's first workspace/configuration answer. */
const SETTINGS_WAIT_MS = 1000;

export interface LintSettings {
  lang: Lang;
  /** What decided `lang` (for the editor's language status item). */
  langSource: LangSource;
  /** The config's `ignore` matches this plan: no diagnostics for it. */
  ignored: boolean;
  rules: Record<string, SeveritySetting>;
  /** Equal keys ⇔ equal analysis for the same text: the cache key part besides (uri, version). */
  key: string;
}

/** The file name a URI ends in (decoded; query and fragment left out). */
export function uriName(uri: string): string {
  const name = uri.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const last = name.slice(name.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function isConfigUri(uri: string): boolean {
  return CONFIG_NAMES.includes(uriName(uri));
}

export class ConfigService {
  private folders: string[] = [];
  private initLang: string | undefined;
  private locale: string | undefined;
  private canAskSettings = false;
  private canWatch = false;
  private canRegisterSettings = false;
  /** Client settings by workspace folder path ('' = no folder). */
  private settings = new Map<string, ClientSettings>();
  /** Config file found for a folder (null: none), and each config file's content. */
  private fileFor = new Map<string, string | null>();
  private loaded = new Map<string, LoadedConfig>();
  private ready: Promise<void> = Promise.resolve();
  private settled = true;
  private readonly lateListeners: (() => void)[] = [];

  private readonly os: string | undefined;
  private readonly ignores = new Map<string, (rel: string) => boolean>();

  constructor(
    private readonly connection: Connection,
    private readonly openDocuments: () => TextDocument[],
    /** Where documents live: paths, config discovery, `ignore` matching (host.ts). */
    private readonly files: ServerFiles,
    /** The server's environment: its OS locale decides when nothing else does. */
    env: Readonly<Record<string, string | undefined>>,
  ) {
    this.os = osLocale(env);
  }

  onInitialize(params: InitializeParams): void {
    const opts = (params.initializationOptions ?? {}) as InitOptions;
    this.initLang = typeof opts.lang === 'string' ? opts.lang : undefined;
    this.locale = typeof params.locale === 'string' ? params.locale : undefined;
    this.canAskSettings = params.capabilities.workspace?.configuration === true;
    this.canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.canRegisterSettings = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    this.setFolders(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []));
  }

  /** After `initialized`: watch config files and fetch the client settings. */
  onInitialized(): void {
    if (this.canWatch) {
      void this.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/{${CONFIG_NAMES.join(',')}}` }] })
        .catch((e: unknown) => this.connection.console.error(`cannot watch config files: ${String(e)}`));
    }
    if (this.canRegisterSettings && this.canAskSettings) {
      // Ask to be told when settings change (then we pull them with workspace/configuration).
      void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'scalingPlan' })
        .catch((e: unknown) => this.connection.console.error(`cannot follow settings: ${String(e)}`));
    }
    // A client that never answers must not hold diagnostics back for long; an
    // answer that comes after that is still honoured (onLateSettings).
    let late = false;
    this.settled = false;
    const first = this.fetchSettings();
    const timeout = new Promise<void>((r) => unref(setTimeout(() => { late = true; r(); }, SETTINGS_WAIT_MS)));
    this.ready = Promise.race([first.then(() => undefined), timeout]).then(() => { this.settled = true; });
    void first.then((changed) => { if (late && changed) for (const f of this.lateListeners) f(); });
  }

  /** Resolves once the first client settings are in (analyses wait for it, to speak the right language at once). */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Whether whenReady() has resolved (before `initialized` there is nothing to wait for). */
  isSettled(): boolean {
    return this.settled;
  }

  /** Called when the first settings arrive after SETTINGS_WAIT_MS and change something (re-lint then). */
  onLateSettings(listener: () => void): void {
    this.lateListeners.push(listener);
  }

  setFolders(folders: WorkspaceFolder[]): void {
    this.folders = folders
      .map((f) => this.files.toPath(f.uri))
      .filter((p): p is string => p !== undefined)
      .sort((a, b) => b.length - a.length); // longest first: the innermost folder wins
    this.invalidate();
  }

  changeFolders(added: WorkspaceFolder[], removed: WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => this.files.toPath(f.uri)));
    const keep = this.folders.filter((p) => !gone.has(p)).map((p) => ({ uri: this.files.toUri(p), name: '' }));
    this.setFolders([...keep, ...added]);
  }

  /** Re-reads the client settings; true when they changed. */
  async fetchSettings(pushed?: unknown): Promise<boolean> {
    const before = JSON.stringify([...this.settings]);
    if (this.canAskSettings) {
      const scopes = ['', ...this.folders];
      try {
        const items = scopes.map((p) => (p ? { scopeUri: this.files.toUri(p), section: 'scalingPlan' } : { section: 'scalingPlan' }));
        const values: unknown[] = await this.connection.workspace.getConfiguration(items);
        scopes.forEach((p, i) => this.settings.set(p, asSettings(values[i])));
      } catch (e) {
        this.connection.console.error(`cannot read the client settings: ${String(e)}`);
      }
    } else if (pushed !== undefined) {
      // Clients without workspace/configuration push settings in didChangeConfiguration.
      const section = pushed && typeof pushed === 'object' ? (pushed as Record<string, unknown>)['scalingPlan'] : undefined;
      this.settings.set('', asSettings(section));
    }
    return JSON.stringify([...this.settings]) !== before;
  }

  /** A config file changed on disk or in the editor: forget every cached config. */
  invalidate(): void {
    this.fileFor.clear();
    this.loaded.clear();
    this.ignores.clear();
  }

  settingsFor(uri: string): LintSettings {
    const path = this.files.toPath(uri);
    const folder = path ? this.folderOf(path) : undefined;
    const loaded = path ? this.configFor(path, folder) : undefined;
    const client = this.settings.get(folder ?? '') ?? this.settings.get('') ?? {};
    const chosen = client.language && client.language !== 'auto' ? client.language : this.initLang;
    const { lang, source } = resolveLanguage({ choice: chosen, config: loaded?.config.lang, display: this.locale, os: this.os });
    const rules = loaded?.config.rules ?? {};
    const ignored = path !== undefined && loaded?.config.file !== undefined && this.isIgnored(path, loaded);
    return { lang, langSource: source, rules, ignored, key: `${lang}|${loaded?.config.file ?? ''}|${JSON.stringify(rules)}|${ignored}` };
  }

  private isIgnored(planPath: string, loaded: LoadedConfig): boolean {
    const file = loaded.config.file;
    if (!file || loaded.config.ignore.length === 0) return false;
    let match = this.ignores.get(file);
    if (!match) this.ignores.set(file, (match = this.files.ignoreMatcher(loaded.config.ignore)));
    return match(this.files.relative(this.files.dirname(file), planPath));
  }

  /**
   * Problems in a `.scalingrc.yaml` document itself: in the language chosen
   * in the editor, else the config's own `lang`, else the client's locale.
   */
  configDiagnostics(doc: TextDocument): Diagnostic[] {
    const path = this.files.toPath(doc.uri);
    const folder = path ? this.folderOf(path) : undefined;
    const client = this.settings.get(folder ?? '') ?? this.settings.get('') ?? {};
    const chosen = client.language && client.language !== 'auto' ? client.language : this.initLang;
    const explicit = chosen === 'nl' || chosen === 'en' ? chosen : undefined;
    return validateConfig(doc.getText(), explicit, resolveLanguage({ display: this.locale, os: this.os }).lang).diagnostics;
  }

  private folderOf(path: string): string | undefined {
    return this.folders.find((f) => this.files.inside(path, f));
  }

  /** The team config of a plan (folder chain, extends, overrides: config/layers.ts); open config documents win over the disk. */
  private configFor(planPath: string, stopDir: string | undefined): LoadedConfig | undefined {
    let loaded = this.loaded.get(planPath);
    if (!loaded) {
      const found = safe(() => this.files.configFor(planPath, stopDir, (f) => this.openText(f)));
      if (!found) return undefined;
      loaded = found;
      this.loaded.set(planPath, loaded);
    }
    return loaded;
  }

  private openText(file: string): string | undefined {
    return this.openDocuments().find((d) => this.files.toPath(d.uri) === file)?.getText();
  }
}

/** A Node timer must not keep the process alive; a browser's timer is a number. */
function unref(timer: unknown): void {
  (timer as { unref?: () => void }).unref?.();
}

function asSettings(v: unknown): ClientSettings {
  if (!v || typeof v !== 'object') return {};
  const language = (v as Record<string, unknown>)['language'];
  return language === 'nl' || language === 'en' || language === 'auto' ? { language } : {};
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
