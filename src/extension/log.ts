import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

export function createLog(): vscode.LogOutputChannel {
  channel = vscode.window.createOutputChannel('Wirelint', { log: true });
  return channel;
}

export const log = {
  info: (m: string): void => channel?.info(m),
  warn: (m: string): void => channel?.warn(m),
  error: (m: string): void => channel?.error(m),
  debug: (m: string): void => channel?.debug(m),
};

/** An error about a file the user can fix (a config or ignore file), with a button that opens it. */
export function showFileProblem(uri: vscode.Uri, problem: string, consequence: string): void {
  void vscode.window
    .showErrorMessage(
      `Wirelint: ${vscode.workspace.asRelativePath(uri)} has a problem — ${problem}. ${consequence}`,
      'Open file',
    )
    .then((choice) => {
      if (choice === 'Open file') void vscode.window.showTextDocument(uri);
    });
}
