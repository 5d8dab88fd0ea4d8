/**
 * The status bar item: the active story's profile and its problems counted as VS Code counts them (errors,
 * warnings and info each under its own icon); click to pick the profile.
 */
import * as vscode from 'vscode';
import { PROFILES } from '../core/profiles';
import type { DiagnosticsController } from './diagnostics';
import type { Linter } from './linter';
import { isStory } from './stories';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('wirelint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private shown = false;

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
      this.shown = false;
      return;
    }
    const entry = this.linter.cached(doc);
    const c = countBySeverity(this.diagnostics.collection.get(doc.uri) ?? []);
    const profile = entry ? PROFILES[entry.result.profile].name : '…';
    const from =
      entry?.config.profile && entry.config.profile !== 'auto' ? 'set in configuration' : 'from the dateline';
    const icons = [
      c.errors ? `$(error) ${c.errors}` : '',
      c.warnings ? `$(warning) ${c.warnings}` : '',
      c.infos ? `$(info) ${c.infos}` : '',
    ].filter(Boolean);
    const words = [
      c.errors ? `${c.errors} error${c.errors === 1 ? '' : 's'}` : '',
      c.warnings ? `${c.warnings} warning${c.warnings === 1 ? '' : 's'}` : '',
      c.infos ? `${c.infos} info` : '',
    ].filter(Boolean);
    this.item.text = `$(megaphone) ${profile} ${icons.length ? icons.join(' ') : '$(check)'}`;
    this.item.tooltip = `Wirelint: ${profile} house style (${from}), ${words.length ? words.join(', ') : 'no problems'}. Click to choose the profile.`;
    this.item.show();
    this.shown = true;
  }

  /** What the item shows now (for the integration tests). */
  state(): { visible: boolean; text: string; tooltip: string } {
    const tooltip = this.item.tooltip;
    return { visible: this.shown, text: this.item.text, tooltip: typeof tooltip === 'string' ? tooltip : '' };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Diagnostics counted as the Problems panel and VS Code's own status bar count them. */
export function countBySeverity(diags: readonly vscode.Diagnostic[]): {
  errors: number;
  warnings: number;
  infos: number;
} {
  const c = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diags) {
    if (d.severity === vscode.DiagnosticSeverity.Error) c.errors++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) c.warnings++;
    else if (d.severity === vscode.DiagnosticSeverity.Information) c.infos++;
  }
  return c;
}
