/** Which open documents are wire stories. */
import * as vscode from 'vscode';
import { STORY_HEAD_CHARS, looksLikeStory } from '../core/detect';
import { readSettings } from './settings';

export const LANGUAGE_ID = 'wire-story';
const PLAIN = new Set(['plaintext']);
export { looksLikeStory };

/**
 * Whether the document is a file of the user's own, where a story is edited: untitled, saved, or in a workspace
 * folder's or another writable file system. What VS Code opens to show another document — the refactor preview's
 * copy of a story, a file as it was in an earlier commit — is not: its problems would be listed a second time, under
 * a name of its own, and a fix made there would change nothing.
 */
export function isOwnDocument(uri: vscode.Uri): boolean {
  if (uri.scheme === 'file' || uri.scheme === 'untitled') return true;
  if (vscode.workspace.workspaceFolders?.some((f) => f.uri.scheme === uri.scheme)) return true;
  return vscode.workspace.fs.isWritableFileSystem(uri.scheme) === true;
}

export function isStory(doc: vscode.TextDocument): boolean {
  if (!isOwnDocument(doc.uri)) return false;
  if (doc.languageId === LANGUAGE_ID) return true;
  if (!PLAIN.has(doc.languageId)) return false;
  const s = readSettings(doc.uri);
  if (!s.enable) return false;
  if (s.files.some((pattern) => vscode.languages.match({ pattern }, doc) > 0)) return true;
  // The opening the command line reads too, so a .txt is a story in both or in neither.
  const head = new vscode.Range(new vscode.Position(0, 0), doc.positionAt(STORY_HEAD_CHARS));
  return s.detectPlainText && looksLikeStory(doc.getText(head));
}
