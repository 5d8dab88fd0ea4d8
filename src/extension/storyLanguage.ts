/**
 * A `.txt` file taken for a wire story — its opening lines carry an agency dateline, or `wirelint.files` names it — is
 * switched to the wire-story language once it has been checked, so it reads as a `.wire` file does: wrapped (the
 * `[wire-story]` defaults in package.json) and highlighted. Not when the user has chosen the file's language: a
 * `files.associations` entry that names the file, or switching it back by hand (remembered for the workspace, so
 * it is not switched again).
 */
import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';
import { openDocument } from './files';
import { log } from './log';
import { LANGUAGE_ID, isStory } from './stories';

const PLAIN = 'plaintext';
/** Workspace state: the files the user switched back from wire-story. */
const DECLINED_KEY = 'wirelint.keptLanguage';
const MAX_DECLINED = 500;

export class StoryLanguage implements vscode.Disposable {
  /** Files switched to wire-story while they have been open. */
  private readonly switched = new Set<string>();
  private readonly declined: Set<string>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    diagnostics: DiagnosticsController,
    private readonly state: vscode.Memento,
  ) {
    this.declined = new Set(state.get<string[]>(DECLINED_KEY, []));
    this.disposables.push(
      diagnostics.onDidUpdate((uri) => {
        const doc = openDocument(uri);
        if (doc) this.adopt(doc);
      }),
      // A change of language closes and reopens the same document, which stays open; a real close ends it.
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.isClosed) this.switched.delete(doc.uri.toString());
      }),
      vscode.workspace.onDidOpenTextDocument((doc) => this.reopened(doc)),
    );
  }

  /** After a check: switch a plain-text story to wire-story, unless the user chose its language. */
  private adopt(doc: vscode.TextDocument): void {
    if (doc.languageId !== PLAIN || !doc.uri.path.toLowerCase().endsWith('.txt')) return;
    const key = doc.uri.toString();
    if (this.switched.has(key) || this.declined.has(key) || !isStory(doc) || associated(doc)) return;
    this.switched.add(key);
    vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID).then(
      () => log.info(`Reading ${vscode.workspace.asRelativePath(doc.uri)} as a wire story.`),
      (err: unknown) => log.warn(`Could not switch ${doc.uri.toString(true)} to wire-story: ${String(err)}`),
    );
  }

  /** A file switched here that comes back in another language was switched back by the user: leave it so. */
  private reopened(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (!this.switched.has(key) || doc.languageId === LANGUAGE_ID || this.declined.has(key)) return;
    this.declined.add(key);
    void this.state.update(DECLINED_KEY, [...this.declined].slice(-MAX_DECLINED));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Whether a `files.associations` entry names this file's language (a pattern without a slash is a file name). */
function associated(doc: vscode.TextDocument): boolean {
  const associations = vscode.workspace.getConfiguration('files', doc).get<Record<string, string>>('associations');
  return Object.keys(associations ?? {}).some(
    (pattern) => vscode.languages.match({ pattern: pattern.includes('/') ? pattern : `**/${pattern}` }, doc) > 0,
  );
}
