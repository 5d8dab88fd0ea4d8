import * as vscode from 'vscode';

/** A workspace file's text, or undefined when it cannot be read (missing, a folder, no permission). */
export async function readTextIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
