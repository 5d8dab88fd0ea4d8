import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { MAX_FILE_BYTES, decodeStory } from '../../src/cli/files';
import { RULES } from '../../src/core/rules/index';
import { tempDir } from '../helpers/tmp';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/wirelint.js');

const GOOD =
  'Harbour reopens\n\nBy Ann Lee\n\nNORTHPORT, Jan 14 (Reuters) - The harbour reopened on Tuesday, the port said.\n\n(Reporting by Ann Lee; Editing by Tom Roe)\n';
const BAD =
  'Harbour reopens\n\nBy Ann Lee\n\nNORTHPORT, Jan. 14 (Reuters) – The harbour reopened on Tuesday, the port said.\n\n(Reporting by Ann Lee, editing by Tom Roe)\n\nVIEWIMAGE\n';
const BAD_FIXED =
  'Harbour reopens\n\nBy Ann Lee\n\nNORTHPORT, Jan 14 (Reuters) - The harbour reopened on Tuesday, the port said.\n\n(Reporting by Ann Lee; Editing by Tom Roe)\n';

const run = runCli;

let dir: string;
beforeEach(() => {
  dir = tempDir('wirelint-cli-');
});

describe('wirelint command', () => {
  it('exits 0 on a clean story and prints nothing', async () => {
    writeFileSync(join(dir, 'good.txt'), GOOD);
    const r = await run(['good.txt'], dir);
    expect(r).toEqual({ code: 0, out: '', err: '' });
  });

  it('reports findings in stylish format with line:column, severity, message and rule', async () => {
    writeFileSync(join(dir, 'bad.txt'), BAD);
    const r = await run(['bad.txt'], dir);
    expect(r.code).toBe(0); // warnings only
    expect(r.out).toContain('bad.txt (Reuters)');
    expect(r.out).toMatch(/5:12\s+warning\s+Reuters datelines write January as "Jan".*dateline-month-format/);
    expect(r.out).toMatch(/problems can be fixed with --fix/);
  });

  it('exits 1 when a rule is raised to error, and with --max-warnings exceeded', async () => {
    writeFileSync(join(dir, 'bad.txt'), BAD);
    expect((await run(['--rule', 'trailing-text:error', 'bad.txt'], dir)).code).toBe(1);
    expect((await run(['--max-warnings', '2', 'bad.txt'], dir)).code).toBe(1);
    expect((await run(['--max-warnings', '100', 'bad.txt'], dir)).code).toBe(0);
  });

  it('--rule and .wirelintrc.json read "warn" and 0, 1, 2 as ESLint users type them', async () => {
    writeFileSync(join(dir, 'bad.txt'), BAD);
    const levels = async (args: string[]) => {
      const r = await run(['--format', 'json', ...args, 'bad.txt'], dir);
      const msgs = (JSON.parse(r.out) as Array<{ messages: Array<{ ruleId: string; level: string }> }>)[0]!.messages;
      return { code: r.code, trailing: msgs.filter((m) => m.ruleId === 'trailing-text').map((m) => m.level) };
    };
    expect(await levels(['--rule', 'trailing-text:2'])).toEqual({ code: 1, trailing: ['error'] });
    expect(await levels(['--rule', 'trailing-text:0'])).toEqual({ code: 0, trailing: [] });
    expect(await levels(['--rule', 'trailing-text:warn'])).toEqual({ code: 0, trailing: ['warning'] });
    writeFileSync(join(dir, '.wirelintrc.json'), '{"rules": {"trailing-text": 2}}');
    expect(await levels([])).toEqual({ code: 1, trailing: ['error'] });
    writeFileSync(join(dir, '.wirelintrc.json'), '{"rules": {"trailing-text": ["warn"]}}');
    expect(await levels([])).toEqual({ code: 0, trailing: ['warning'] });
    const bad = await run(['--rule', 'trailing-text:3', 'bad.txt'], dir);
    expect(bad).toMatchObject({ code: 2, err: expect.stringContaining('Unknown severity "3" for trailing-text') });
  });

  it('--quiet reports errors only', async () => {
    writeFileSync(join(dir, 'bad.txt'), BAD);
    const r = await run(['--quiet', '--rule', 'trailing-text:error', 'bad.txt'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('trailing-text');
    expect(r.out).not.toContain('dateline-month-format');
  });

  it('exits 2 for bad usage with a clear message', async () => {
    for (const args of [
      [],
      ['--format', 'xml', 'x.txt'],
      ['--profile', 'bbc', 'x.txt'],
      ['--rule', 'nope:error', 'x.txt'],
      ['--rule', 'quote-balance:loud', 'x.txt'],
      ['--max-warnings', 'many', 'x.txt'],
      ['--bogus'],
    ]) {
      const r = await run(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/^wirelint: /);
    }
  });

  it('--fix rewrites only changed files, atomically, and a second run has nothing to fix', async () => {
    const bad = join(dir, 'bad.txt');
    const good = join(dir, 'good.txt');
    writeFileSync(bad, BAD);
    writeFileSync(good, GOOD);
    chmodSync(bad, 0o640);
    const before = statSync(good).mtimeMs;
    const r = await run(['--fix', '.'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(bad, 'utf8')).toBe(BAD_FIXED);
    expect(statSync(bad).mode & 0o777).toBe(0o640);
    expect(statSync(good).mtimeMs).toBe(before);
    expect(readdirSync(dir).filter((f) => f.includes('wirelint-tmp'))).toEqual([]);
    const again = await run(['--format', 'json', '.'], dir);
    const json = JSON.parse(again.out) as Array<{ fixableWarningCount: number }>;
    expect(json.every((f) => f.fixableWarningCount === 0)).toBe(true);
  });

  it('--fix keeps CRLF line endings and a BOM', async () => {
    const p = join(dir, 'crlf.txt');
    writeFileSync(p, `\ufeff${BAD.replace(/\n/g, '\r\n')}`);
    await run(['--fix', 'crlf.txt'], dir);
    const out = readFileSync(p, 'utf8');
    expect(out).toBe(`\ufeff${BAD_FIXED.replace(/\n/g, '\r\n')}`);
  });

  it('reads --stdin, names it with --stdin-filename, and with --fix prints the fixed story', async () => {
    const r = await run(['--stdin', '--stdin-filename', 'story.txt', '--format', 'json'], dir, BAD);
    const json = JSON.parse(r.out) as Array<{ filePath: string; messages: unknown[] }>;
    expect(json[0]!.filePath).toBe(join(dir, 'story.txt'));
    expect(json[0]!.messages.length).toBeGreaterThan(3);
    const f = await run(['--stdin', '--fix'], dir, BAD);
    expect(f.out).toBe(BAD_FIXED);
  });

  it('writes a whole, empty JSON or SARIF report when the story on standard input is skipped', async () => {
    // Standard input comes as bytes, as from a pipe: empty, then binary.
    for (const stdin of [new Uint8Array(0), new Uint8Array([0x4c, 0x00, 0x01])]) {
      const j = await run(['--stdin', '--format', 'json'], dir, stdin);
      expect(j.err).toMatch(/^wirelint: <stdin>: .*; skipped\n$/);
      expect(JSON.parse(j.out)).toEqual([]);
      expect(j.code).toBe(0);
      const s = await run(['--stdin', '--format', 'sarif'], dir, stdin);
      expect((JSON.parse(s.out) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results).toEqual([]);
    }
  });

  it('skips binary, empty, oversized and non-UTF-8 files with one line each and lints the rest', async () => {
    writeFileSync(join(dir, 'a.txt'), Buffer.from([0x4c, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'b.txt'), '');
    writeFileSync(join(dir, 'c.txt'), Buffer.from([0x48, 0xe9, 0x20, 0x73, 0x61, 0x69, 0x64]));
    writeFileSync(join(dir, 'd.txt'), BAD);
    const r = await run(['.'], dir);
    expect(r.err.trim().split('\n')).toEqual([
      'wirelint: a.txt: binary file (contains NUL bytes), not a story; skipped',
      'wirelint: b.txt: empty file, nothing to check; skipped',
      'wirelint: c.txt: not UTF-8 text; save it as UTF-8 to check it; skipped',
    ]);
    expect(r.out).toContain('d.txt');
    expect(r.code).toBe(0);
    expect(decodeStory({ length: MAX_FILE_BYTES + 1 } as Uint8Array)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/too large/),
    });
  });

  it('reports a missing path and exits 2 after linting the others', async () => {
    writeFileSync(join(dir, 'bad.txt'), BAD);
    const r = await run(['bad.txt', 'missing.txt', 'nothing/*.wire'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('missing.txt: no such file or folder');
    expect(r.err).toContain('nothing/*.wire: no .txt, .wire, .story files matched');
    expect(r.out).toContain('bad.txt');
  });

  it('expands globs and folders (.txt, .wire, .story), skipping node_modules', async () => {
    mkdirSync(join(dir, 'desk/node_modules'), { recursive: true });
    writeFileSync(join(dir, 'desk/one.wire'), BAD);
    writeFileSync(join(dir, 'desk/two.story'), BAD);
    writeFileSync(join(dir, 'desk/notes.md'), BAD);
    writeFileSync(join(dir, 'desk/node_modules/x.txt'), BAD);
    const folder = JSON.parse((await run(['--format', 'json', 'desk'], dir)).out) as Array<{ filePath: string }>;
    expect(folder.map((f) => f.filePath.slice(dir.length + 1))).toEqual(['desk/one.wire', 'desk/two.story']);
    const glob = JSON.parse((await run(['--format', 'json', 'desk/*.wire'], dir)).out) as Array<{ filePath: string }>;
    expect(glob.map((f) => f.filePath.slice(dir.length + 1))).toEqual(['desk/one.wire']);
  });

  it('applies .wirelintrc.json found by walking up, with --rule overriding it', async () => {
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    writeFileSync(
      join(dir, '.wirelintrc.json'),
      JSON.stringify({ rules: { 'trailing-text': 'error', 'dateline-month-format': 'off' } }),
    );
    writeFileSync(join(dir, 'a/b/s.txt'), BAD);
    const r = await run(['--format', 'json', 'a/b/s.txt'], dir);
    const msgs = (JSON.parse(r.out) as Array<{ messages: Array<{ ruleId: string; severity: number }> }>)[0]!.messages;
    expect(msgs.find((m) => m.ruleId === 'trailing-text')?.severity).toBe(2);
    expect(msgs.some((m) => m.ruleId === 'dateline-month-format')).toBe(false);
    expect(r.code).toBe(1);
    const o = await run(['--rule', 'trailing-text:off', 'a/b/s.txt'], dir);
    expect(o.out).not.toContain('trailing-text');
    expect(o.code).toBe(0);
  });

  it('a broken config is a clear error naming the file and the key, exit 2', async () => {
    writeFileSync(join(dir, 's.txt'), GOOD);
    writeFileSync(
      join(dir, '.wirelintrc.json'),
      '{"rules": {"no-such-rule": "error", "quote-balance": "loud"}, "profil": "ap"}',
    );
    const r = await run(['s.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('.wirelintrc.json: "rules.no-such-rule": unknown rule id');
    expect(r.err).toContain('"rules.quote-balance": severity must be "error", "warning", "info" or "off", not "loud"');
    expect(r.err).toContain('"profil": unknown setting');
    writeFileSync(join(dir, '.wirelintrc.json'), '{"rules": ');
    const j = await run(['s.txt'], dir);
    expect(j.code).toBe(2);
    expect(j.err).toMatch(/\.wirelintrc\.json: is not valid JSON/);
  });

  it('--profile overrides the dateline tag', async () => {
    writeFileSync(join(dir, 's.txt'), GOOD);
    const r = await run(['--profile', 'ap', 's.txt'], dir);
    expect(r.out).toContain('(AP)');
    expect(r.out).toContain('dateline-agency-tag');
  });

  it('--list-rules, --version and --help', async () => {
    const l = await run(['--list-rules'], dir);
    for (const rule of RULES) expect(l.out).toContain(rule.meta.id);
    expect((await run(['--version'], dir)).out).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await run(['--help'], dir)).out).toContain('Usage: wirelint');
  });
});

describe('formats', () => {
  it('json has the ESLint formatter shape plus level', async () => {
    writeFileSync(join(dir, 'bad.txt'), BAD);
    const r = await run(['--format', 'json', 'bad.txt'], dir);
    const [file] = JSON.parse(r.out) as Array<Record<string, unknown>>;
    expect(Object.keys(file!)).toEqual(
      expect.arrayContaining([
        'filePath',
        'messages',
        'errorCount',
        'warningCount',
        'fixableErrorCount',
        'fixableWarningCount',
        'source',
      ]),
    );
    const m = (file!.messages as Array<Record<string, unknown>>).find((x) => x.ruleId === 'dateline-agency-tag')!;
    expect(m).toMatchObject({ severity: 1, level: 'warning', line: 5, column: 29, endLine: 5, endColumn: 32 });
    expect(m.fix).toEqual({ range: [expect.any(Number), expect.any(Number)], text: ' - ' });
    expect(file!.warningCount).toBe((file!.messages as unknown[]).length);
  });

  it('sarif validates against the published SARIF 2.1.0 schema and carries regions and fixes', async () => {
    writeFileSync(join(dir, 'bad.txt'), BAD);
    const r = await run(['--format', 'sarif', 'bad.txt'], dir);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a parsed SARIF document
    const log = JSON.parse(r.out) as { runs: Array<{ results: Array<Record<string, any>>; tool: any }> };
    // The 2.1.0 schema as published on the JSON Schema Store (draft-04).
    const schema = JSON.parse(
      readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
    );
    const ajv = new Ajv04({ strictRequired: false, unicodeRegExp: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const res = log.runs[0]!.results;
    expect(res.length).toBeGreaterThan(3);
    const tag = res.find((x) => x.ruleId === 'dateline-agency-tag')!;
    expect(tag.locations[0].physicalLocation.region).toMatchObject({ startLine: 5, startColumn: 29, charLength: 3 });
    expect(tag.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe(' - ');
    expect(log.runs[0]!.tool.driver.rules.length).toBe(RULES.length);
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
  });

  it('sarif embeds each rule page as its help and writes no local path, for stories in and outside the folder', async () => {
    mkdirSync(join(dir, 'desk'));
    mkdirSync(join(dir, 'archive'));
    writeFileSync(join(dir, 'desk', 'bad story.txt'), BAD);
    writeFileSync(join(dir, 'archive', 'old.txt'), BAD);
    const desk = join(dir, 'desk');
    await run(['--suppress-all', 'bad story.txt'], desk);
    writeFileSync(join(desk, 'bad story.txt'), BAD.replace('\n\nVIEWIMAGE\n', '\n'));
    const r = await run(
      ['--format', 'sarif', '--report-unused-suppressions', 'bad story.txt', '../archive/old.txt'],
      desk,
    );
    // Not a file URL, nor the folder it ran in, nor where Wirelint is installed, anywhere in the report.
    expect(r.out).not.toMatch(/file:\/\//i);
    expect(r.out).not.toContain(dir);
    expect(r.out).not.toContain(ROOT);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a parsed SARIF document
    const log = JSON.parse(r.out) as { runs: Array<Record<string, any>> };
    const validate = new Ajv04({ strictRequired: false, unicodeRegExp: false, allErrors: true });
    addFormats(validate);
    validate.validate(
      JSON.parse(
        readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
      ),
      log,
    );
    expect(validate.errors ?? []).toEqual([]);
    const run0 = log.runs[0]!;
    const uris = new Set(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      run0.results.map((x: any) => JSON.stringify(x.locations[0].physicalLocation.artifactLocation)),
    );
    expect([...uris].sort()).toEqual([
      JSON.stringify({ uri: '../archive/old.txt', uriBaseId: 'SRCROOT' }),
      JSON.stringify({ uri: 'bad%20story.txt', uriBaseId: 'SRCROOT' }),
    ]);
    expect(run0.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: '.wirelint-ignore.json',
      uriBaseId: 'SRCROOT',
    });
    const driver = run0.tool.driver;
    expect(driver.informationUri).toBeUndefined();
    expect(driver.rules.map((x: { id: string }) => x.id)).toEqual(RULES.map((x) => x.meta.id));
    for (const rule of driver.rules as Array<{
      id: string;
      helpUri?: string;
      help: { text: string; markdown: string };
    }>) {
      const meta = RULES.find((x) => x.meta.id === rule.id)!.meta;
      expect(rule.helpUri, rule.id).toBeUndefined();
      const page = readFileSync(join(ROOT, meta.docs), 'utf8');
      // The page as written, from its title to its last section, with no generated-section markers.
      expect(rule.help.markdown, rule.id).toMatch(new RegExp(`^# ${meta.id}\\n`));
      expect(rule.help.markdown, rule.id).not.toContain('<!--');
      const lastHeading = page.lastIndexOf('\n## ');
      expect(rule.help.markdown, rule.id).toContain(page.slice(lastHeading, page.indexOf('\n', lastHeading + 1)));
      expect(rule.help.markdown.length, rule.id).toBeGreaterThan(page.length * 0.9);
      expect(rule.help.text, rule.id).toContain(meta.description);
      // Links that lead nowhere outside the package keep only their words.
      expect(rule.help.markdown, rule.id).not.toMatch(/\]\((?!https?:)/);
    }
  });

  it('github prints one workflow annotation per finding, escaped', async () => {
    writeFileSync(join(dir, 'bad.txt'), BAD);
    const r = await run(['--format', 'github', 'bad.txt'], dir);
    const lines = r.out.trim().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines)
      expect(l).toMatch(
        /^::(error|warning|notice) file=bad\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=wirelint\(([a-z-]+)\)::[^\n]+$/,
      );
  });
});

describe('the built command', () => {
  it('runs from bin/ with the exit code and output of the in-process command', () => {
    writeFileSync(join(dir, 'bad.txt'), BAD);
    const r = spawnSync(process.execPath, [BIN, '--rule', 'trailing-text:error', 'bad.txt'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('trailing-text');
    const v = execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
    expect(v.trim()).toBe(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    );
  });

  it('does not crash when its output pipe closes early', () => {
    writeFileSync(join(dir, 'bad.txt'), BAD.repeat(200));
    const r = spawnSync(
      'bash',
      ['-c', `node ${BIN} --format json bad.txt | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"`],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(['0', '1']).toContain(r.stdout.trim());
  });
});

describe('review regressions', () => {
  it('a glob takes only story files, and a .txt found in a folder must open with a dateline', async () => {
    mkdirSync(join(dir, 'g'), { recursive: true });
    const notes = 'Desk notes\n\nSee http://intranet/desk\n';
    writeFileSync(join(dir, 'g/NOTES.md'), notes);
    const contacts = 'Contacts\n\nJo Bell, 555 0100\n\nhttp://intranet/contacts\n';
    writeFileSync(join(dir, 'g/contacts.txt'), contacts);
    writeFileSync(join(dir, 'g/story.txt'), BAD);
    const r = await run(['--fix', 'g/**'], dir);
    expect(readFileSync(join(dir, 'g/NOTES.md'), 'utf8')).toBe(notes);
    expect(readFileSync(join(dir, 'g/contacts.txt'), 'utf8')).toBe(contacts);
    expect(readFileSync(join(dir, 'g/story.txt'), 'utf8')).toBe(BAD_FIXED);
    expect(r.code).toBe(0);
    await run(['--fix', 'g'], dir);
    expect(readFileSync(join(dir, 'g/contacts.txt'), 'utf8')).toBe(contacts);
    // Named one by one, a file is always checked.
    const named = await run(['--format', 'json', 'g/contacts.txt'], dir);
    expect((JSON.parse(named.out) as unknown[]).length).toBe(1);
  });

  it('a broken config anywhere stops the run before --fix writes anything', async () => {
    mkdirSync(join(dir, 'x'));
    mkdirSync(join(dir, 'y'));
    writeFileSync(join(dir, 'x/s.txt'), BAD);
    writeFileSync(join(dir, 'y/s.txt'), BAD);
    writeFileSync(join(dir, 'y/.wirelintrc.json'), '{"rules": ');
    const r = await run(['--fix', 'x', 'y'], dir);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'x/s.txt'), 'utf8')).toBe(BAD);
  });

  it('follows symbolic links in folders and fixes the story a link points at', async () => {
    mkdirSync(join(dir, 'real'));
    mkdirSync(join(dir, 'desk'));
    writeFileSync(join(dir, 'real/s.wire'), BAD);
    symlinkSync(join(dir, 'real/s.wire'), join(dir, 'desk/s.wire'));
    await run(['--fix', 'desk'], dir);
    expect(lstatSync(join(dir, 'desk/s.wire')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real/s.wire'), 'utf8')).toBe(BAD_FIXED);
  });

  it('a link back up the tree does not loop, and a story two paths lead to is checked once', async () => {
    mkdirSync(join(dir, 'desk'));
    writeFileSync(join(dir, 'desk/s.wire'), BAD);
    symlinkSync('..', join(dir, 'desk/up'));
    symlinkSync('..', join(dir, 'desk/up2'));
    symlinkSync(join(dir, 'desk/s.wire'), join(dir, 'desk/again.wire'));
    const r = await run(['--format', 'json', 'desk'], dir);
    const json = JSON.parse(r.out) as Array<{ filePath: string }>;
    expect(json.map((f) => f.filePath)).toEqual([join(dir, 'desk/again.wire')]);
  });

  it('a story named twice on the command line, through a linked folder or a glob, is checked once', async () => {
    mkdirSync(join(dir, 'desk'));
    writeFileSync(join(dir, 'desk/s.wire'), BAD);
    symlinkSync(join(dir, 'desk'), join(dir, 'desk-link'));
    const paths = async (args: string[]): Promise<string[]> =>
      (JSON.parse((await run(['--format', 'json', ...args], dir)).out) as Array<{ filePath: string }>).map(
        (f) => f.filePath,
      );
    expect(await paths(['desk', 'desk-link'])).toEqual([join(dir, 'desk/s.wire')]);
    expect(await paths(['desk-link', 'desk/s.wire'])).toEqual([join(dir, 'desk-link/s.wire')]);
    expect(await paths(['desk*/*.wire'])).toHaveLength(1);
  });
});

describe('a byte-order mark is no character of the story', () => {
  it('offsets, lines and columns are the same with and without one, in every format', async () => {
    const dir = tempDir('wirelint-bom-');
    const story = 'LONDON, Nov 29 (Reuters) -- The bank said Monday it would cut jobs.\n';
    writeFileSync(join(dir, 'plain.txt'), story);
    writeFileSync(join(dir, 'bom.txt'), `\ufeff${story}`);
    const json = JSON.parse((await runCli(['--format', 'json', 'plain.txt', 'bom.txt'], dir)).out) as Array<{
      source?: string;
      messages: unknown[];
    }>;
    expect(json[0]!.messages.length).toBeGreaterThan(0);
    expect(json[1]!.messages).toEqual(json[0]!.messages);
    expect(json[1]!.source).toBe(story);
    // "said Monday" starts at column 38 of line 1 in both files.
    expect(json[1]!.messages).toContainEqual(
      expect.objectContaining({ ruleId: 'attrib-day-preposition', line: 1, column: 38, endColumn: 49 }),
    );
    const sarif = JSON.parse((await runCli(['--format', 'sarif', 'plain.txt', 'bom.txt'], dir)).out) as {
      runs: Array<{
        results: Array<{
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: unknown } }>;
        }>;
      }>;
    };
    const regions = (file: string) =>
      sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation)
        .filter((l) => l.artifactLocation.uri.endsWith(file))
        .map((l) => l.region);
    expect(regions('plain.txt').length).toBeGreaterThan(0);
    expect(regions('bom.txt')).toEqual(regions('plain.txt'));
    const stylish = (await runCli(['plain.txt', 'bom.txt'], dir)).out.split(/bom\.txt|plain\.txt/);
    expect(stylish[2]!.split('\n').filter((l) => /^\s+\d+:\d+/.test(l))).toEqual(
      stylish[1]!.split('\n').filter((l) => /^\s+\d+:\d+/.test(l)),
    );
  });

  it('--fix keeps the mark, on a file and through standard input', async () => {
    const dir = tempDir('wirelint-bom-fix-');
    const story = 'LONDON, Nov 29 (Reuters) -- The bank said Monday it would cut jobs.\n';
    const fixedPlain = (await runCli(['--stdin', '--fix'], dir, story)).out;
    expect(fixedPlain).not.toBe(story);
    expect((await runCli(['--stdin', '--fix'], dir, `\ufeff${story}`)).out).toBe(`\ufeff${fixedPlain}`);
    writeFileSync(join(dir, 'bom.txt'), `\ufeff${story}`);
    await runCli(['--fix', 'bom.txt'], dir);
    expect(readFileSync(join(dir, 'bom.txt'), 'utf8')).toBe(`\ufeff${fixedPlain}`);
  });
});
