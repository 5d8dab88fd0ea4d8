/**
 * Commands: fix all (format fixes only), review all wording fixes, lint all stories in the workspace, select
 * profile, rule docs, switch a file to wire-story, turn a rule off in .wirelintrc.json (keeping its comments and
 * layout; see configEdits.ts).
 */
import * as vscode from 'vscode';
import { ruleSeverityEdits } from '../core/config-edit';
import { MAX_STORY_BYTES } from '../core/detect';
import { PROFILE_IDS, PROFILES } from '../core/profiles';
import { RULES } from '../core/rules/index';
import { fixAllEditsSparing } from '../core/suppressions';
import {
  APPLY_EDITS,
  DISABLE_RULE,
  OPEN_RULE_DOCS,
  applyVersionedEdits,
  fixAllOptions,
  type VersionedEdits,
} from './codeActions';
import { editGoverningConfig } from './configEdits';
import type { ConfigService } from './configService';
import { docsUri } from './convert';
import type { DiagnosticsController } from './diagnostics';
import type { Linter } from './linter';
import { log } from './log';
import { readSettings } from './settings';
import { LANGUAGE_ID, isStory, looksLikeStory } from './stories';
import { REVIEW_WORDING, reviewWordingFixes, type ReviewWordingArg } from './wording';
import { openDocument } from './files';

export function registerCommands(
  diagnostics: DiagnosticsController,
  configs: ConfigService,
  linter: Linter,
): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(APPLY_EDITS, (arg: VersionedEdits) => applyVersionedEdits(arg)),
    vscode.commands.registerCommand('wirelint.fixAll', () => fixAllInEditor(linter)),
    vscode.commands.registerCommand(REVIEW_WORDING, (arg?: ReviewWordingArg) => reviewWordingFixes(linter, arg)),
    vscode.commands.registerCommand('wirelint.lintWorkspace', () => lintWorkspace(diagnostics, configs, linter)),
    vscode.commands.registerCommand('wirelint.selectProfile', selectProfile),
    vscode.commands.registerCommand('wirelint.showRuleDocs', showRuleDocs),
    vscode.commands.registerCommand(OPEN_RULE_DOCS, (id: string) => openDocs(id)),
    vscode.commands.registerCommand(DISABLE_RULE, (id: string, uri?: string) =>
      disableRule(id, uri, configs, diagnostics),
    ),
    vscode.commands.registerCommand('wirelint.useWireStoryLanguage', async () => {
      const ed = vscode.window.activeTextEditor;
      if (ed) await vscode.languages.setTextDocumentLanguage(ed.document, LANGUAGE_ID);
    }),
  ];
}

async function fixAllInEditor(linter: Linter): Promise<void> {
  const ed = vscode.window.activeTextEditor;
  if (!ed || !isStory(ed.document)) {
    void vscode.window.showInformationMessage('Wirelint: open a wire story to fix it.');
    return;
  }
  const doc = ed.document;
  const version = doc.version;
  // The lint's own config, and its suppressed findings (.wirelint-ignore.json), which are left as they are.
  const { config, suppressed, result } = await linter.lint(doc);
  const options = fixAllOptions(doc);
  const { edits } = fixAllEditsSparing(doc.getText(), config, suppressed, options);
  if (edits.length === 0) {
    // Info-level fixes wait for a person: say where they are rather than that there is nothing.
    const infos = options.minSeverity !== 'info' && result.findings.some((f) => f.severity === 'info' && f.fix);
    void vscode.window.showInformationMessage(
      infos
        ? 'Wirelint: nothing to fix automatically in this story. Its info-level problems are left for you to judge: use each one’s quick fix, or set wirelint.fixSeverity to "info" to include them.'
        : 'Wirelint: nothing to fix automatically in this story.',
    );
    return;
  }
  await applyVersionedEdits({ uri: doc.uri.toString(), version, edits });
}

/**
 * Installed packages (`node_modules`) are no stories, as on the command line. They are dropped from what the search
 * finds rather than excluded in it: a search with no exclusion of its own applies the user's `files.exclude` as VS
 * Code documents it (patterns, `when` conditions, per-folder settings), which a hand-built exclusion could not.
 */
const inPackages = (uri: vscode.Uri): boolean => /(^|\/)node_modules\//.test(uri.path);

async function lintWorkspace(
  diagnostics: DiagnosticsController,
  configs: ConfigService,
  linter: Linter,
): Promise<void> {
  const settings = readSettings(vscode.workspace.workspaceFolders?.[0]);
  if (!settings.enable) {
    void vscode.window.showInformationMessage('Wirelint is turned off (wirelint.enable).');
    return;
  }
  const include = ['**/*.wire', '**/*.story', ...settings.files];
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Wirelint: checking wire stories', cancellable: true },
    async (progress, token) => {
      const found = new Map<string, vscode.Uri>();
      for (const pattern of include) {
        for (const uri of await vscode.workspace.findFiles(pattern, undefined, undefined, token))
          if (!inPackages(uri)) found.set(uri.toString(), uri);
      }
      if (settings.detectPlainText) {
        for (const uri of await vscode.workspace.findFiles('**/*.txt', undefined, 5000, token))
          if (!inPackages(uri)) found.set(uri.toString(), uri);
      }
      const uris = [...found.values()];
      let done = 0;
      let stories = 0;
      let problems = 0;
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        progress.report({
          message: `${done}/${uris.length} ${vscode.workspace.asRelativePath(uri)}`,
          increment: 100 / Math.max(1, uris.length),
        });
        done++;
        const open = openDocument(uri);
        if (open) {
          if (isStory(open)) {
            stories++;
            problems += (await diagnostics.lintNow(open)).length;
          }
          continue;
        }
        let text: string;
        try {
          const bytes = await vscode.workspace.fs.readFile(uri);
          if (bytes.length > MAX_STORY_BYTES || bytes.subarray(0, 8192).includes(0)) continue;
          text = new TextDecoder('utf-8').decode(bytes);
        } catch (err) {
          log.warn(`Could not read ${uri.toString(true)}: ${String(err)}`);
          continue;
        }
        const isTxt = uri.path.toLowerCase().endsWith('.txt');
        const matchesFiles =
          settings.files.length > 0 &&
          vscode.languages.match(
            settings.files.map((pattern) => ({ pattern })),
            { uri, languageId: 'plaintext' } as vscode.TextDocument,
          ) > 0;
        if (isTxt && !matchesFiles && !looksLikeStory(text)) continue;
        stories++;
        const fake = { uri } as vscode.TextDocument;
        const config = await configs.configFor(fake);
        const result = await linter.lintText(uri, text, config);
        problems += result.findings.length;
        diagnostics.publishText(uri, text, result);
      }
      const what = token.isCancellationRequested ? 'Stopped after' : 'Checked';
      log.info(`${what} ${stories} wire stories: ${problems} problems.`);
      void vscode.window.showInformationMessage(
        `Wirelint: ${what.toLowerCase()} ${stories} wire stories, ${problems} problems. See the Problems panel.`,
      );
    },
  );
}

async function selectProfile(): Promise<void> {
  const current = vscode.workspace.getConfiguration('wirelint').get<string>('profile', 'auto');
  const items: Array<vscode.QuickPickItem & { id: string }> = [
    { id: 'auto', label: 'Automatic', description: 'from the dateline’s agency tag', picked: current === 'auto' },
    ...PROFILE_IDS.map((id) => ({
      id,
      label: PROFILES[id].name,
      description: id === 'neutral' ? 'agency-neutral rules only' : PROFILES[id].tag,
      picked: current === id,
    })),
  ];
  const pick = await vscode.window.showQuickPick(items, {
    title: 'Wirelint profile',
    placeHolder: `Current: ${current}`,
  });
  if (!pick) return;
  const target = vscode.workspace.workspaceFolders?.length
    ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('wirelint').update('profile', pick.id, target);
}

async function showRuleDocs(): Promise<void> {
  const pick = await vscode.window.showQuickPick(
    RULES.map((r) => ({ label: r.meta.id, description: r.meta.category, detail: r.meta.description })),
    { title: 'Wirelint rules', matchOnDetail: true },
  );
  if (pick) await openDocs(pick.label);
}

/** A rule's page, rendered in the Markdown preview (read-only). */
export async function openDocs(id: string): Promise<void> {
  const uri = docsUri(id);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true });
  }
}

async function disableRule(
  id: string,
  docUri: string | undefined,
  configs: ConfigService,
  diagnostics: DiagnosticsController,
): Promise<boolean> {
  const doc = docUri ? vscode.Uri.parse(docUri) : vscode.window.activeTextEditor?.document.uri;
  // The rule's options are kept (so turning it back on restores them), and so is everything else in the file.
  const outcome = await editGoverningConfig(configs, doc, (text) => ruleSeverityEdits(text, id, 'off'));
  if (!outcome) return false;
  log.info(`Turned off ${id} in ${outcome.uri.toString(true)}`);
  const open = doc && openDocument(doc);
  if (open) await diagnostics.lintNow(open);
  const setting = doc
    ? vscode.workspace.getConfiguration('wirelint', doc).get<Record<string, unknown>>('rules')?.[id]
    : undefined;
  const where = outcome.where;
  void vscode.window.showInformationMessage(
    outcome.unsaved
      ? `Wirelint: ${id} is off in ${where}, which has unsaved changes: save it to apply.`
      : setting !== undefined
        ? `Wirelint: ${id} is off in ${where}, but the setting wirelint.rules sets it to ${JSON.stringify(setting)}, which wins.`
        : `Wirelint: ${id} is off for this workspace (${where}).`,
  );
  return true;
}
