/**
 * `.wirelintrc.json` for each story: found by walking up from the story's folder through workspace.fs (so it works
 * in the browser and on virtual file systems), watched, and applied on change. A broken file shows one
 * notification and the last good config stays in force.
 */
import * as vscode from 'vscode';
import {
  CONFIG_LIMITS,
  type ConfigError,
  formatConfigError,
  mergeConfigs,
  parseConfigText,
  isEntryError,
  moreErrors,
  validateConfig,
  type WirelintConfig,
} from '../core/config';
import { RULES } from '../core/rules/index';
import { readTextIfExists, watchNamedFile } from './files';
import { log, showFileProblem } from './log';
import { readSettings } from './settings';

export const CONFIG_NAME = '.wirelintrc.json';
const LAST_GOOD = 'The last good settings stay in force.';

interface Loaded {
  config: WirelintConfig;
  uri?: vscode.Uri;
}

export class ConfigService implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<Loaded>>();
  private readonly lastGood = new Map<string, WirelintConfig>();
  private readonly reported = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** Bumped on every change of config files or settings: a lint made under an older generation is stale. */
  generation = 0;
  private settingsReported = '';
  private readonly merged = new WeakMap<WirelintConfig, { key: string; config: WirelintConfig }>();

  constructor() {
    this.disposables.push(
      // A config file edited in the editor applies when saved.
      watchNamedFile(CONFIG_NAME, (uri) => this.invalidate(uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('wirelint')) {
          this.generation++;
          this.emitter.fire();
        }
      }),
    );
  }

  /**
   * A config file changed (seen by the watcher, saved in the editor, or written by a quick fix): read config files
   * again and re-check open stories.
   */
  invalidate(uri: vscode.Uri): void {
    log.info(`Configuration changed: ${uri.toString(true)}`);
    this.cache.clear();
    this.generation++;
    this.reported.delete(uri.toString());
    this.emitter.fire();
  }

  /** The effective config for a document: config file ← settings. */
  async configFor(doc: vscode.TextDocument): Promise<WirelintConfig> {
    const settings = readSettings(doc.uri);
    const fileConfig = await this.fileConfigFor(doc.uri);
    // Settings are checked like a config file: a typo ("warn") is reported and left out, never guessed at.
    const { config: overrides, errors } = validateConfig(settings.overrides, RULES, 'settings (wirelint.*)');
    if (errors.length) {
      const text = errors.map(formatConfigError).join('; ');
      if (text !== this.settingsReported) {
        this.settingsReported = text;
        for (const e of errors) log.error(formatConfigError(e));
        void vscode.window.showErrorMessage(`Wirelint: a setting is not valid and is ignored — ${text}`);
      }
    }
    // The same merged object while neither the file nor the settings change: the engine keeps its rule plan per
    // config object, so a keystroke reuses it.
    const key = JSON.stringify(settings.overrides);
    const byFile = this.merged.get(fileConfig.config);
    if (byFile && byFile.key === key) return byFile.config;
    const config = mergeConfigs(fileConfig.config, overrides);
    this.merged.set(fileConfig.config, { key, config });
    return config;
  }

  async fileConfigFor(uri: vscode.Uri): Promise<Loaded> {
    if (uri.scheme === 'untitled') {
      const folder = vscode.workspace.workspaceFolders?.[0];
      return folder ? this.forDir(folder.uri, folder.uri, 0) : { config: {} };
    }
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return this.forDir(vscode.Uri.joinPath(uri, '..'), folder?.uri, 0);
  }

  private forDir(dir: vscode.Uri, stopAt: vscode.Uri | undefined, depth: number): Promise<Loaded> {
    const key = dir.toString();
    let p = this.cache.get(key);
    if (!p) {
      p = this.load(dir, stopAt, depth);
      this.cache.set(key, p);
    }
    return p;
  }

  private async load(dir: vscode.Uri, stopAt: vscode.Uri | undefined, depth: number): Promise<Loaded> {
    const candidate = vscode.Uri.joinPath(dir, CONFIG_NAME);
    // A file past the size limit is refused before it is read, as on the command line.
    const size = await vscode.workspace.fs.stat(candidate).then(
      (st) => (st.type & vscode.FileType.File ? st.size : undefined),
      () => undefined,
    );
    if (size !== undefined && size > CONFIG_LIMITS.bytes) {
      const message = `is too large (${(size / 1048576).toFixed(1)} MB; the limit is ${CONFIG_LIMITS.bytes / 1048576} MB)`;
      this.reportBroken(candidate, [{ file: candidate.toString(true), key: '', message }], LAST_GOOD);
      return { config: this.lastGood.get(candidate.toString()) ?? {}, uri: candidate };
    }
    const text = await readTextIfExists(candidate);
    if (text !== undefined) {
      const { config, errors } = parseConfigText(text, candidate.toString(true), RULES);
      const key = candidate.toString();
      if (errors.some((e) => !isEntryError(e))) {
        this.reportBroken(candidate, errors, LAST_GOOD);
        return { config: this.lastGood.get(key) ?? {}, uri: candidate };
      }
      if (errors.length) {
        // Only vocabulary entries are at fault: they are left out, and the rest of the file applies.
        this.reportBroken(candidate, errors, 'That entry is left out; the rest of the file applies.');
        return { config, uri: candidate };
      }
      this.lastGood.set(key, config);
      this.reported.delete(key);
      return { config, uri: candidate };
    }
    const parent = vscode.Uri.joinPath(dir, '..');
    // Inside a workspace folder: up to its root. Outside one: at most 12 folders up.
    const atTop = parent.path === dir.path || (stopAt && dir.path === stopAt.path) || (!stopAt && depth >= 12);
    if (atTop) return { config: {} };
    return this.forDir(parent, stopAt, depth + 1);
  }

  private reportBroken(uri: vscode.Uri, errors: ConfigError[], consequence: string): void {
    const key = uri.toString();
    for (const e of errors) log.error(formatConfigError(e));
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const first = errors[0]!;
    const more = moreErrors(errors.length);
    showFileProblem(uri, `${first.key ? `"${first.key}": ` : ''}${first.message}${more}`, consequence);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}
