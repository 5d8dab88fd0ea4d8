/** Which open documents are wire stories. */
import * as vscode from 'vscode';
import { STORY_HEAD_CHARS, looksLikeStory } from '../core/detect';
import { readSettings } from './settings';

export const LANGUAGE_ID = 'wire-story';
const PLAIN = new Set(['plaintext']);
export { looksLikeStory };

export function isStory(doc: vscode.TextDocument): boolean {
  if (doc.languageId === LANGUAGE_ID) return true;
  if (!PLAIN.has(doc.languageId)) return false;
  const s = readSettings(doc.uri);
  if (!s.enable) return false;
  if (s.files.some((pattern) => vscode.languages.match({ pattern }, doc) > 0)) return true;
  // The opening the command line reads too, so a .txt is a story in both or in neither.
  const head = new vscode.Range(new vscode.Position(0, 0), doc.positionAt(STORY_HEAD_CHARS));
  return s.detectPlainText && looksLikeStory(doc.getText(head));
}
