/** Wirelint for VS Code: wires the core engine into diagnostics, quick fixes, commands, outline and status bar. */
import * as vscode from 'vscode';
import { WirelintCodeActions } from './codeActions';
import { openDocs, registerCommands } from './commands';
import { registerConfigEditCommands } from './configEdits';
import { ConfigService } from './configService';
import { ruleOfDocsLink, setExtension } from './convert';
import { DiagnosticsController } from './diagnostics';
import { Linter } from './linter';
import { createLog, log } from './log';
import { StoryOutline } from './outline';
import { StatusBar } from './statusBar';
import { StoryLanguage } from './storyLanguage';
import { LANGUAGE_ID } from './stories';
import { SuppressionService, registerIgnoreCommand } from './suppressions';

export interface WirelintApi {
  /** Check a document now and return its diagnostics (used by the integration tests). */
  lintNow(doc: vscode.TextDocument): Promise<vscode.Diagnostic[]>;
  /** What the status bar item shows now (used by the integration tests). */
  statusBar(): { visible: boolean; text: string; tooltip: string };
  /**
   * The document version a story's published problems were checked at (undefined before its first check), so a
   * test can wait for the problems of the version it edited instead of reading an older version's.
   */
  checkedVersion(uri: vscode.Uri): number | undefined;
}

const SELECTOR: vscode.DocumentSelector = [{ language: LANGUAGE_ID }, { language: 'plaintext' }];

export function activate(context: vscode.ExtensionContext): WirelintApi {
  const started = Date.now();
  context.subscriptions.push(createLog());
  setExtension(context.extensionUri, context.extension.id);
  const configs = new ConfigService();
  const suppressions = new SuppressionService();
  const linter = new Linter(configs, suppressions);
  const diagnostics = new DiagnosticsController(linter, configs);
  const status = new StatusBar(linter, diagnostics);
  context.subscriptions.push(
    configs,
    suppressions,
    diagnostics,
    status,
    new StoryLanguage(diagnostics, context.workspaceState),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new WirelintCodeActions(linter), {
      providedCodeActionKinds: WirelintCodeActions.kinds,
    }),
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, new StoryOutline(linter), { label: 'Wire story' }),
    ...registerCommands(diagnostics, configs, linter),
    ...registerConfigEditCommands(configs, diagnostics),
    registerIgnoreCommand(linter, diagnostics),
    // Rule links in hovers and the Problems panel: the rendered page, read-only, never the raw file.
    vscode.window.registerUriHandler({
      handleUri: (uri) => {
        const id = ruleOfDocsLink(uri);
        if (id) void openDocs(id);
        else log.warn(`Not a Wirelint link: ${uri.toString(true)}`);
      },
    }),
  );
  for (const doc of vscode.workspace.textDocuments) diagnostics.schedule(doc, 0);
  log.info(`Wirelint activated in ${Date.now() - started} ms.`);
  return {
    lintNow: (doc) => diagnostics.lintNow(doc),
    statusBar: () => status.state(),
    checkedVersion: (uri) => diagnostics.checkedVersion(uri),
  };
}

export function deactivate(): void {
  /* Everything is disposed through context.subscriptions. */
}
