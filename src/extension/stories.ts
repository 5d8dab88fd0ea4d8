/** Which open documents are wire stories. */
import * as vscode from 'vscode';
import { readSettings } from './settings';

export const LANGUAGE_ID = 'wire-story';
const PLAIN = new Set(['plaintext']);
/** An agency dateline near the top: `LONDON (Reuters) - `, `WASHINGTON (AP) — `, `Paris (AFP) – `. */
const DATELINE = /^[^\n]{0,120}\((?:Reuters|Reuter|AP|AFP|Xinhua|UPI|Bloomberg)\)\s*(?:--|—|–|-)/m;

export function looksLikeStory(text: string): boolean {
  return DATELINE.test(text.slice(0, 2000));
}

export function isStory(doc: vscode.TextDocument): boolean {
  if (doc.languageId === LANGUAGE_ID) return true;
  if (!PLAIN.has(doc.languageId)) return false;
  const s = readSettings(doc.uri);
  if (!s.enable) return false;
  if (s.files.some((pattern) => vscode.languages.match({ pattern }, doc) > 0)) return true;
  return s.detectPlainText && looksLikeStory(doc.getText(new vscode.Range(0, 0, 40, 0)));
}
