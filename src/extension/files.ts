import * as vscode from 'vscode';

/** A file-system error that says the file (or a folder on its path) is not there. */
export const isNotFound = (err: unknown): boolean =>
  err instanceof vscode.FileSystemError && (err.code === 'FileNotFound' || err.code === 'EntryNotFound');

/** The open document with this URI (a Uri or its string form), if any. */
export function openDocument(uri: vscode.Uri | string): vscode.TextDocument | undefined {
  const key = typeof uri === 'string' ? uri : uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/** A workspace file's text, or undefined when it cannot be read (missing, a folder, no permission). */
export async function readTextIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/**
 * Call `changed` whenever a file named `name` anywhere in the workspace is created, changed or deleted on disk, or
 * saved from an editor (a save the watcher may report late or not at all). Dispose of the result to stop.
 */
export function watchNamedFile(name: string, changed: (uri: vscode.Uri) => void): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${name}`);
  return vscode.Disposable.from(
    watcher,
    watcher.onDidChange(changed),
    watcher.onDidCreate(changed),
    watcher.onDidDelete(changed),
    vscode.workspace.onDidSaveTextDocument((d) => {
      if (d.uri.path.endsWith(`/${name}`)) changed(d.uri);
    }),
  );
}
