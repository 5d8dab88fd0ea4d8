/**
 * Extension-host tests: run inside a real VS Code (desktop through @vscode/test-electron, or code-server here).
 * They use the published Reuters sample from ../shared when it is there (copied into the test workspace).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { WirelintApi } from '../../../src/extension/extension';
import { SkipTest, test } from './harness';

const EXT_ID = 'wirelint.wirelint';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the tests need a workspace folder');
  return f.uri;
}

function sharedSample(): string | undefined {
  const candidates = [
    process.env.WIRELINT_SHARED && path.join(process.env.WIRELINT_SHARED, 'samples/reuters-kremlin.txt'),
    path.resolve(__dirname, '../../../../../shared/samples/reuters-kremlin.txt'),
    path.resolve(__dirname, '../../../../shared/samples/reuters-kremlin.txt'),
  ].filter((x): x is string => !!x);
  return candidates.find((p) => fs.existsSync(p));
}

async function writeStory(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

function wirelintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'wirelint');
}

/**
 * Waits until the problems the editor shows for `uri` satisfy `predicate`. For an open story only the problems of
 * the document as it is now count: right after an edit the Problems panel still lists the previous version's
 * problems (the check waits for a pause in typing), and a diagnostic taken then, or the code actions asked for on
 * its range, belong to a text that is gone.
 */
async function diagnosticsSettled(
  uri: vscode.Uri,
  predicate: (d: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  const api = await wirelintApi();
  const key = uri.toString();
  return until(what, () => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
    if (doc && api.checkedVersion(uri) !== doc.version) return false;
    const d = wirelintDiagnostics(uri);
    return predicate(d) ? d : false;
  });
}

async function wirelintApi(): Promise<WirelintApi> {
  const ext = await until('the extension', () => vscode.extensions.getExtension<WirelintApi>(EXT_ID));
  return ext.isActive ? ext.exports : ext.activate();
}

/** The problems of the open document as it is now (see diagnosticsSettled). */
function checkedDiagnostics(doc: vscode.TextDocument, what: string): Promise<vscode.Diagnostic[]> {
  return diagnosticsSettled(doc.uri, () => true, `${what} (the problems of version ${doc.version})`);
}

const ruleOf = (d: vscode.Diagnostic): string => String((d.code as { value: string }).value);
const rangeOf = (d: vscode.Diagnostic): string =>
  `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`;

async function quickFixes(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    doc.uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return (all ?? []).filter(
    (a) => a.command?.command === 'wirelint.applyEdits' || a.command?.command?.startsWith('wirelint.'),
  );
}

async function runAction(a: vscode.CodeAction): Promise<unknown> {
  if (a.edit) await vscode.workspace.applyEdit(a.edit);
  if (a.command) return vscode.commands.executeCommand(a.command.command, ...(a.command.arguments ?? []));
  return undefined;
}

const STORY = [
  'Harbour reopens after strike',
  '',
  'By Ann Lee',
  '',
  'NORTHPORT, Jan. 14 (Reuters) – The harbour reopened on Tuesday, the port said.',
  '',
  '"We are back to work," said he.',
  '',
  '(Reporting by Ann Lee, editing by Tom Roe)',
  '',
].join('\n');

test('the extension is present and activates on a wire story', async () => {
  const uri = await writeStory('activate.wire', STORY);
  await open(uri);
  const ext = await until('the extension', () => vscode.extensions.getExtension(EXT_ID));
  await until('activation', () => ext.isActive);
  await diagnosticsSettled(uri, (d) => d.length > 0, 'diagnostics on the .wire story');
});

test('the Reuters sample: exact diagnostics with rule, range, severity and docs target', async () => {
  const sample = sharedSample();
  if (!sample) throw new SkipTest('../shared/samples/reuters-kremlin.txt is absent on this machine');
  const uri = await writeStory('reuters-kremlin.txt', fs.readFileSync(sample, 'utf8'));
  const ed = await open(uri);
  // A .txt taken for a story (from its dateline) is read as one.
  await until('the sample read as a wire story', () => ed.document.languageId === 'wire-story');
  const diags = await diagnosticsSettled(uri, (d) => d.length >= 4, 'four findings on the sample');
  const got = diags
    .filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning)
    .map((d) => `${ruleOf(d)} ${rangeOf(d)} ${d.severity === vscode.DiagnosticSeverity.Warning ? 'warning' : 'error'}`)
    .sort();
  assert.deepEqual(got, [
    'credit-byline-mismatch 31:15-31:22 warning',
    'credit-reuters-format 31:24-31:34 warning',
    'dateline-agency-tag 5:17-5:20 warning',
    'trailing-text 33:1-33:49 warning',
  ]);
  for (const d of diags) {
    const target = (d.code as { target: vscode.Uri }).target;
    // The extension's own link, which opens the rendered page (see editor-links.test.ts).
    assert.equal(
      target.toString(),
      `${vscode.env.uriScheme}://${EXT_ID}/docs/rules/${ruleOf(d)}`,
      `docs target of ${ruleOf(d)}`,
    );
    assert.equal(d.source, 'wirelint');
  }
  const mismatch = diags.find((d) => ruleOf(d) === 'credit-byline-mismatch')!;
  assert.equal(
    mismatch.relatedInformation?.[0]?.location.range.start.line,
    2,
    'the byline is linked as related information',
  );
});

/**
 * Waits until a change of language the extension asked for before now would have reached its document: VS Code
 * makes language changes in the order they are asked for, so once one asked for now (on a scratch document) is
 * made, an earlier one has been too. Lets a test say that a file was not switched.
 */
async function languageChangesSettled(): Promise<void> {
  const scratch = await vscode.workspace.openTextDocument({ content: '', language: 'plaintext' });
  await vscode.languages.setTextDocumentLanguage(scratch, 'markdown');
}

test('a .txt story is read as a wire story: wrapped and highlighted, as a .wire file is', async () => {
  const uri = await writeStory('desk-note.txt', STORY);
  const doc = (await open(uri)).document;
  await until('the .txt story read as a wire story', () => doc.languageId === 'wire-story');
  const ds = await diagnosticsSettled(uri, (d) => d.length >= 5, 'its problems, checked as a wire story');
  assert.equal(ds.filter((d) => ruleOf(d) === 'dateline-agency-tag').length, 1, 'each problem once');
  const editor = vscode.workspace.getConfiguration('editor', doc);
  assert.equal(editor.get('wordWrap'), 'on', 'one-line paragraphs are wrapped');
  assert.equal(editor.get('unicodeHighlight.ambiguousCharacters'), false, 'dashes and curly quotes are not boxed');
  const wire = vscode.workspace.getConfiguration('editor', { languageId: 'wire-story' });
  assert.equal(wire.get('wordWrap'), 'on', '.wire and .story files are wrapped too');
  assert.equal(
    vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('wordWrap'),
    'off',
    'other plain text is left as it was',
  );
});

test('a .txt that is no story stays plain text', async () => {
  const uri = await writeStory('shopping.txt', 'Shopping list\n\nMilk, bread and "good" coffee.\n');
  const doc = (await open(uri)).document;
  assert.deepEqual(await checkedDiagnostics(doc, 'the file looked at'), []);
  await languageChangesSettled();
  assert.equal(doc.languageId, 'plaintext');
});

test('a .txt story the editor switches back to plain text, or maps in files.associations, stays plain text', async () => {
  const uri = await writeStory('kept-plain.txt', STORY);
  const doc = (await open(uri)).document;
  await until('the story read as a wire story', () => doc.languageId === 'wire-story');
  // As the language picker does.
  await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
  await diagnosticsSettled(uri, (d) => d.length >= 5, 'still checked as a story');
  const ed = await vscode.window.showTextDocument(doc);
  await ed.edit((e) => e.insert(new vscode.Position(0, 0), 'Update: '));
  await diagnosticsSettled(uri, (d) => d.length >= 5, 'checked again after an edit');
  await languageChangesSettled();
  assert.equal(doc.languageId, 'plaintext', 'the editor’s choice is kept');
  await vscode.commands.executeCommand('workbench.action.files.revert');

  const files = vscode.workspace.getConfiguration('files');
  await files.update('associations', { 'mapped-*.txt': 'plaintext' }, vscode.ConfigurationTarget.Workspace);
  try {
    const mapped = await writeStory('mapped-story.txt', STORY);
    const mappedDoc = (await open(mapped)).document;
    await diagnosticsSettled(mapped, (d) => d.length >= 5, 'the mapped story checked');
    await languageChangesSettled();
    assert.equal(mappedDoc.languageId, 'plaintext', 'files.associations is the user’s choice');
  } finally {
    await files.update('associations', undefined, vscode.ConfigurationTarget.Workspace);
  }
});

test('each quick fix produces the expected text', async () => {
  const uri = await writeStory('quickfix.wire', STORY);
  const ed = await open(uri);
  const doc = ed.document;
  const expectations: Array<[string, string, string]> = [
    ['dateline-agency-tag', ' – ', ' - '],
    ['dateline-month-format', 'Jan.', 'Jan'],
    ['attrib-said-inversion', 'said he', 'he said'],
    ['credit-reuters-format', 'editing by', 'Editing by'],
  ];
  for (const [rule, before, after] of expectations) {
    // The problems of the text this fix edits: the previous fix's check has been published.
    const ds = await checkedDiagnostics(doc, `the problems before the ${rule} fix`);
    const d = ds.find((x) => ruleOf(x) === rule);
    assert.ok(d, `${rule} is reported at version ${doc.version}; got ${ds.map(ruleOf).join(', ')}`);
    const actions = await quickFixes(doc, d.range);
    const fix = actions.find((a) => a.isPreferred && a.title.includes(before.trim()));
    assert.ok(fix, `a preferred fix for ${rule}; got ${actions.map((a) => a.title).join(' | ')}`);
    const line = d.range.start.line;
    const beforeText = doc.lineAt(line).text;
    assert.ok(beforeText.includes(before), `${rule}: line has ${before}`);
    assert.equal(await runAction(fix), true, `${rule}: the fix applied`);
    assert.equal(doc.lineAt(line).text, beforeText.replace(before, after), `${rule}: fixed line`);
  }
  // The credit line's actions are asked for on the problems of the text the last fix left.
  const credit = (await checkedDiagnostics(doc, 'the problems after the last fix')).filter(
    (x) => x.range.start.line === 8,
  );
  assert.ok(credit.length > 0, 'the credit line still has a finding (the semicolon)');
  const titles = (await quickFixes(doc, doc.lineAt(8).range)).map((a) => a.title);
  assert.ok(
    titles.some((t) => t.startsWith('Turn off ')),
    'offers to turn the rule off',
  );
  assert.ok(
    titles.some((t) => t.startsWith('Show documentation')),
    'offers the rule docs',
  );
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('the problems are stamped with the version they were checked at, and an edit is checked at its own', async () => {
  const uri = await writeStory('stamped.wire', STORY);
  const ed = await open(uri);
  const doc = ed.document;
  const api = await wirelintApi();
  const dash = (d: vscode.Diagnostic[]): vscode.Diagnostic | undefined =>
    d.find((x) => ruleOf(x) === 'dateline-agency-tag');
  const first = dash(await checkedDiagnostics(doc, 'the story checked'));
  assert.equal(api.checkedVersion(uri), doc.version);
  assert.ok(first, 'the dash is reported');
  // Three characters before the dateline move the dash finding three columns on: the problems of the new version
  // say so, whatever the previous version's said.
  await ed.edit((e) => e.insert(new vscode.Position(4, 0), 'XX '));
  const moved = dash(await checkedDiagnostics(doc, 'the edited story checked'));
  assert.equal(api.checkedVersion(uri), doc.version);
  assert.ok(moved, 'the dash is still reported');
  assert.equal(moved.range.start.character, first.range.start.character + 3);
  assert.equal(doc.getText(moved.range), ' – ');
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('fix all: command and source.fixAll give the same text', async () => {
  const uri = await writeStory('fixall.wire', STORY);
  const ed = await open(uri);
  await diagnosticsSettled(uri, (d) => d.length >= 5, 'findings');
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    new vscode.Range(0, 0, 0, 0),
    'source.fixAll.wirelint',
  );
  assert.equal(actions?.length, 1, 'one source.fixAll.wirelint action');
  await vscode.commands.executeCommand('wirelint.fixAll');
  const text = ed.document.getText();
  assert.equal(
    text,
    STORY.replace('Jan. 14', 'Jan 14')
      .replace('(Reuters) – ', '(Reuters) - ')
      .replace('said he.', 'he said.')
      .replace('Ann Lee, editing by', 'Ann Lee; Editing by')
      .replace('Tom Roe\n', 'Tom Roe)\n'),
  );
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('fix on save through editor.codeActionsOnSave', async () => {
  const config = vscode.workspace.getConfiguration('editor', { languageId: 'wire-story' });
  await config.update(
    'codeActionsOnSave',
    { 'source.fixAll.wirelint': 'explicit' },
    vscode.ConfigurationTarget.Workspace,
    true,
  );
  try {
    const uri = await writeStory('onsave.wire', STORY);
    const ed = await open(uri);
    await ed.edit((e) => e.insert(new vscode.Position(0, 0), 'Update: '));
    await ed.document.save();
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.ok(onDisk.startsWith('Update: Harbour'), 'the edit was saved');
    assert.ok(
      onDisk.includes('NORTHPORT, Jan 14 (Reuters) - The harbour'),
      `saved with fixes: ${onDisk.slice(0, 200)}`,
    );
  } finally {
    await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
  }
});

test('an edit computed for an older version is refused', async () => {
  const uri = await writeStory('stale.wire', STORY);
  const ed = await open(uri);
  const doc = ed.document;
  const d = (
    await diagnosticsSettled(uri, (ds) => ds.some((x) => ruleOf(x) === 'dateline-agency-tag'), 'dash finding')
  ).find((x) => ruleOf(x) === 'dateline-agency-tag')!;
  const fix = (await quickFixes(doc, d.range)).find((a) => a.isPreferred)!;
  await ed.edit((e) => e.insert(new vscode.Position(4, 0), 'XX '));
  const before = doc.getText();
  assert.equal(await runAction(fix), false, 'the stale fix reports failure');
  assert.equal(doc.getText(), before, 'the document is untouched');
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('unsaved and untitled stories are checked as they are typed', async () => {
  const doc = await vscode.workspace.openTextDocument({
    language: 'wire-story',
    content: 'Headline\n\nLONDON (Reuters) - Text.\n',
  });
  const ed = await vscode.window.showTextDocument(doc);
  assert.deepEqual(await checkedDiagnostics(doc, 'the clean story checked'), [], 'a clean story has no problems');
  await ed.edit((e) => e.replace(new vscode.Range(2, 16, 2, 19), ' – '));
  const ds = await diagnosticsSettled(doc.uri, (x) => x.length === 1, 'a finding after typing');
  assert.equal(ruleOf(ds[0]!), 'dateline-agency-tag');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await diagnosticsSettled(doc.uri, (x) => x.length === 0, 'problems cleared on close');
});

test('a change to .wirelintrc.json re-lints open stories', async () => {
  const uri = await writeStory('config.wire', STORY);
  await open(uri);
  await diagnosticsSettled(uri, (d) => d.some((x) => ruleOf(x) === 'dateline-month-format'), 'month finding');
  const cfg = vscode.Uri.joinPath(folder(), '.wirelintrc.json');
  await vscode.workspace.fs.writeFile(
    cfg,
    new TextEncoder().encode('{"rules": {"dateline-month-format": "off", "trailing-text": "error"}}\n'),
  );
  try {
    await diagnosticsSettled(
      uri,
      (d) => d.length > 0 && !d.some((x) => ruleOf(x) === 'dateline-month-format'),
      'month finding gone after config change',
    );
  } finally {
    await vscode.workspace.fs.delete(cfg);
  }
  await diagnosticsSettled(
    uri,
    (d) => d.some((x) => ruleOf(x) === 'dateline-month-format'),
    'month finding back after the config is removed',
  );
});

test('outline shows the story parts, each over its own lines only (sticky scroll pins no part over the story)', async () => {
  const text = STORY.replace(
    '(Reporting by',
    'Dockers had walked out on Jan 2.\n\n"It was long," a docker said.\n\n(Reporting by',
  );
  const uri = await writeStory('outline.wire', text);
  const doc = (await open(uri)).document;
  await diagnosticsSettled(uri, (d) => d.length > 0, 'the story was checked');
  const symbols =
    (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
  assert.deepEqual(
    symbols.map((s) => [s.detail, s.name]),
    [
      ['headline', 'Harbour reopens after strike'],
      ['byline', 'By Ann Lee'],
      ['dateline', 'NORTHPORT, Jan. 14 (Reuters) –'],
      ['full quote', '"We are back to work,"'],
      ['full quote', '"It was long,"'],
      ['credit line', '(Reporting by Ann Lee, editing by Tom Roe)'],
    ],
  );
  const all = (ss: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => ss.flatMap((s) => [s, ...all(s.children)]);
  for (const s of all(symbols)) {
    assert.equal(s.range.start.line, s.range.end.line, `${s.detail || s.name} stays on its own line`);
    assert.ok(s.range.contains(s.selectionRange));
  }
  const quotes = symbols.filter((s) => s.detail.endsWith('quote'));
  assert.deepEqual(
    quotes.map((s) => doc.getText(s.range)),
    ['"We are back to work,"', '"It was long,"'],
  );
});

test('a broken .wirelintrc.json keeps the last good settings in force', async () => {
  const uri = await writeStory('broken-config.wire', STORY);
  await open(uri);
  const cfg = vscode.Uri.joinPath(folder(), '.wirelintrc.json');
  await vscode.workspace.fs.writeFile(cfg, new TextEncoder().encode('{"rules": {"dateline-month-format": "off"}}\n'));
  try {
    await diagnosticsSettled(
      uri,
      (d) => d.length > 0 && !d.some((x) => ruleOf(x) === 'dateline-month-format'),
      'good config applied',
    );
    await vscode.workspace.fs.writeFile(cfg, new TextEncoder().encode('{"rules": {"dateline-month-format": "loud"'));
    await sleep(1500);
    const d = wirelintDiagnostics(uri);
    assert.ok(d.length > 0, 'the story is still checked');
    assert.ok(!d.some((x) => ruleOf(x) === 'dateline-month-format'), 'the last good config (rule off) stays in force');
  } finally {
    await vscode.workspace.fs.delete(cfg);
  }
});

test('a config nested too deep or too large is a configuration error: the story is still checked', async () => {
  const cfg = vscode.Uri.joinPath(folder(), '.wirelintrc.json');
  const hostile = [
    `{"rules": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
    `{"vocabulary": [${'{"pattern": "Kiev"},'.repeat(150_000)}]}`,
  ];
  try {
    for (const [i, text] of hostile.entries()) {
      await vscode.workspace.fs.writeFile(cfg, new TextEncoder().encode(text));
      await sleep(500);
      // A story opened only now is checked (under the last good settings), never left without diagnostics.
      const uri = await writeStory(`hostile-config-${i}.wire`, STORY);
      await open(uri);
      await diagnosticsSettled(uri, (x) => x.length > 0, `diagnostics under hostile config ${i}`);
    }
  } finally {
    await vscode.workspace.fs.delete(cfg);
  }
});

test('a config nested too deep or too large is a configuration error: the story is still checked', async () => {
  const cfg = vscode.Uri.joinPath(folder(), '.wirelintrc.json');
  const hostile = [
    `{"rules": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
    `{"vocabulary": [${'{"pattern": "Kiev"},'.repeat(150_000)}]}`,
  ];
  try {
    for (const [i, text] of hostile.entries()) {
      await vscode.workspace.fs.writeFile(cfg, new TextEncoder().encode(text));
      await sleep(500);
      // A story opened only now is checked (under the last good settings), never left without diagnostics.
      const uri = await writeStory(`hostile-config-${i}.wire`, STORY);
      await open(uri);
      await diagnosticsSettled(uri, (x) => x.length > 0, `diagnostics under hostile config ${i}`);
    }
  } finally {
    await vscode.workspace.fs.delete(cfg);
  }
});

test('one bad vocabulary entry is left out while the other entries apply', async () => {
  const uri = await writeStory('bad-entry.wire', STORY.replace('The harbour', 'The Tanaganyika harbour'));
  await open(uri);
  const cfg = vscode.Uri.joinPath(folder(), '.wirelintrc.json');
  const config = {
    vocabulary: [
      { pattern: '(unclosed', regex: true },
      { pattern: 'Tanaganyika', replacement: 'Tanganyika' },
    ],
  };
  await vscode.workspace.fs.writeFile(cfg, new TextEncoder().encode(JSON.stringify(config, null, 2)));
  try {
    const d = await diagnosticsSettled(
      uri,
      (x) => x.some((y) => ruleOf(y) === 'house-vocabulary'),
      'the good entry applies despite the bad one',
    );
    const found = d.find((y) => ruleOf(y) === 'house-vocabulary')!;
    assert.match(found.message, /Tanganyika/);
  } finally {
    await vscode.workspace.fs.delete(cfg);
  }
});

test('checking all wire stories in the workspace fills the Problems panel for closed files', async () => {
  const closed = await writeStory('closed-story.story', STORY.replace('Harbour', 'Port'));
  // An installed package's files are not the desk's stories.
  const pkgDir = vscode.Uri.joinPath(folder(), 'node_modules', 'some-package');
  await vscode.workspace.fs.createDirectory(pkgDir);
  const pkgStory = vscode.Uri.joinPath(pkgDir, 'example.story');
  await vscode.workspace.fs.writeFile(pkgStory, new TextEncoder().encode(STORY));
  assert.equal(
    vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()),
    false,
    'the story is not open',
  );
  await vscode.commands.executeCommand('wirelint.lintWorkspace');
  const d = await diagnosticsSettled(closed, (x) => x.length >= 5, 'problems for the closed story');
  assert.ok(d.some((x) => ruleOf(x) === 'dateline-agency-tag'));
  assert.equal(d.find((x) => ruleOf(x) === 'dateline-agency-tag')!.range.start.line, 4);
  assert.deepEqual(wirelintDiagnostics(pkgStory), [], 'nothing under node_modules is checked');
  await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), 'node_modules'), { recursive: true });
});

test('the workspace check leaves out what files.exclude leaves out, braces and all', async () => {
  const files = vscode.workspace.getConfiguration('files');
  await files.update('exclude', { '**/{drafts,spiked}/**': true }, vscode.ConfigurationTarget.Workspace);
  try {
    const kept = await writeStory('kept-story.story', STORY.replace('Harbour', 'Quay'));
    const draftDir = vscode.Uri.joinPath(folder(), 'drafts');
    await vscode.workspace.fs.createDirectory(draftDir);
    const draft = vscode.Uri.joinPath(draftDir, 'draft.story');
    await vscode.workspace.fs.writeFile(draft, new TextEncoder().encode(STORY));
    await vscode.commands.executeCommand('wirelint.lintWorkspace');
    await diagnosticsSettled(kept, (x) => x.length >= 5, 'problems for the story that is not excluded');
    assert.deepEqual(wirelintDiagnostics(draft), [], 'nothing under an excluded folder is checked');
    await vscode.workspace.fs.delete(draftDir, { recursive: true });
  } finally {
    await files.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
  }
});

test('an ignore file that is a symbolic link stays one: the entry goes into the shared file', async () => {
  const dir = vscode.Uri.joinPath(folder(), 'linked-ignore');
  const shared = vscode.Uri.joinPath(folder(), 'shared-ignore.json');
  await vscode.workspace.fs.createDirectory(dir);
  await vscode.workspace.fs.writeFile(shared, new TextEncoder().encode('{"version": 1, "suppressions": []}\n'));
  const link = path.join(dir.fsPath, '.wirelint-ignore.json');
  fs.symlinkSync(shared.fsPath, link);
  try {
    const uri = vscode.Uri.joinPath(dir, 'linked.wire');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(STORY));
    const doc = (await open(uri)).document;
    const month = (
      await diagnosticsSettled(uri, (ds) => ds.some((x) => ruleOf(x) === 'dateline-month-format'), 'month finding')
    ).find((x) => ruleOf(x) === 'dateline-month-format')!;
    const action = (await quickFixes(doc, month.range)).find((a) => a.title === 'Ignore this finding…');
    assert.ok(action?.command, 'an "Ignore this finding…" quick fix');
    const done = await vscode.commands.executeCommand(
      action.command.command,
      ...(action.command.arguments ?? []),
      'agreed exception',
    );
    assert.equal(done, true, 'the entry was written');
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the ignore file is still a link');
    assert.equal(fs.readlinkSync(link), shared.fsPath);
    const file = JSON.parse(fs.readFileSync(shared.fsPath, 'utf8')) as { suppressions: Array<{ why: string }> };
    assert.deepEqual(
      file.suppressions.map((e) => e.why),
      ['agreed exception'],
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  } finally {
    await removeFolder(dir);
    await vscode.workspace.fs.delete(shared).then(undefined, () => undefined);
  }
});

test('"Ignore this finding…" keeps the story as it is and records the finding in .wirelint-ignore.json', async () => {
  const uri = await writeStory('ignore-me.wire', STORY);
  const ed = await open(uri);
  const doc = ed.document;
  const ignoreFile = vscode.Uri.joinPath(folder(), '.wirelint-ignore.json');
  const month = (
    await diagnosticsSettled(uri, (ds) => ds.some((x) => ruleOf(x) === 'dateline-month-format'), 'month finding')
  ).find((x) => ruleOf(x) === 'dateline-month-format')!;
  try {
    const action = (await quickFixes(doc, month.range)).find((a) => a.title === 'Ignore this finding…');
    assert.ok(action?.command, 'an "Ignore this finding…" quick fix');
    assert.equal(action.command.command, 'wirelint.ignoreFinding');
    const before = doc.getText();
    // The reason comes as an argument here: an input box cannot be answered from a test.
    const done = await vscode.commands.executeCommand(
      action.command.command,
      ...(action.command.arguments ?? []),
      'quoted as published',
    );
    assert.equal(done, true, 'the entry was written');
    assert.equal(doc.getText(), before, 'the story is unchanged');
    const left = await diagnosticsSettled(
      uri,
      (ds) => ds.length > 0 && !ds.some((x) => ruleOf(x) === 'dateline-month-format'),
      'the month finding gone, the others still there',
    );
    assert.ok(left.some((x) => ruleOf(x) === 'dateline-agency-tag'));
    const file = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(ignoreFile))) as {
      version: number;
      suppressions: Array<Record<string, string>>;
    };
    assert.equal(file.version, 1);
    assert.equal(file.suppressions.length, 1);
    const entry = file.suppressions[0]!;
    assert.equal(entry.file, 'ignore-me.wire');
    assert.equal(entry.rule, 'dateline-month-format');
    assert.equal(entry.excerpt, 'Jan.');
    assert.equal(entry.why, 'quoted as published');
    assert.match(entry.fingerprint!, /^[0-9a-f]{16}$/);
    assert.ok(entry.who, 'who is recorded');
    assert.ok(!Number.isNaN(Date.parse(entry.when!)), 'when is recorded');
    const names = (await vscode.workspace.fs.readDirectory(folder())).map(([n]) => n);
    assert.ok(
      !names.some((n) => n.endsWith('.lock') || n.endsWith('.tmp')),
      `no lock or temp file: ${names.join(', ')}`,
    );

    // Fix all leaves the ignored text alone.
    await vscode.commands.executeCommand('wirelint.fixAll');
    assert.ok(doc.lineAt(4).text.startsWith('NORTHPORT, Jan. 14 (Reuters) - The'), doc.lineAt(4).text);
    await vscode.commands.executeCommand('workbench.action.files.revert');

    // An edit of the ignore file from elsewhere (the command line, another window) applies at once.
    await vscode.workspace.fs.writeFile(ignoreFile, new TextEncoder().encode('{"version": 1, "suppressions": []}\n'));
    await diagnosticsSettled(
      uri,
      (ds) => ds.some((x) => ruleOf(x) === 'dateline-month-format'),
      'the month finding back once its entry is gone',
    );
  } finally {
    await vscode.workspace.fs.delete(ignoreFile).then(undefined, () => undefined);
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Two tiers: fix all, source.fixAll and fix on save make the format fixes only; "Review all wording fixes…" puts
// every wording fix (each finding's first suggestion) into one workspace edit for VS Code's refactor preview.

/** STORY with wording faults too: an honorific, a loaded verb and brackets inside a quote. */
const WORDY = STORY.replace(
  '"We are back to work," said he.',
  '"We are back to work," Mr Adler claimed. "It [the deal] holds," said he.',
);
const WORDY_FORMAT_FIXED = WORDY.replace('Jan. 14', 'Jan 14')
  .replace('(Reuters) – ', '(Reuters) - ')
  .replace('said he.', 'he said.')
  .replace('Ann Lee, editing by', 'Ann Lee; Editing by')
  .replace('Tom Roe\n', 'Tom Roe)\n');
const WORDY_WORDING_FIXED = WORDY.replace('Mr Adler claimed.', 'Adler said.').replace('[the deal]', '(the deal)');

/** What `wirelint.reviewWordingFixes` returns with `{dryRun: true}` (see src/extension/wording.ts). */
interface ReviewPlan {
  uri: string;
  version: number;
  entries: Array<{
    start: number;
    end: number;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    newText: string;
    needsConfirmation: boolean;
    label: string;
    description: string;
  }>;
}

const REVIEW = 'wirelint.reviewWordingFixes';
const REVIEW_TITLE = 'Review all wording fixes in this story…';

test('fix all, source.fixAll and fix on save make format fixes only: a loaded verb stays', async () => {
  const uri = await writeStory('tiers.wire', WORDY);
  const ed = await open(uri);
  const doc = ed.document;
  await diagnosticsSettled(
    uri,
    (d) => d.some((x) => ruleOf(x) === 'attrib-loaded-verb') && d.some((x) => ruleOf(x) === 'dateline-agency-tag'),
    'format and wording findings',
  );
  // source.fixAll.wirelint (what fix on save runs)
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    new vscode.Range(0, 0, 0, 0),
    'source.fixAll.wirelint',
  );
  assert.equal(actions?.length, 1, 'one source.fixAll.wirelint action');
  assert.ok(actions[0]!.edit, 'the action carries its edit');
  assert.equal(await vscode.workspace.applyEdit(actions[0]!.edit), true);
  assert.equal(doc.getText(), WORDY_FORMAT_FIXED, 'source.fixAll: format fixes made, wording left alone');
  assert.ok(doc.getText().includes('Mr Adler claimed. "It [the deal] holds,"'));
  await vscode.commands.executeCommand('workbench.action.files.revert');
  assert.equal(doc.getText(), WORDY);
  // The command
  await vscode.commands.executeCommand('wirelint.fixAll');
  assert.equal(doc.getText(), WORDY_FORMAT_FIXED, 'wirelint.fixAll: format fixes made, wording left alone');
  await vscode.commands.executeCommand('workbench.action.files.revert');
  // Fix on save
  const config = vscode.workspace.getConfiguration('editor', { languageId: 'wire-story' });
  await config.update(
    'codeActionsOnSave',
    { 'source.fixAll.wirelint': 'explicit' },
    vscode.ConfigurationTarget.Workspace,
    true,
  );
  try {
    await ed.edit((e) => e.insert(new vscode.Position(0, 0), 'Update: '));
    await doc.save();
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.equal(onDisk, `Update: ${WORDY_FORMAT_FIXED}`, 'saved with the format fixes and the wording as it was');
  } finally {
    await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
  }
});

test('fix all, source.fixAll and fix on save leave info-level fixes unless wirelint.fixSeverity is info', async () => {
  // A Reuters quote introduced with a comma (info, fixed with a colon) beside the format faults of STORY.
  const text = STORY.replace(
    '"We are back to work," said he.',
    'The mayor said, "We will open the harbour by Friday."',
  );
  const warningsFixed = text
    .replace('Jan. 14', 'Jan 14')
    .replace('(Reuters) – ', '(Reuters) - ')
    .replace('Ann Lee, editing by', 'Ann Lee; Editing by')
    .replace('Tom Roe\n', 'Tom Roe)\n');
  const allFixed = warningsFixed.replace('said, "We', 'said: "We');
  const uri = await writeStory('fixseverity.wire', text);
  const ed = await open(uri);
  const doc = ed.document;
  await diagnosticsSettled(uri, (d) => d.some((x) => ruleOf(x) === 'attrib-quote-intro'), 'the quote intro');
  const sourceFixAll = async (): Promise<void> => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.wirelint',
    );
    assert.equal(actions?.length, 1, 'one source.fixAll.wirelint action');
    assert.equal(await vscode.workspace.applyEdit(actions[0]!.edit!), true);
  };
  await vscode.commands.executeCommand('wirelint.fixAll');
  assert.equal(doc.getText(), warningsFixed, 'wirelint.fixAll: the info-level fix is left');
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await sourceFixAll();
  assert.equal(doc.getText(), warningsFixed, 'source.fixAll: the info-level fix is left');
  await vscode.commands.executeCommand('workbench.action.files.revert');
  const settings = vscode.workspace.getConfiguration('wirelint');
  await settings.update('fixSeverity', 'info', vscode.ConfigurationTarget.Workspace);
  try {
    await vscode.commands.executeCommand('wirelint.fixAll');
    assert.equal(doc.getText(), allFixed, 'wirelint.fixAll with fixSeverity info');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await sourceFixAll();
    assert.equal(doc.getText(), allFixed, 'source.fixAll with fixSeverity info');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  } finally {
    await settings.update('fixSeverity', undefined, vscode.ConfigurationTarget.Workspace);
  }
});

test('review all wording fixes: one edit, each entry needs confirmation and carries its suggestion', async () => {
  const uri = await writeStory('review.wire', WORDY);
  const ed = await open(uri);
  const doc = ed.document;
  const verb = (
    await diagnosticsSettled(uri, (d) => d.some((x) => ruleOf(x) === 'attrib-loaded-verb'), 'the loaded verb')
  ).find((x) => ruleOf(x) === 'attrib-loaded-verb')!;

  const plan = await vscode.commands.executeCommand<ReviewPlan>(REVIEW, { uri: uri.toString(), dryRun: true });
  assert.equal(plan.uri, uri.toString());
  assert.equal(plan.version, doc.version);
  assert.deepEqual(
    plan.entries.map((e) => [e.label, e.description, doc.getText(toRange(e.range)), e.newText]),
    [
      ['Remove "Mr"', 'name-honorific', 'Mr ', ''],
      ['Replace "claimed" with "said"', 'attrib-loaded-verb', 'claimed', 'said'],
      ['Use parentheses', 'quote-brackets', '[the deal]', '(the deal)'],
    ],
  );
  for (const e of plan.entries) {
    assert.equal(e.needsConfirmation, true, `${e.label} needs confirmation`);
    assert.deepEqual(toRange(e.range), new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)));
  }
  assert.equal(doc.getText(), WORDY, 'a dry run changes nothing');

  // The light bulb offers the review where there are wording fixes …
  const titles = (await quickFixes(doc, verb.range)).map((a) => a.title);
  const review = (await quickFixes(doc, verb.range)).find((a) => a.title === REVIEW_TITLE);
  assert.ok(review?.command, `a "${REVIEW_TITLE}" action; got ${titles.join(' | ')}`);
  assert.equal(review.command.command, REVIEW);
  assert.deepEqual(review.command.arguments, [{ uri: uri.toString() }]);

  // Accepting every entry (as ticking them all in the preview and applying would) gives the reworded story, and
  // only the wording changes.
  const we = new vscode.WorkspaceEdit();
  for (const e of plan.entries) we.replace(uri, toRange(e.range), e.newText);
  assert.equal(await vscode.workspace.applyEdit(we), true);
  assert.equal(doc.getText(), WORDY_WORDING_FIXED);
  await vscode.commands.executeCommand('workbench.action.files.revert');

  // … and not in a story without any.
  const plainUri = await writeStory('no-wording.wire', STORY);
  const plainDoc = (await open(plainUri)).document;
  const dash = (
    await diagnosticsSettled(plainUri, (d) => d.some((x) => ruleOf(x) === 'dateline-agency-tag'), 'dash finding')
  ).find((x) => ruleOf(x) === 'dateline-agency-tag')!;
  const plainTitles = (await quickFixes(plainDoc, dash.range)).map((a) => a.title);
  assert.ok(!plainTitles.includes(REVIEW_TITLE), `no review action without wording fixes: ${plainTitles.join(' | ')}`);
  const none = await vscode.commands.executeCommand<ReviewPlan>(REVIEW, { uri: plainUri.toString(), dryRun: true });
  assert.deepEqual(none.entries, []);
});

test('review all wording fixes opens the refactor preview and changes nothing until the editor applies', async () => {
  const uri = await writeStory('review-preview.wire', WORDY);
  const ed = await open(uri);
  const doc = ed.document;
  await diagnosticsSettled(uri, (d) => d.some((x) => ruleOf(x) === 'attrib-loaded-verb'), 'the loaded verb');
  const version = doc.version;
  // The preview's Apply button cannot be clicked from here. The command resolves only once the preview is applied
  // or discarded, so it is started without waiting for it.
  let settled: { value: unknown } | undefined;
  const pending = Promise.resolve(vscode.commands.executeCommand<unknown>(REVIEW)).then(
    (value) => (settled = { value }),
    (err: unknown) => (settled = { value: err }),
  );
  await previewCopy(uri);
  assert.equal(doc.getText(), WORDY, 'the story is unchanged while the preview waits for confirmation');
  assert.equal(doc.version, version, 'no edit reached the document');
  assert.equal(settled, undefined, 'the command waits for the preview (an edit without it would be applied at once)');
  const commands = await vscode.commands.getCommands(true);
  if (!commands.includes('refactorPreview.discard')) {
    // Without the preview's own commands the preview cannot be closed from a test; the unchanged story and the
    // waiting command above are what can be observed.
    throw new SkipTest('refactorPreview.discard is not available: only checked that nothing changed while waiting');
  }
  await vscode.commands.executeCommand('refactorPreview.discard');
  await until('the command to finish after the preview is discarded', () => settled);
  await pending;
  assert.equal(settled!.value, false, 'a discarded review reports that nothing was applied');
  assert.equal(doc.getText(), WORDY, 'discarding leaves the story as it was');
  assert.equal(doc.version, version);
});

test('while the wording review is open, each problem is listed once: the preview’s copy is not checked', async () => {
  const uri = await writeStory('review-once.wire', WORDY);
  const doc = (await open(uri)).document;
  const own = await checkedDiagnostics(doc, 'the story’s problems');
  assert.ok(
    own.some((x) => ruleOf(x) === 'attrib-loaded-verb'),
    'the story has a wording problem to review',
  );
  const pending = Promise.resolve(vscode.commands.executeCommand<unknown>(REVIEW));
  try {
    const copy = await previewCopy(uri);
    const api = await wirelintApi();
    // The copy has been looked at (and found to be no story of its own) at its current version.
    await until('the preview’s copy looked at', () => api.checkedVersion(copy.uri) === copy.version);
    assert.deepEqual(wirelintDiagnostics(copy.uri), [], `no problems for ${copy.uri.toString()}`);
    const listed = vscode.languages
      .getDiagnostics()
      .filter(([u, ds]) => u.path === uri.path && ds.some((d) => d.source === 'wirelint'))
      .map(([u]) => u.toString());
    assert.deepEqual(listed, [uri.toString()], 'the story is the one entry in the Problems panel');
    assert.equal(wirelintDiagnostics(uri).length, own.length, 'each of its problems once');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      copy.uri,
    );
    assert.deepEqual(symbols ?? [], [], 'no outline for the copy');
  } finally {
    // The review resolves once the preview is discarded; without the preview's command it is left open.
    const commands = await vscode.commands.getCommands(true);
    if (commands.includes('refactorPreview.discard')) {
      await vscode.commands.executeCommand('refactorPreview.discard');
      assert.equal(await pending, false, 'nothing was applied');
    }
  }
});

/**
 * The refactor preview's copy of the story, once the preview is open: a document of the same path under a scheme of
 * the preview's own. It exists while the preview waits for the editor to apply or discard the changes.
 */
function previewCopy(uri: vscode.Uri): Promise<vscode.TextDocument> {
  return until('the refactor preview’s copy of the story', () =>
    vscode.workspace.textDocuments.find((d) => d.uri.path === uri.path && d.uri.toString() !== uri.toString()),
  );
}

function toRange(r: ReviewPlan['entries'][number]['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

// ---------------------------------------------------------------------------------------------------------------
// Quick fixes that edit .wirelintrc.json — "Always use X here", "Accept this word", "Turn off <rule>" — keep its
// comments and layout (jsonc-parser edits, never the file rewritten). Each test builds its own folder and removes it.

/** A desk's config as people leave it: comments of both kinds, four-space indents, `" : "`, trailing commas. */
const DESK_CONFIG = [
  '// Night desk house list. Ask Ruth before changing it.',
  '{',
  '    "profile" : "reuters",   /* Reuters copy only */',
  '    "vocabulary": [',
  '        { "pattern": "hue", "replacement": ["shade", "tone"] }, // pick one per story',
  '        {"pattern":"per cent","replacement":"percent"},',
  '    ],',
  '}',
  '',
].join('\n');

const DESK_STORY = [
  'Flag committee keeps its colours',
  '',
  'By Ann Lee',
  '',
  'NORTHPORT, Jan 14 (Reuters) - Officials in Kiev said on Tuesday the hue of the flag would not change.',
  '',
  'The hue was chosen in 1991, the committee said.',
  '',
  '(Reporting by Ann Lee; Editing by Tom Roe)',
  '',
].join('\n');

const VOCAB = 'house-vocabulary';
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (b: Uint8Array): string => new TextDecoder().decode(b);

/** A folder `name` with `.wirelintrc.json` (when given) and the desk story, open in an editor. */
async function deskFolder(
  name: string,
  config: string | undefined,
): Promise<{ dir: vscode.Uri; cfg: vscode.Uri; doc: vscode.TextDocument }> {
  const dir = vscode.Uri.joinPath(folder(), name);
  await vscode.workspace.fs.createDirectory(dir);
  const cfg = vscode.Uri.joinPath(dir, '.wirelintrc.json');
  if (config !== undefined) await vscode.workspace.fs.writeFile(cfg, enc(config));
  const story = vscode.Uri.joinPath(dir, 'desk.wire');
  await vscode.workspace.fs.writeFile(story, enc(DESK_STORY));
  const doc = (await open(story)).document;
  return { dir, cfg, doc };
}

/** Close the folder's open editors (reverting them) and delete it. */
async function removeFolder(dir: vscode.Uri): Promise<void> {
  for (const d of vscode.workspace.textDocuments) {
    if (!d.uri.path.startsWith(`${dir.path}/`) || d.isClosed) continue;
    await vscode.window.showTextDocument(d);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.workspace.fs.delete(dir, { recursive: true }).then(undefined, () => undefined);
}

/** The house-vocabulary diagnostic on the n-th `word` of the story. */
async function vocabularyDiagnostic(doc: vscode.TextDocument, word: string, nth = 0): Promise<vscode.Diagnostic> {
  const all = await diagnosticsSettled(
    doc.uri,
    (ds) => ds.filter((d) => ruleOf(d) === VOCAB && doc.getText(d.range) === word).length > nth,
    `a house-vocabulary finding on "${word}"`,
  );
  return all.filter((d) => ruleOf(d) === VOCAB && doc.getText(d.range) === word)[nth]!;
}

const flagged = (doc: vscode.TextDocument, word: string): number =>
  wirelintDiagnostics(doc.uri).filter((d) => ruleOf(d) === VOCAB && doc.getText(d.range) === word).length;

async function vocabularyAction(
  doc: vscode.TextDocument,
  d: vscode.Diagnostic,
  title: string,
): Promise<vscode.CodeAction> {
  const actions = await quickFixes(doc, d.range);
  const a = actions.find((x) => x.title === title);
  assert.ok(a, `a "${title}" quick fix; got ${actions.map((x) => x.title).join(' | ')}`);
  return a;
}

test('house vocabulary: the quick-fix menu offers "Always use" for each candidate and "Accept", after the suggestions', async () => {
  const { dir, doc } = await deskFolder('vocab-menu', DESK_CONFIG);
  try {
    const hue = await vocabularyDiagnostic(doc, 'hue');
    const titles = (await quickFixes(doc, hue.range)).map((a) => a.title);
    const at = (t: string): number => titles.indexOf(t);
    for (const t of [
      'Replace with "shade"',
      'Replace with "tone"',
      'Always use “shade” here',
      'Always use “tone” here',
      'Accept “hue” (add to the house list)',
    ]) {
      assert.ok(at(t) >= 0, `"${t}" in ${titles.join(' | ')}`);
    }
    assert.ok(at('Replace with "tone"') < at('Always use “shade” here'), titles.join(' | '));
    assert.ok(at('Accept “hue” (add to the house list)') < at('Ignore this finding…'), titles.join(' | '));
    const kiev = await vocabularyDiagnostic(doc, 'Kiev');
    const kievTitles = (await quickFixes(doc, kiev.range)).map((a) => a.title);
    assert.ok(kievTitles.includes('Fix: "Kiev" → "Kyiv"'), kievTitles.join(' | '));
    assert.ok(kievTitles.includes('Always use “Kyiv” here'), kievTitles.join(' | '));
    assert.ok(kievTitles.includes('Accept “Kiev” (add to the house list)'), kievTitles.join(' | '));
  } finally {
    await removeFolder(dir);
  }
});

test('"Accept “word”" adds an allow entry to .wirelintrc.json, keeping its comments and layout', async () => {
  const { dir, cfg, doc } = await deskFolder('vocab-accept', DESK_CONFIG);
  try {
    const kiev = await vocabularyDiagnostic(doc, 'Kiev');
    const action = await vocabularyAction(doc, kiev, 'Accept “Kiev” (add to the house list)');
    assert.equal(action.command?.command, 'wirelint.acceptWord');
    assert.equal(await runAction(action), true, 'the entry was written');
    assert.equal(
      dec(await vscode.workspace.fs.readFile(cfg)),
      DESK_CONFIG.replace(
        '        {"pattern":"per cent","replacement":"percent"},\n',
        '        {"pattern":"per cent","replacement":"percent"},\n        {"pattern": "Kiev", "allow": true},\n',
      ),
    );
    assert.equal(doc.getText(), DESK_STORY, 'the story is unchanged');
    assert.equal(doc.isDirty, false);
    await diagnosticsSettled(
      doc.uri,
      (ds) => !ds.some((d) => ruleOf(d) === VOCAB && doc.getText(d.range) === 'Kiev') && flagged(doc, 'hue') === 2,
      'the Kiev finding gone, the two "hue" findings still there',
    );
  } finally {
    await removeFolder(dir);
  }
});

test('"Always use “X” here" puts X in the story and an entry that wins over the list it came from', async () => {
  const { dir, cfg, doc } = await deskFolder('vocab-always', DESK_CONFIG);
  try {
    const hue = await vocabularyDiagnostic(doc, 'hue', 0);
    const action = await vocabularyAction(doc, hue, 'Always use “tone” here');
    assert.equal(action.command?.command, 'wirelint.alwaysUse');
    assert.equal(await runAction(action), true, 'the story and the config were changed');
    assert.equal(doc.getText(), DESK_STORY.replace('the hue of the flag', 'the tone of the flag'));
    // Before the entry with the candidates, so it wins there; laid out as its neighbour, comment kept.
    assert.equal(
      dec(await vscode.workspace.fs.readFile(cfg)),
      DESK_CONFIG.replace(
        '        { "pattern": "hue", "replacement": ["shade", "tone"] }, // pick one per story\n',
        '        { "pattern": "hue", "replacement": "tone" },\n' +
          '        { "pattern": "hue", "replacement": ["shade", "tone"] }, // pick one per story\n',
      ),
    );
    const d = await diagnosticsSettled(
      doc.uri,
      (ds) =>
        ds.filter((x) => ruleOf(x) === VOCAB).length === 2 &&
        !ds.some((x) => x.range.start.line === 4 && doc.getText(x.range) !== 'Kiev'),
      'the first "hue" finding gone (Kiev and the second "hue" left)',
    );
    // The other "hue" now has one safe fix, tone: the new entry comes before the list of candidates.
    const second = d.find((x) => x.range.start.line === 6)!;
    assert.equal(doc.getText(second.range), 'hue');
    const preferred = (await quickFixes(doc, second.range)).find((a) => a.isPreferred);
    assert.equal(preferred?.title, 'Fix: "hue" → "tone"', 'the new entry is a safe fix, ahead of the list');
  } finally {
    await removeFolder(dir);
  }
});

test('a config open with unsaved changes gets the entry in the editor, its own changes kept; it applies on save', async () => {
  const { dir, cfg, doc } = await deskFolder('vocab-unsaved', DESK_CONFIG);
  try {
    const cfgEditor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(cfg), {
      preview: false,
    });
    const cfgDoc = cfgEditor.document;
    await cfgEditor.edit((e) => e.replace(new vscode.Range(2, 16, 2, 25), '"ap"'));
    const typed = DESK_CONFIG.replace('"profile" : "reuters",', '"profile" : "ap",');
    assert.equal(cfgDoc.getText(), typed);
    assert.ok(cfgDoc.isDirty);
    await vscode.window.showTextDocument(doc);

    // "Always use": the story changes, the entry goes into the unsaved document, the file on disk stays.
    const kiev = await vocabularyDiagnostic(doc, 'Kiev');
    assert.equal(await runAction(await vocabularyAction(doc, kiev, 'Always use “Kyiv” here')), true);
    assert.equal(doc.getText(), DESK_STORY.replace('in Kiev', 'in Kyiv'));
    const withEntry = typed.replace(
      '        {"pattern":"per cent","replacement":"percent"},\n',
      '        {"pattern":"per cent","replacement":"percent"},\n        {"pattern": "Kiev", "replacement": "Kyiv"},\n',
    );
    assert.equal(cfgDoc.getText(), withEntry, 'the entry added to the unsaved text, which is kept');
    assert.ok(cfgDoc.isDirty, 'still unsaved');
    assert.equal(dec(await vscode.workspace.fs.readFile(cfg)), DESK_CONFIG, 'the file on disk is untouched');

    // "Accept": the same, and the finding goes when the config is saved.
    const hue = await vocabularyDiagnostic(doc, 'hue');
    assert.equal(await runAction(await vocabularyAction(doc, hue, 'Accept “hue” (add to the house list)')), true);
    const accepted = withEntry.replace(
      '{"pattern": "Kiev", "replacement": "Kyiv"},\n',
      '{"pattern": "Kiev", "replacement": "Kyiv"},\n        {"pattern": "hue", "allow": true},\n',
    );
    assert.equal(cfgDoc.getText(), accepted);
    assert.equal(dec(await vscode.workspace.fs.readFile(cfg)), DESK_CONFIG);
    assert.equal(flagged(doc, 'hue'), 2, 'not applied before the config is saved');

    // "Turn off" the same way.
    assert.equal(
      await vscode.commands.executeCommand('wirelint.disableRule', 'quote-balance', doc.uri.toString()),
      true,
    );
    const off = accepted.replace('    ],\n}', '    ],\n    "rules": {\n        "quote-balance": "off"\n    },\n}');
    assert.equal(cfgDoc.getText(), off);
    assert.equal(dec(await vscode.workspace.fs.readFile(cfg)), DESK_CONFIG);

    assert.equal(await cfgDoc.save(), true);
    assert.equal(dec(await vscode.workspace.fs.readFile(cfg)), off);
    await diagnosticsSettled(doc.uri, (ds) => !ds.some((d) => ruleOf(d) === VOCAB), 'no vocabulary finding once saved');
  } finally {
    await removeFolder(dir);
  }
});

test('a broken .wirelintrc.json is never edited: an error, and neither the file nor the story changes', async () => {
  const broken = '// half-edited\n{\n  "vocabulary": [\n    {"pattern": "hue"\n';
  const { dir, cfg, doc } = await deskFolder('vocab-broken', broken);
  try {
    const kiev = await vocabularyDiagnostic(doc, 'Kiev');
    const version = doc.version;
    for (const title of ['Always use “Kyiv” here', 'Accept “Kiev” (add to the house list)']) {
      const action = await vocabularyAction(doc, kiev, title);
      assert.equal(await runAction(action), false, `${title}: reports that nothing was done`);
      assert.equal(dec(await vscode.workspace.fs.readFile(cfg)), broken, `${title}: the file is as it was`);
      assert.equal(doc.getText(), DESK_STORY, `${title}: the story is as it was`);
      assert.equal(doc.version, version);
    }
    assert.equal(await vscode.commands.executeCommand('wirelint.disableRule', VOCAB, doc.uri.toString()), false);
    assert.equal(dec(await vscode.workspace.fs.readFile(cfg)), broken, 'turn off: the file is as it was');
    assert.ok(flagged(doc, 'Kiev') === 1, 'the finding is still there');
  } finally {
    await removeFolder(dir);
  }
});

test('"Turn off <rule>" keeps the comments and layout of .wirelintrc.json and a rule’s options', async () => {
  const config = DESK_CONFIG.replace(
    '    "vocabulary": [',
    '    "rules": {\n        "house-vocabulary": ["warning", {"builtIn": true}] // our list too\n    },\n    "vocabulary": [',
  );
  const { dir, cfg, doc } = await deskFolder('vocab-off', config);
  try {
    await vocabularyDiagnostic(doc, 'Kiev');
    const action = (await quickFixes(doc, (await vocabularyDiagnostic(doc, 'Kiev')).range)).find(
      (a) => a.title === `Turn off ${VOCAB} for this workspace`,
    );
    assert.ok(action);
    assert.equal(await runAction(action), true);
    assert.equal(
      dec(await vscode.workspace.fs.readFile(cfg)),
      config.replace('["warning", {"builtIn": true}]', '["off", {"builtIn": true}]'),
    );
    await diagnosticsSettled(doc.uri, (ds) => !ds.some((d) => ruleOf(d) === VOCAB), 'the rule is off');
  } finally {
    await removeFolder(dir);
  }
});

test('with no .wirelintrc.json, "Accept" creates one at the workspace folder root holding just the entry', async () => {
  const root = vscode.Uri.joinPath(folder(), '.wirelintrc.json');
  const { dir, doc } = await deskFolder('vocab-none', undefined);
  try {
    await vscode.workspace.fs.stat(root).then(
      () => assert.fail('the test needs a workspace without a root .wirelintrc.json'),
      () => undefined,
    );
    const kiev = await vocabularyDiagnostic(doc, 'Kiev');
    assert.equal(await runAction(await vocabularyAction(doc, kiev, 'Accept “Kiev” (add to the house list)')), true);
    assert.equal(
      dec(await vscode.workspace.fs.readFile(root)),
      '{\n  "vocabulary": [\n    {\n      "pattern": "Kiev",\n      "allow": true\n    }\n  ]\n}\n',
    );
    await diagnosticsSettled(doc.uri, () => flagged(doc, 'Kiev') === 0, 'the Kiev finding gone');
  } finally {
    await vscode.workspace.fs.delete(root).then(undefined, () => undefined);
    await removeFolder(dir);
  }
});

test('.wirelintrc.json with comments and trailing commas: the JSON checker flags only a real mistake', async () => {
  // A misspelt profile gives the JSON checker something to report, so the test knows the file has been checked.
  const config = DESK_CONFIG.replace('"profile" : "reuters"', '"profile" : "reutres"');
  const { dir, cfg } = await deskFolder('json-check', config);
  try {
    const doc = await vscode.workspace.openTextDocument(cfg);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'jsonc');
    const others = (): vscode.Diagnostic[] =>
      vscode.languages.getDiagnostics(cfg).filter((d) => d.source !== 'wirelint');
    await until(
      'the JSON checker on the misspelt profile',
      () => others().some((d) => doc.getText(d.range).includes('reutres')),
      30_000,
    );
    const report = others().map((d) => `${rangeOf(d)} ${doc.getText(d.range)}: ${d.message}`);
    assert.deepEqual(
      report.filter((r) => !r.includes('reutres')),
      [],
      `only the misspelt profile is flagged; got ${report.join(' | ')}`,
    );
  } finally {
    await removeFolder(dir);
  }
});
