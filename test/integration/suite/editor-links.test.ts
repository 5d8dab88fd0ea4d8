/**
 * What the editor shows first: rule links open the rendered page, the status bar counts problems as VS Code does,
 * and a plain-text file that only quotes datelines is not taken for a story.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';

const EXT_ID = 'wirelint.wirelint';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Api {
  lintNow(doc: vscode.TextDocument): Promise<vscode.Diagnostic[]>;
  statusBar(): { visible: boolean; text: string; tooltip: string };
}

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function api(): Promise<Api> {
  const ext = await until('the extension', () => vscode.extensions.getExtension<Api>(EXT_ID));
  return ext.activate();
}

async function writeFile(name: string, text: string): Promise<vscode.Uri> {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the tests need a workspace folder');
  const uri = vscode.Uri.joinPath(f.uri, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

const wirelint = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'wirelint');

// A loaded verb and an unattributed-looking mix (warnings), straight and curly marks mixed and a quote introduced
// with a comma in Reuters copy (info).
const STORY = [
  'Harbour reopens after strike',
  '',
  'By Ann Lee',
  '',
  'NORTHPORT, Jan. 14 (Reuters) – The harbour reopened on Tuesday, the port said.',
  '',
  '"We are back to work," Ann Lee claimed.',
  '',
  'Lee said, “The ships are moving again.”',
  '',
  '(Reporting by Ann Lee, editing by Tom Roe)',
  '',
].join('\n');

function openTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs);
}

test('a rule link in a hover or the Problems panel opens the rendered page, read-only, not the raw file', async () => {
  await api();
  const uri = await writeFile('links.wire', STORY);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const diags = await until('diagnostics', () => wirelint(uri).length > 0 && wirelint(uri));
  const d = diags.find((x) => String((x.code as { value: string }).value) === 'dateline-agency-tag');
  assert.ok(d, 'the dash is flagged');
  const target = (d.code as { target: vscode.Uri }).target;
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  // What the hover's and the Problems panel's link do: hand the URI to VS Code's opener.
  await vscode.commands.executeCommand('vscode.open', target);
  const preview = await until('the Markdown preview', () =>
    openTabs().find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview')),
  );
  assert.match(preview.label, /dateline-agency-tag/);
  await sleep(300);
  const raw = openTabs().filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.path.endsWith('.md'));
  assert.deepEqual(
    raw.map((t) => t.label),
    [],
    'no editor opened on the raw Markdown',
  );
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

test('the status bar counts warnings and info apart, as VS Code does', async () => {
  const wl = await api();
  const uri = await writeFile('counts.wire', STORY);
  const ed = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const diags = await wl.lintNow(ed.document);
  const warnings = diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
  const infos = diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Information).length;
  const errors = diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
  assert.ok(warnings > 0 && infos > 0, `the story has warnings (${warnings}) and info (${infos})`);
  assert.equal(errors, 0);
  const shown = await until('the status bar item', () => {
    const s = wl.statusBar();
    return s.visible && s.text.includes('Reuters') && s.text.includes('$(warning)') ? s : false;
  });
  assert.equal(shown.text, `$(megaphone) Reuters $(warning) ${warnings} $(info) ${infos}`);
  assert.match(shown.tooltip, new RegExp(`${warnings} warnings, ${infos} info\\b`));
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

test('a README saved as .txt is not a story: no problems and no status bar item', async () => {
  const wl = await api();
  const ext = vscode.extensions.getExtension(EXT_ID)!;
  const readme = new TextDecoder().decode(
    await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'README.md')),
  );
  assert.match(readme, /\(Reuters\) - /, 'the README quotes datelines');
  const uri = await writeFile('README-copy.txt', readme);
  const ed = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  assert.equal(ed.document.languageId, 'plaintext');
  assert.deepEqual(await wl.lintNow(ed.document), []);
  await sleep(300);
  assert.deepEqual(wirelint(uri), []);
  assert.equal(wl.statusBar().visible, false, `status bar: ${wl.statusBar().text}`);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});

test('a story switched to another language loses its problems and its status bar item', async () => {
  const wl = await api();
  const uri = await writeFile('switched.wire', STORY);
  const ed = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  assert.ok((await wl.lintNow(ed.document)).length > 0, 'the story has problems');
  await until('the status bar item', () => wl.statusBar().visible);
  const md = await vscode.languages.setTextDocumentLanguage(ed.document, 'markdown');
  assert.equal(md.languageId, 'markdown');
  await until('the problems to go', () => wirelint(uri).length === 0);
  await until(`the status bar item to hide (it shows "${wl.statusBar().text}")`, () => !wl.statusBar().visible);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
});
