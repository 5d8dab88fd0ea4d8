/**
 * Changes to `.wirelintrc.json` from the editor — "Always use X here" and "Accept this word" on a house-vocabulary
 * finding, and "Turn off <rule> for this workspace" — made with the core's config-edit helpers (jsonc-parser), so
 * comments, trailing commas, key order, line endings and layout stay as they are.
 *
 * The file changed is the one that governs the story (the nearest `.wirelintrc.json` walking up, as ConfigService
 * finds it), else a new `.wirelintrc.json` at the workspace folder's root. When that file is open with unsaved
 * changes, the edit goes into the open document (nothing typed there is lost; it applies when saved); otherwise the
 * file is written. A file that cannot be read or is not valid JSON with comments is never changed: an error says
 * why, and nothing else changes either (not the story).
 */
import * as vscode from 'vscode';
import { allowEntryEdits, applyConfigEdits, choiceEntryEdits, type ConfigTextEdit } from '../core/config-edit';
import type { VocabularyEntry } from '../core/vocabulary';
import { CONFIG_NAME, type ConfigService } from './configService';
import type { DiagnosticsController } from './diagnostics';
import { log } from './log';
import { isNotFound, openDocument } from './files';

export const ALWAYS_USE = 'wirelint.alwaysUse';
export const ACCEPT_WORD = 'wirelint.acceptWord';

/** "Always use X here": the story edit (offsets into the story at `version`) and the entry for the config. */
export interface AlwaysUseArg {
  uri: string;
  version: number;
  start: number;
  end: number;
  /** X, as it goes into the story here. */
  text: string;
  entry: VocabularyEntry;
}

/** "Accept this word": the allow entry's pattern, for the config governing the story. */
export interface AcceptWordArg {
  uri: string;
  pattern: string;
}

export interface ConfigEditOutcome {
  /** The config file changed. */
  uri: vscode.Uri;
  /** workspace.asRelativePath of it. */
  where: string;
  /** The edit went into the open document, which has unsaved changes: it applies when saved. */
  unsaved: boolean;
  /** The file already said so: nothing was added. */
  unchanged: boolean;
}

/** A change to the story made together with the config edit. */
export interface StoryEdit {
  doc: vscode.TextDocument;
  version: number;
  start: number;
  end: number;
  text: string;
}

/** The config file that governs `story`, else `.wirelintrc.json` at the root of its (or the first) folder. */
export async function configTarget(
  configs: ConfigService,
  story: vscode.Uri | undefined,
): Promise<vscode.Uri | undefined> {
  const governing = story ? (await configs.fileConfigFor(story)).uri : undefined;
  if (governing) return governing;
  const folder =
    (story ? vscode.workspace.getWorkspaceFolder(story) : undefined) ?? vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, CONFIG_NAME) : undefined;
}

/**
 * Edit the config that governs `story` with `compute` (text → edits, throwing ConfigEditError for a file that
 * cannot be edited), and make `storyEdit` with it. Resolves to what was done, or undefined when nothing changed
 * (the reason has been shown).
 */
export async function editGoverningConfig(
  configs: ConfigService,
  story: vscode.Uri | undefined,
  compute: (text: string) => ConfigTextEdit[],
  storyEdit?: StoryEdit,
): Promise<ConfigEditOutcome | undefined> {
  const uri = await configTarget(configs, story);
  if (!uri) {
    void vscode.window.showWarningMessage('Wirelint: open a folder to keep workspace settings in .wirelintrc.json.');
    return undefined;
  }
  const where = vscode.workspace.asRelativePath(uri);
  const open = openDocument(uri);
  const unsaved = open?.isDirty === true;
  let text = '';
  if (unsaved) text = open.getText();
  else {
    try {
      // ignoreBOM: a byte-order mark is kept as a character, so it is written back.
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(uri));
    } catch (err) {
      // Only a file that is not there may be created; any other failure leaves the user's file alone.
      if (!isNotFound(err)) {
        const why = err instanceof Error ? err.message : String(err);
        log.error(`Could not read ${uri.toString(true)}: ${why}`);
        void vscode.window.showErrorMessage(`Wirelint: ${where} could not be read (${why}); nothing was changed.`);
        return undefined;
      }
    }
  }
  let edits: ConfigTextEdit[];
  try {
    edits = compute(text);
  } catch (err) {
    // A ConfigEditError says what is wrong with the file (not valid JSON, at this line and column …).
    const why = err instanceof Error ? err.message : String(err);
    log.error(`Did not edit ${uri.toString(true)}: ${why}`);
    void vscode.window.showErrorMessage(`Wirelint: ${where} was left unchanged. ${why} Correct it and try again.`);
    return undefined;
  }
  if (storyEdit && (storyEdit.doc.isClosed || storyEdit.doc.version !== storyEdit.version)) {
    void vscode.window.showWarningMessage('Wirelint: the story changed before the fix could be applied. Try again.');
    return undefined;
  }
  const unchanged = edits.length === 0;
  // A config file that is not open is written first: if that fails, the story is left as it is too.
  if (!unsaved && !unchanged) {
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(applyConfigEdits(text, edits)));
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      log.error(`Could not write ${uri.toString(true)}: ${why}`);
      void vscode.window.showErrorMessage(`Wirelint: ${where} could not be written (${why}); nothing was changed.`);
      return undefined;
    }
    // The watcher would see it too, a moment later: the story is checked again now.
    configs.invalidate(uri);
  }
  // The story and an open config document change in one edit (one undo each, all or nothing).
  const we = new vscode.WorkspaceEdit();
  if (storyEdit) {
    const { doc } = storyEdit;
    we.replace(
      doc.uri,
      new vscode.Range(doc.positionAt(storyEdit.start), doc.positionAt(storyEdit.end)),
      storyEdit.text,
    );
  }
  if (unsaved) {
    for (const e of edits) we.replace(uri, new vscode.Range(open.positionAt(e.start), open.positionAt(e.end)), e.text);
  }
  if (we.size > 0 && !(await vscode.workspace.applyEdit(we))) {
    void vscode.window.showErrorMessage(
      !unsaved && !unchanged
        ? `Wirelint: ${where} was changed, but the story could not be.`
        : 'Wirelint: the change could not be made; nothing was changed.',
    );
    return undefined;
  }
  return { uri, where, unsaved, unchanged };
}

function tell(outcome: ConfigEditOutcome, what: string): void {
  if (outcome.unsaved) {
    void vscode.window.showInformationMessage(
      `Wirelint: ${what} in ${outcome.where}, which has unsaved changes: save it to apply.`,
    );
  } else vscode.window.setStatusBarMessage(`Wirelint: ${what} in ${outcome.where}`, 5000);
}

/** "Always use X here": X into the story, and `{"pattern": …, "replacement": X}` into the config. */
export async function alwaysUse(
  arg: AlwaysUseArg,
  configs: ConfigService,
  diagnostics: DiagnosticsController,
): Promise<boolean> {
  if (typeof arg?.uri !== 'string' || typeof arg.text !== 'string' || typeof arg.entry?.pattern !== 'string')
    return false;
  const doc = openDocument(arg.uri);
  if (!doc) return false;
  const outcome = await editGoverningConfig(configs, doc.uri, (text) => choiceEntryEdits(text, arg.entry), {
    doc,
    version: arg.version,
    start: arg.start,
    end: arg.end,
    text: arg.text,
  });
  if (!outcome) return false;
  log.info(`Always use ${JSON.stringify(arg.entry)}: ${outcome.uri.toString(true)}`);
  tell(outcome, `"${arg.entry.pattern}" is always "${String(arg.entry.replacement)}"`);
  await diagnostics.lintNow(doc);
  return true;
}

/** "Accept this word": `{"pattern": word, "allow": true}` into the config. */
export async function acceptWord(
  arg: AcceptWordArg,
  configs: ConfigService,
  diagnostics: DiagnosticsController,
): Promise<boolean> {
  if (typeof arg?.uri !== 'string' || typeof arg.pattern !== 'string' || !arg.pattern.trim()) return false;
  const doc = openDocument(arg.uri);
  const story = doc?.uri ?? vscode.Uri.parse(arg.uri);
  const outcome = await editGoverningConfig(configs, story, (text) => allowEntryEdits(text, arg.pattern));
  if (!outcome) return false;
  log.info(`Accepted "${arg.pattern}": ${outcome.uri.toString(true)}`);
  tell(outcome, `"${arg.pattern}" is accepted`);
  if (doc) await diagnostics.lintNow(doc);
  return true;
}

export function registerConfigEditCommands(
  configs: ConfigService,
  diagnostics: DiagnosticsController,
): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(ALWAYS_USE, (arg: AlwaysUseArg) => alwaysUse(arg, configs, diagnostics)),
    vscode.commands.registerCommand(ACCEPT_WORD, (arg: AcceptWordArg) => acceptWord(arg, configs, diagnostics)),
  ];
}
