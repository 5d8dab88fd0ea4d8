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
