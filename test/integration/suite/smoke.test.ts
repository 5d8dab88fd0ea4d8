import * as assert from 'node:assert/strict';
import { realpathSync } from 'node:fs';
import * as vscode from 'vscode';
import { test } from './harness';

test('the extension is loaded and the test workspace is open', async () => {
  const ext = vscode.extensions.getExtension('wirelint.wirelint');
  assert.ok(ext, 'vscode.extensions.getExtension("wirelint.wirelint") is undefined');

  const folders = vscode.workspace.workspaceFolders ?? [];
  assert.equal(folders.length, 1, `expected one workspace folder, got ${folders.length}`);
  const folder = folders[0]!;
  const expected = process.env.WIRELINT_TEST_WORKSPACE;
  if (expected) assert.equal(realpathSync(folder.uri.fsPath), realpathSync(expected));
  const story = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, 'story.wire'));
  assert.equal(story.type, vscode.FileType.File);
});
