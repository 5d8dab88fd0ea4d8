/**
 * `.wirelint-ignore.json` in the editor: the file governing each story (the nearest one walking up from the
 * story's folder, as the command line finds it), read through workspace.fs so it works on the desktop, in the
 * browser and on virtual file systems; watched, so a change from the command line or another window applies at
 * once; and the "Ignore this finding…" command, which asks why and adds an entry with the lock protocol of
 * src/core/suppression-store.ts (the lock is a unique temporary file renamed onto `<file>.lock` without overwrite;
 * the file is replaced through a temporary file and a rename).
 */
import * as vscode from 'vscode';
import { moreErrors } from '../core/config';
import { addSuppressions, type StoreFs } from '../core/suppression-store';
import {
  IGNORE_FILE,
  SuppressionFileError,
  entriesFor,
  formatSuppressionError,
  makeSuppression,
  parseSuppressions,
  relativeStoryPath,
  type SuppressionEntry,
  type SuppressionError,
} from '../core/suppressions';
import type { DiagnosticsController } from './diagnostics';
import type { Linter } from './linter';
import { isNotFound, openDocument, readTextIfExists, watchNamedFile } from './files';
import { log, showFileProblem } from './log';

export const IGNORE_FINDING = 'wirelint.ignoreFinding';

/** The finding to ignore, as the quick fix passes it: offsets into the document at `version`. */
export interface IgnoreFindingArg {
  uri: string;
  version: number;
  ruleId: string;
  start: number;
  end: number;
}

interface Found {
  /** The governing ignore file, when there is one. */
  uri?: vscode.Uri;
  entries: SuppressionEntry[];
}

/** How far up a folder walk goes outside a workspace (a guard for odd virtual file systems). */
const MAX_DEPTH = 64;

const parentOf = (uri: vscode.Uri): vscode.Uri => vscode.Uri.joinPath(uri, '..');
const randomId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** The lock protocol's file system, through vscode.workspace.fs. Paths are URI paths on `base`'s scheme. */
export function workspaceStoreFs(base: vscode.Uri): StoreFs {
  const at = (path: string): vscode.Uri => base.with({ path });
  const wfs = vscode.workspace.fs;
  const quietly = async (p: Thenable<unknown>): Promise<void> => {
    try {
      await p;
    } catch {
      /* cleanup only */
    }
  };
  return {
    // rename without overwrite checks for the target and then renames: two writers can both pass the check.
    atomicExclusive: false,
    async createExclusive(path, content) {
      const tmp = at(`${path}.${randomId()}.tmp`);
      await wfs.writeFile(tmp, new TextEncoder().encode(content));
      try {
        await wfs.rename(tmp, at(path), { overwrite: false });
        return true;
      } catch (err) {
        await quietly(wfs.delete(tmp));
        if (err instanceof vscode.FileSystemError && err.code === 'FileExists') return false;
        // Some file systems report the clash another way: a lock that is there now was taken by someone else.
        try {
          await wfs.stat(at(path));
          return false;
        } catch {
          throw err;
        }
      }
    },
    async read(path) {
      try {
        return new TextDecoder('utf-8').decode(await wfs.readFile(at(path)));
      } catch (err) {
        if (isNotFound(err)) return undefined;
        throw err;
      }
    },
    async mtime(path) {
      try {
        return (await wfs.stat(at(path))).mtime;
      } catch (err) {
        if (isNotFound(err)) return undefined;
        throw err;
      }
    },
    async writeAtomic(path, content) {
      // An ignore file that is a symbolic link (one list shared by several desks) is written through the link, still
      // under the lock: a file renamed over it would replace the link with a copy of its own. (The editor's file
      // system has no way to find the file a link points at, to rename onto it.)
      const type = await wfs.stat(at(path)).then(
        (st) => st.type,
        () => vscode.FileType.Unknown,
      );
      if (type & vscode.FileType.SymbolicLink) {
        await wfs.writeFile(at(path), new TextEncoder().encode(content));
        return;
      }
      const tmp = at(`${path}.${randomId()}.tmp`);
      await wfs.writeFile(tmp, new TextEncoder().encode(content));
      try {
        await wfs.rename(tmp, at(path), { overwrite: true });
      } catch (err) {
        await quietly(wfs.delete(tmp));
        throw err;
      }
    },
    async renameNoReplace(from, to) {
      try {
        await wfs.rename(at(from), at(to), { overwrite: false });
        return true;
      } catch {
        return false;
      }
    },
    async remove(path) {
      await quietly(wfs.delete(at(path)));
    },
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  };
}

/**
 * Who made a suppression: the setting `wirelint.suppressions.author`, else the OS user from the environment
 * (WIRELINT_USER, USER, USERNAME) where there is one — the web build has no process — else "unknown".
 */
export function author(scope?: vscode.Uri): string {
  const set = vscode.workspace.getConfiguration('wirelint', scope).get<string>('suppressions.author', '');
  if (typeof set === 'string' && set.trim()) return set.trim();
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.WIRELINT_USER?.trim() || env?.USER || env?.USERNAME || 'unknown';
}

export class SuppressionService implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<Found>>();
  private readonly lastGood = new Map<string, SuppressionEntry[]>();
  private readonly reported = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when an ignore file changed: diagnostics are made again. */
  readonly onDidChange = this.emitter.event;
  /** Bumped on every change of an ignore file: a lint made under an older generation is stale. */
  generation = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.disposables.push(
      watchNamedFile(IGNORE_FILE, (uri) => {
        log.info(`Suppressions changed: ${uri.toString(true)}`);
        this.reported.delete(uri.toString());
        this.invalidate();
      }),
    );
  }

  /** Forget what was read and re-check open stories. */
  invalidate(): void {
    this.cache.clear();
    this.generation++;
    this.emitter.fire();
  }

  /** The ignore file governing a story, the story's path in it, and its entries. Untitled stories have none. */
  async forStory(uri: vscode.Uri): Promise<{ ignoreUri?: vscode.Uri; file?: string; entries: SuppressionEntry[] }> {
    if (uri.scheme === 'untitled') return { entries: [] };
    const found = await this.forDir(parentOf(uri), 0);
    if (!found.uri) return { entries: [] };
    const file = relativeStoryPath(parentOf(found.uri).path, uri.path);
    return file ? { ignoreUri: found.uri, file, entries: entriesFor(found.entries, file) } : { entries: [] };
  }

  /** Where an entry for this story goes: the governing ignore file, else a new one in the story's folder. */
  async targetFor(uri: vscode.Uri): Promise<{ ignoreUri: vscode.Uri; file: string } | undefined> {
    if (uri.scheme === 'untitled') return undefined;
    const found = await this.forStory(uri);
    if (found.ignoreUri && found.file) return { ignoreUri: found.ignoreUri, file: found.file };
    const ignoreUri = vscode.Uri.joinPath(parentOf(uri), IGNORE_FILE);
    const file = relativeStoryPath(parentOf(uri).path, uri.path);
    return file ? { ignoreUri, file } : undefined;
  }

  /** Add entries to an ignore file, safely against other windows and command-line runs writing it too. */
  async add(ignoreUri: vscode.Uri, entries: readonly SuppressionEntry[]): Promise<void> {
    await addSuppressions(workspaceStoreFs(ignoreUri), ignoreUri.path, entries, {
      owner: `wirelint editor ${vscode.env.sessionId}`,
      confirmMs: 50,
    });
  }

  private forDir(dir: vscode.Uri, depth: number): Promise<Found> {
    const key = dir.toString();
    let p = this.cache.get(key);
    if (!p) {
      p = this.load(dir, depth);
      this.cache.set(key, p);
    }
    return p;
  }

  private async load(dir: vscode.Uri, depth: number): Promise<Found> {
    const candidate = vscode.Uri.joinPath(dir, IGNORE_FILE);
    const text = await readTextIfExists(candidate);
    if (text !== undefined) {
      const key = candidate.toString();
      const { file, errors } = parseSuppressions(text);
      if (errors.length) {
        this.reportBroken(candidate, errors);
        return { uri: candidate, entries: this.lastGood.get(key) ?? [] };
      }
      this.lastGood.set(key, file.suppressions);
      this.reported.delete(key);
      return { uri: candidate, entries: file.suppressions };
    }
    const parent = parentOf(dir);
    if (parent.path === dir.path || depth >= MAX_DEPTH) return { entries: [] };
    return this.forDir(parent, depth + 1);
  }

  private reportBroken(uri: vscode.Uri, errors: SuppressionError[]): void {
    const key = uri.toString();
    for (const e of errors) log.error(formatSuppressionError(e, uri.toString(true)));
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const first = errors[0]!;
    const more = moreErrors(errors.length);
    showFileProblem(
      uri,
      `${formatSuppressionError(first)}${more}`,
      'The suppressions last read from it stay in force.',
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}

/**
 * "Ignore this finding…": ask why (unless `reason` is given, as tests do), add an entry for the finding to the
 * governing ignore file, and check the story again so the problem goes. Cancelling the question writes nothing.
 * Resolves to true when the entry was written.
 */
export async function ignoreFinding(
  arg: IgnoreFindingArg,
  reason: string | undefined,
  linter: Linter,
  diagnostics: DiagnosticsController,
): Promise<boolean> {
  const service = linter.suppressions;
  if (typeof arg?.uri !== 'string' || typeof arg.ruleId !== 'string') return false;
  const doc = openDocument(arg.uri);
  if (!doc || doc.version !== arg.version) {
    void vscode.window.showWarningMessage(
      'Wirelint: the story changed before the finding could be ignored. Try again.',
    );
    return false;
  }
  const target = await service.targetFor(doc.uri);
  if (!target) {
    void vscode.window.showWarningMessage(
      `Wirelint: save the story first; a finding is ignored in the ${IGNORE_FILE} beside it.`,
    );
    return false;
  }
  // The fingerprint is taken from the text the finding was made on, before any wait for the reason.
  const entry = makeSuppression(doc.getText(), arg, { file: target.file, who: author(doc.uri), why: '' });
  let why = reason?.trim();
  if (!why) {
    const where = vscode.workspace.asRelativePath(target.ignoreUri);
    why = (
      await vscode.window.showInputBox({
        title: `Ignore this ${arg.ruleId} finding`,
        prompt: `Why is it right as it is? Kept in ${where} with your name and the time; the story is not changed.`,
        placeHolder: 'For example: quoted as published; an agreed house exception',
        ignoreFocusOut: true,
        validateInput: (v) => (v.trim() ? undefined : 'Say why, so the next editor knows.'),
      })
    )?.trim();
    if (!why) return false;
  }
  try {
    await service.add(target.ignoreUri, [{ ...entry, why }]);
  } catch (err) {
    const msg =
      err instanceof SuppressionFileError
        ? `${vscode.workspace.asRelativePath(target.ignoreUri)} is not valid (${formatSuppressionError(err.errors[0]!)}); it was left unchanged`
        : err instanceof Error
          ? err.message
          : String(err);
    log.error(`Could not ignore a ${arg.ruleId} finding in ${doc.uri.toString(true)}: ${msg}`);
    void vscode.window.showErrorMessage(`Wirelint: the finding could not be ignored — ${msg}.`);
    return false;
  }
  log.info(
    `Ignored ${arg.ruleId} "${entry.excerpt}" in ${doc.uri.toString(true)} (${target.ignoreUri.toString(true)})`,
  );
  service.invalidate();
  await diagnostics.lintNow(doc);
  return true;
}

/** The command behind the quick fix. */
export function registerIgnoreCommand(linter: Linter, diagnostics: DiagnosticsController): vscode.Disposable {
  return vscode.commands.registerCommand(IGNORE_FINDING, (arg: IgnoreFindingArg, reason?: string) =>
    ignoreFinding(arg, typeof reason === 'string' ? reason : undefined, linter, diagnostics),
  );
}
