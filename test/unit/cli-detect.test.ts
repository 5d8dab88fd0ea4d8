/**
 * The command line's folder walk: a .txt is checked only when it reads as a wire story, and a folder or glob that
 * holds no story fails the run (exit 2) unless --allow-no-stories says that is fine.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { tempDir } from '../helpers/tmp';

const ROOT = resolve(__dirname, '../..');
const STORY =
  'Harbour reopens\n\nBy Ann Lee\n\nNORTHPORT, Jan. 14 (Reuters) – The harbour reopened on Tuesday, the port said.\n\n(Reporting by Ann Lee; Editing by Tom Roe)\n';
const NOTES =
  'Desk notes\n\nDatelines read LONDON (Reuters) - with a hyphen, DENVER (AP) — with an em dash.\n\n| Reuters | LONDON (Reuters) - |\n';
const LIST = 'Dateline forms\n\n- LONDON (Reuters) - a hyphen\n- DENVER (AP) — an em dash\n';

let dir: string;
beforeEach(() => {
  dir = tempDir('wirelint-detect-');
});

describe('wirelint <folder>: only stories are stories', () => {
  it("checks the story and passes over the project's README, notes and a list saved as .txt", async () => {
    mkdirSync(join(dir, 'desk'));
    writeFileSync(join(dir, 'desk/README.txt'), readFileSync(join(ROOT, 'README.md')));
    writeFileSync(join(dir, 'desk/notes.txt'), NOTES);
    writeFileSync(join(dir, 'desk/list.txt'), LIST);
    writeFileSync(join(dir, 'desk/story.txt'), STORY);
    const r = await runCli(['--format', 'json', 'desk'], dir);
    const files = (JSON.parse(r.out) as Array<{ filePath: string }>).map((f) => f.filePath.slice(dir.length + 1));
    expect(files).toEqual(['desk/story.txt']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('a file named on its own is checked whatever it holds', async () => {
    writeFileSync(join(dir, 'notes.txt'), NOTES);
    const r = await runCli(['--format', 'json', 'notes.txt'], dir);
    expect((JSON.parse(r.out) as unknown[]).length).toBe(1);
  });
});

describe('wirelint <folder> with no story in it', () => {
  beforeEach(() => {
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes/README.txt'), readFileSync(join(ROOT, 'README.md')));
    writeFileSync(join(dir, 'notes/notes.txt'), NOTES);
    writeFileSync(join(dir, 'notes/list.txt'), LIST);
  });

  it('says how many files it looked at and skipped, and exits 2 as for an empty folder', async () => {
    const r = await runCli(['notes'], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'wirelint: notes: 3 .txt files looked at and skipped: none opens with an agency dateline such as ' +
        '"LONDON (Reuters) - ", so nothing was checked (--allow-no-stories lets this pass)\n',
    );
    mkdirSync(join(dir, 'empty'));
    const e = await runCli(['empty'], dir);
    expect(e.code).toBe(2);
    expect(e.err).toBe('wirelint: empty: no .txt, .wire, .story files in this folder\n');
  });

  it('counts one file as one, and a glob like a folder', async () => {
    mkdirSync(join(dir, 'one'));
    writeFileSync(join(dir, 'one/notes.txt'), NOTES);
    const one = await runCli(['one'], dir);
    expect(one.code).toBe(2);
    expect(one.err).toContain('wirelint: one: 1 .txt file looked at and skipped: it does not open with');
    const glob = await runCli(['notes/*.txt'], dir);
    expect(glob.code).toBe(2);
    expect(glob.err).toContain('wirelint: notes/*.txt: 3 .txt files looked at and skipped');
  });

  it('fails the run when one folder of several has no story, and names that folder only', async () => {
    mkdirSync(join(dir, 'desk'));
    writeFileSync(join(dir, 'desk/story.txt'), STORY);
    const r = await runCli(['--format', 'json', 'desk', 'notes'], dir);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.out) as unknown[]).length).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/^wirelint: notes: 3 \.txt files looked at/)]);
  });

  it('--allow-no-stories: the same note, exit 0, for this folder and for an empty one', async () => {
    const r = await runCli(['--allow-no-stories', 'notes'], dir);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'wirelint: notes: 3 .txt files looked at and skipped: none opens with an agency dateline such as ' +
        '"LONDON (Reuters) - ", so nothing was checked\n',
    );
    mkdirSync(join(dir, 'empty'));
    expect((await runCli(['--allow-no-stories', 'empty'], dir)).code).toBe(0);
    // A path that does not exist is still a mistake.
    expect((await runCli(['--allow-no-stories', 'missing'], dir)).code).toBe(2);
  });

  it('a folder whose files could none of them be read as stories fails the run too', async () => {
    mkdirSync(join(dir, 'export'));
    // UTF-16, as some newsroom systems export, an empty story and a .txt that is no story: nothing is checked.
    writeFileSync(join(dir, 'export/a.wire'), Buffer.from('\ufeff' + STORY, 'utf16le'));
    writeFileSync(join(dir, 'export/b.story'), '');
    writeFileSync(join(dir, 'export/c.txt'), NOTES);
    const r = await runCli(['export'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'wirelint: export: 3 files looked at and none checked: 2 files could not be read as stories (said above) ' +
        'and 1 .txt does not open with an agency dateline (--allow-no-stories lets this pass)\n',
    );
    expect((await runCli(['--allow-no-stories', 'export'], dir)).code).toBe(0);
    // One story that can be read is enough.
    writeFileSync(join(dir, 'export/d.txt'), STORY);
    expect((await runCli(['export'], dir)).code).toBe(0);
  });

  it('with --fix, writes nothing', async () => {
    const before = readFileSync(join(dir, 'notes/notes.txt'), 'utf8');
    const r = await runCli(['--fix', 'notes'], dir);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'notes/notes.txt'), 'utf8')).toBe(before);
  });
});
