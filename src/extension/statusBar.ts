/** The status bar item: the active story's profile and its number of problems; click to pick the profile. */
import * as vscode from 'vscode';
import { PROFILES } from '../core/profiles';
import type { DiagnosticsController } from './diagnostics';
import type { Linter } from './linter';
import { isStory } from './stories';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('wirelint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly linter: Linter,
    private readonly diagnostics: DiagnosticsController,
  ) {
    this.item.name = 'Wirelint';
    this.item.command = 'wirelint.selectProfile';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidUpdate(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isStory(doc)) {
      this.item.hide();
      return;
    }
    const entry = this.linter.cached(doc);
    const count = this.diagnostics.collection.get(doc.uri)?.length ?? 0;
    const profile = entry ? PROFILES[entry.result.profile].name : '…';
    const from =
      entry?.config.profile && entry.config.profile !== 'auto' ? 'set in configuration' : 'from the dateline';
    this.item.text = `$(megaphone) ${profile}${count ? ` $(warning) ${count}` : ' $(check)'}`;
    this.item.tooltip = `Wirelint: ${profile} house style (${from}), ${count} problem${count === 1 ? '' : 's'}. Click to choose the profile.`;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
