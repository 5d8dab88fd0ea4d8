/**
 * The command line never loses a file, never hangs and never exhausts the machine: --fix writes a story in place
 * (owner, mode, links kept; a read-only story or one changed meanwhile is left alone), pipes and devices are never
 * waited on or read without end, configs have limits, formatters take any number of findings, and awkward input
 * gets a message that says what it is.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/run-cli';
import { tempDir } from '../helpers/tmp';
import {
  MAX_FILE_BYTES,
  NotWritten,
  decodeStory,
  readStory,
  readStreamAtMost,
  writeInPlace,
} from '../../src/cli/files';
import { FORMATTERS } from '../../src/cli/formatters/index';
import { formatAll } from '../../src/cli/formatters/common';
import type { FileResult } from '../../src/cli/types';
import { CONFIG_LIMITS, parseConfigText, parseJsonc } from '../../src/core/config';
import { RULES } from '../../src/core/rules/index';
import { LineIndex } from '../../src/core/text';
import type { Finding } from '../../src/core/types';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/wirelint.js');

const BAD =
  'Harbour reopens\n\nBy Ann Lee\n\nNORTHPORT, Jan. 14 (Reuters) – The harbour reopened on Tuesday, the port said.\n\n(Reporting by Ann Lee, editing by Tom Roe)\n\nVIEWIMAGE\n';
const BAD_FIXED =
  'Harbour reopens\n\nBy Ann Lee\n\nNORTHPORT, Jan 14 (Reuters) - The harbour reopened on Tuesday, the port said.\n\n(Reporting by Ann Lee; Editing by Tom Roe)\n';

const isRoot = process.getuid?.() === 0;
const hasFifo = process.platform !== 'win32';

/** Run the built command in a child process, killed after `timeout` ms (so a hang fails the test, not the run). */
function runBin(args: string[], cwd: string, opts: { timeout?: number; stdin?: number | 'ignore' } = {}) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: opts.timeout ?? 15_000,
    stdio: [opts.stdin ?? 'ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ...r, ms: Date.now() - started };
}

let dir: string;
beforeEach(() => {
  dir = tempDir('wirelint-safety-');
});

beforeAll(() => {
  // The built command is what these child-process tests run; `npm run test:unit` builds it first.
  statSync(join(ROOT, 'dist/cli.js'));
});

describe('--fix writes the story in place', () => {
  it('keeps hard links: every name of the story gets the fixed text, in the same file', async () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b-link.txt');
    writeFileSync(a, BAD);
    linkSync(a, b);
    const ino = statSync(a).ino;
    const r = await run(['--fix', 'a.txt'], dir);
    expect(r.err).toBe('');
    expect(readFileSync(a, 'utf8')).toBe(BAD_FIXED);
    expect(readFileSync(b, 'utf8')).toBe(BAD_FIXED);
    expect(statSync(a).ino).toBe(ino);
    expect(statSync(a).nlink).toBe(2);
  });

  it.runIf(isRoot)("keeps the file's owner and group when another user runs it", async () => {
    const p = join(dir, 'owned.txt');
    writeFileSync(p, BAD);
    chmodSync(p, 0o664);
    chownSync(p, 65534, 65534);
    await run(['--fix', 'owned.txt'], dir);
    expect(readFileSync(p, 'utf8')).toBe(BAD_FIXED);
    const st = statSync(p);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([65534, 65534, 0o664]);
  });

  it('keeps a symbolic link a link, and fixes the story it points at', async () => {
    mkdirSync(join(dir, 'shared'));
    const target = join(dir, 'shared', 'story.txt');
    writeFileSync(target, BAD);
    symlinkSync(target, join(dir, 'link.txt'));
    await run(['--fix', 'link.txt'], dir);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(BAD_FIXED);
  });

  it('refuses a read-only story with a message, exit 2, and leaves it as it was', async () => {
    const p = join(dir, 'locked.txt');
    writeFileSync(p, BAD);
    chmodSync(p, 0o444);
    const r = await run(['--fix', 'locked.txt'], dir);
    expect(r.err).toBe(
      'wirelint: locked.txt: is read-only, so the fixes are not written (make it writable to fix it)\n',
    );
    expect(r.code).toBe(2);
    expect(readFileSync(p, 'utf8')).toBe(BAD);
    expect(statSync(p).mode & 0o777).toBe(0o444);
    // The report is of the story as it stands, every problem in it, as a run without --fix reports it.
    const plain = await run(['--format', 'json', 'locked.txt'], dir);
    const fixRun = await run(['--fix', '--format', 'json', 'locked.txt'], dir);
    const messages = (out: string): unknown => (JSON.parse(out) as Array<{ messages: unknown }>)[0]!.messages;
    expect(messages(fixRun.out)).toEqual(messages(plain.out));
  });

  it.runIf(isRoot)('a story the user may not write is left alone, with a message saying so', () => {
    // Run as another user (nobody), who may read the story but not write it.
    chmodSync(dir, 0o755);
    const p = join(dir, 'theirs.txt');
    writeFileSync(p, BAD);
    chmodSync(p, 0o644);
    const r = spawnSync(process.execPath, [BIN, '--fix', 'theirs.txt'], {
      cwd: dir,
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(r.stderr).toBe(
      'wirelint: theirs.txt: cannot be written (permission denied), so the fixes are not written\n',
    );
    expect(r.status).toBe(2);
    expect(readFileSync(p, 'utf8')).toBe(BAD);
  });

  it('leaves a story another program changed after it was read, and says so', async () => {
    const p = join(dir, 'busy.txt');
    writeFileSync(p, BAD);
    const read = await readStory(p);
    expect(read.ok).toBe(true);
    const before = read.ok ? read.text : '';
    // An editor appends a paragraph while the story is being checked.
    const appended = `${BAD}\nMore to come.\n`;
    writeFileSync(p, appended);
    await expect(writeInPlace(p, before, BAD_FIXED)).rejects.toThrow(NotWritten);
    await expect(writeInPlace(p, before, BAD_FIXED)).rejects.toThrow(/changed on disk while it was being checked/);
    expect(readFileSync(p, 'utf8')).toBe(appended);
    // The same length, other bytes: also left alone.
    const same = BAD.replace('Ann', 'Bob');
    writeFileSync(p, same);
    await expect(writeInPlace(p, before, BAD_FIXED)).rejects.toThrow(NotWritten);
    expect(readFileSync(p, 'utf8')).toBe(same);
  });

  it('any change made between the read and the write survives, and nothing is left beside the story (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), fc.nat(BAD.length), async (edit, at) => {
        const p = join(dir, 'prop.txt');
        writeFileSync(p, BAD);
        const changed = BAD.slice(0, at) + edit + BAD.slice(at);
        writeFileSync(p, changed);
        const err = await writeInPlace(p, BAD, BAD_FIXED).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(NotWritten);
        expect(readFileSync(p, 'utf8')).toBe(changed);
        expect(readdirSync(dir).filter((f) => f !== 'prop.txt')).toEqual([]);
      }),
      { seed: 20261204, numRuns: 60 },
    );
    // Unchanged, it is written, shorter and longer alike, with no backup left behind.
    const p = join(dir, 'prop.txt');
    for (const after of [BAD_FIXED, `${BAD}${BAD}`]) {
      writeFileSync(p, BAD);
      await writeInPlace(p, BAD, after);
      expect(readFileSync(p, 'utf8')).toBe(after);
      expect(readdirSync(dir)).toEqual(['prop.txt']);
    }
  });

  it.runIf(hasFifo)('never writes a pipe: a FIFO stays a FIFO and the run does not wait on it', () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const r = runBin(['--fix', 'pipe.txt'], dir);
    expect(r.error).toBeUndefined();
    expect(r.stderr).toContain('pipe.txt: is a pipe with nothing written to it; skipped');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    // A story that came down the pipe is checked, and its fixes are not written anywhere.
    writeFileSync(join(dir, 'story.txt'), BAD);
    const fed = spawnSync(
      '/bin/sh',
      ['-c', `cat story.txt > pipe.txt & "${process.execPath}" "${BIN}" --fix pipe.txt`],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 15_000,
      },
    );
    expect(fed.error).toBeUndefined();
    expect(fed.stderr).toBe('wirelint: pipe.txt: is a pipe, not a file, so the fixes are not written\n');
    expect(fed.status).toBe(2);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['pipe.txt', 'story.txt']);
  });
});

describe('the ignore file keeps its link, target, mode and owner', () => {
  it('--suppress-all through a symlinked .wirelint-ignore.json changes the shared file, not the link', async () => {
    mkdirSync(join(dir, 'shared'));
    mkdirSync(join(dir, 'desk'));
    const shared = join(dir, 'shared', 'ignore.json');
    writeFileSync(shared, '{"version": 1, "suppressions": []}\n');
    chmodSync(shared, 0o664);
    if (isRoot) chownSync(shared, 65534, 65534);
    const link = join(dir, 'desk', '.wirelint-ignore.json');
    symlinkSync(shared, link);
    writeFileSync(join(dir, 'desk', 'story.txt'), BAD);
    const r = await run(['--suppress-all', 'desk/story.txt'], dir);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(shared);
    const entries = (JSON.parse(readFileSync(shared, 'utf8')) as { suppressions: unknown[] }).suppressions;
    expect(entries.length).toBeGreaterThan(0);
    const st = statSync(shared);
    expect(st.mode & 0o777).toBe(0o664);
    if (isRoot) expect([st.uid, st.gid]).toEqual([65534, 65534]);
    expect(readdirSync(join(dir, 'desk')).sort()).toEqual(['.wirelint-ignore.json', 'story.txt']);
    expect(readdirSync(join(dir, 'shared'))).toEqual(['ignore.json']);
  });

  it('keeps the mode of an ignore file that is not a link', async () => {
    const ignore = join(dir, '.wirelint-ignore.json');
    writeFileSync(ignore, '{"version": 1, "suppressions": []}\n');
    chmodSync(ignore, 0o600);
    writeFileSync(join(dir, 'story.txt'), BAD);
    await run(['--suppress-all', 'story.txt'], dir);
    expect(statSync(ignore).mode & 0o777).toBe(0o600);
    expect(readFileSync(ignore, 'utf8')).toContain('"rule"');
  });
});

describe('pipes and devices never hang the run or fill the memory', () => {
  it.runIf(hasFifo)('a FIFO named on the command line is read without waiting for a writer', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(join(dir, 'story.txt'), BAD);
    const r = runBin(['pipe.txt', 'story.txt'], dir);
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('wirelint: pipe.txt: is a pipe with nothing written to it; skipped\n');
    expect(r.stdout).toContain('story.txt');
  });

  it.runIf(hasFifo)('a FIFO with a writer is read to its end, as <(cat story) is', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(join(dir, 'story.txt'), BAD);
    // The writer starts with the command, and its open waits for a reader, as in `producer > pipe & wirelint pipe`.
    const script = `cat story.txt > pipe.txt & "${process.execPath}" "${BIN}" pipe.txt`;
    const r = spawnSync('/bin/sh', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 15_000 });
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('dateline-agency-tag');
  });

  it.runIf(hasFifo)('an ignore file or config that is a FIFO is a clear error, exit 2, at once', () => {
    writeFileSync(join(dir, 'story.txt'), BAD);
    execFileSync('mkfifo', [join(dir, '.wirelint-ignore.json')]);
    for (const args of [['story.txt'], ['--suppress-all', 'story.txt']]) {
      const r = runBin(args, dir);
      expect(r.error).toBeUndefined();
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('.wirelint-ignore.json: is a pipe, not a file');
      expect(r.stderr).not.toContain('internal error');
    }
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    writeFileSync(join(sub, 'story.txt'), BAD);
    execFileSync('mkfifo', [join(sub, '.wirelintrc.json')]);
    const c = runBin(['sub/story.txt'], dir);
    expect(c.error).toBeUndefined();
    expect(c.status).toBe(2);
    expect(c.stderr).toContain('.wirelintrc.json: is a pipe, not a file');
  });

  it.runIf(process.platform === 'linux')('/dev/zero and /dev/urandom are refused without being read', () => {
    const r = runBin(['/dev/zero', '/dev/urandom'], dir, { timeout: 10_000 });
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe(
      'wirelint: /dev/zero: is a device or socket, not a story file; skipped\n' +
        'wirelint: /dev/urandom: is a device or socket, not a story file; skipped\n',
    );
    expect(r.status).toBe(2);
  });

  it.runIf(process.platform === 'linux')('--stdin </dev/zero reads no more than the limit, then refuses', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const r = runBin(['--stdin'], dir, { stdin: zero, timeout: 20_000 });
      expect(r.error).toBeUndefined();
      expect(r.stderr).toContain(`<stdin>: file too large (more than ${MAX_FILE_BYTES / 1048576} MB, the limit)`);
      const f = runBin(['--stdin', '--fix'], dir, { stdin: zero, timeout: 20_000 });
      expect(f.error).toBeUndefined();
      expect(f.stdout).toBe('');
      expect(f.stderr).toContain('nothing is written to standard output');
      expect(f.status).toBe(2);
    } finally {
      closeSync(zero);
    }
  });

  it('a stream that never ends is read to the limit plus one byte and let go', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 65536;
        this.push(Buffer.alloc(65536));
      },
    });
    const bytes = await readStreamAtMost(endless, 1_000_000);
    expect(bytes.length).toBe(1_000_001);
    expect(produced).toBeLessThan(1_200_000);
    expect(decodeStory(new Uint8Array(MAX_FILE_BYTES + 1))).toMatchObject({
      ok: false,
      reason: `file too large (more than ${MAX_FILE_BYTES / 1048576} MB, the limit)`,
    });
    // A short stream comes back whole.
    expect(Buffer.from(await readStreamAtMost(Readable.from([Buffer.from('abc')]), 10)).toString()).toBe('abc');
  });
});

describe('config limits fail fast with a configuration error', () => {
  it('too many vocabulary entries, or too many regular expressions, are refused before any is compiled', () => {
    const plain = Array.from({ length: CONFIG_LIMITS.vocabularyEntries + 1 }, (_, i) => ({ pattern: `w${i}` }));
    const a = parseConfigText(JSON.stringify({ vocabulary: plain }), 'x.json', RULES);
    expect(a.errors).toEqual([
      { file: 'x.json', key: 'vocabulary', message: 'has 10,001 entries; the limit is 10,000' },
    ]);
    const regex = Array.from({ length: CONFIG_LIMITS.regexEntries + 1 }, (_, i) => ({
      pattern: `w${i}x+y`,
      regex: true,
    }));
    const t = performance.now();
    const b = parseConfigText(JSON.stringify({ vocabulary: regex }), 'x.json', RULES);
    expect(performance.now() - t).toBeLessThan(500);
    expect(b.errors).toHaveLength(1);
    expect(b.errors[0]).toMatchObject({
      key: 'vocabulary',
      message: expect.stringMatching(/^has 1,001 regular-expression entries/),
    });
    expect(b.config.vocabulary).toBeUndefined();
  });

  it('brackets nested at any depth never crash the parser; past the limit they are a configuration error (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":'), (depth, open) => {
        const close = open === '[' ? ']' : '}';
        const text = `{"rules": ${open.repeat(depth)}1${close.repeat(depth)}}`;
        const r = parseConfigText(text, 'x.json', RULES);
        expect(r.errors.length).toBeGreaterThan(0);
        const deep = r.errors.some((e) => /nests brackets more than 64 deep/.test(e.message));
        expect(deep).toBe(depth + 1 > CONFIG_LIMITS.depth);
      }),
      { seed: 4204, numRuns: 60 },
    );
    // Brackets inside strings and comments do not count.
    expect(parseJsonc(`{"a": "${'['.repeat(100)}" /* ${'{'.repeat(100)} */}`).error).toBeUndefined();
  });

  it('the command line: a deep or a huge config is a configuration error, exit 2, never an internal error', async () => {
    writeFileSync(join(dir, 'story.txt'), BAD);
    writeFileSync(join(dir, '.wirelintrc.json'), `{"rules": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    const deep = await run(['story.txt'], dir);
    expect(deep.code).toBe(2);
    expect(deep.err).toMatch(
      /^wirelint: configuration error\n {2}.*\.wirelintrc\.json: nests brackets more than 64 deep/,
    );
    writeFileSync(join(dir, '.wirelintrc.json'), `{"vocabulary": [${'{"pattern": "Kiev"},'.repeat(150_000)}]}`);
    const t = performance.now();
    const huge = await run(['story.txt'], dir);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(huge.code).toBe(2);
    expect(huge.err).toMatch(/\.wirelintrc\.json: is too large \(2\.9 MB; the limit is 2 MB\)/);
  });
});

describe('formatters take any number of findings', () => {
  it('every format reports 160,000 findings in one story without overflowing the stack', () => {
    const text = 'a '.repeat(160_000);
    const findings: Finding[] = Array.from({ length: 160_000 }, (_, i) => ({
      ruleId: 'quote-balance',
      severity: 'warning',
      message: 'An opening quotation mark is never closed.',
      start: i * 2,
      end: i * 2 + 1,
    }));
    const r: FileResult = {
      filePath: join(dir, 'many.txt'),
      displayPath: 'many.txt',
      source: text,
      findings,
      lines: new LineIndex(text),
      profile: 'reuters',
    };
    for (const [name, formatter] of Object.entries(FORMATTERS)) {
      const out = formatAll(formatter, [r], { cwd: dir, color: false });
      expect(out.length, name).toBeGreaterThan(160_000);
    }
  });
});

describe('__proto__ in a config is an unknown key like any other', () => {
  it('at the top, in rules and in a vocabulary entry', () => {
    const top = parseConfigText('{"__proto__": {"profile": "ap"}}', 'x.json', RULES);
    expect(top.errors).toEqual([
      { file: 'x.json', key: '__proto__', message: 'unknown setting (allowed: "profile", "rules", "vocabulary")' },
    ]);
    expect(top.config.profile).toBeUndefined();
    const rules = parseConfigText('{"rules": {"__proto__": "off"}}', 'x.json', RULES);
    expect(rules.errors.map((e) => e.key)).toEqual(['rules.__proto__']);
    const voc = parseConfigText('{"vocabulary": [{"pattern": "Kiev", "__proto__": {"regex": true}}]}', 'x.json', RULES);
    expect(voc.errors.map((e) => [e.key, e.message])).toEqual([
      ['vocabulary[0]', expect.stringMatching(/^unknown key "__proto__"/)],
    ]);
    expect(({} as Record<string, unknown>).profile).toBeUndefined();
  });
});

describe('messages say what the input is', () => {
  const STORY = 'NORTHPORT, Jan 14 (Reuters) - The harbour reopened on Tuesday, the port said.\n';

  it('a UTF-16 story is called UTF-16, with how to save it as UTF-8, with or without a byte-order mark', async () => {
    writeFileSync(join(dir, 'le-bom.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, 'utf16le')]));
    writeFileSync(join(dir, 'le.txt'), Buffer.from(STORY, 'utf16le'));
    writeFileSync(join(dir, 'be.txt'), Buffer.from(STORY, 'utf16le').swap16());
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x4c, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07]));
    const r = await run(['le-bom.txt', 'le.txt', 'be.txt', 'bin.txt'], dir);
    const utf16 =
      'saved as UTF-16 text, not UTF-8; save it as UTF-8 to check it (in VS Code: "Save with Encoding", then "UTF-8"); skipped';
    expect(r.err.trim().split('\n')).toEqual([
      `wirelint: le-bom.txt: ${utf16}`,
      `wirelint: le.txt: ${utf16}`,
      `wirelint: be.txt: ${utf16}`,
      'wirelint: bin.txt: binary file (contains NUL bytes), not a story; skipped',
    ]);
  });

  it('a symbolic link cycle named on the command line is said to loop', async () => {
    symlinkSync(join(dir, 'b.txt'), join(dir, 'a.txt'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    const r = await run(['a.txt'], dir);
    expect(r.err).toBe(
      'wirelint: a.txt: the symbolic links loop back on themselves (a link leads, through others, to itself)\n',
    );
    expect(r.code).toBe(2);
  });

  it('an ignore file or config that is a folder is an error naming it, without a stack', async () => {
    writeFileSync(join(dir, 'story.txt'), BAD);
    mkdirSync(join(dir, '.wirelint-ignore.json'));
    for (const args of [['story.txt'], ['--suppress-all', 'story.txt']]) {
      const r = await run(args, dir);
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `wirelint: ignore file error\n  ${join(dir, '.wirelint-ignore.json')}: is a folder, not a file\n`,
      );
    }
    const sub = join(dir, 'sub');
    mkdirSync(join(sub, '.wirelintrc.json'), { recursive: true });
    writeFileSync(join(sub, 'story.txt'), BAD);
    const c = await run(['sub/story.txt'], dir);
    expect(c.code).toBe(2);
    expect(c.err).toBe(`wirelint: configuration error\n  ${join(sub, '.wirelintrc.json')}: is a folder, not a file\n`);
  });

  it('a back-reference in a regular expression is said to be one RE2 does not have', () => {
    for (const pattern of ['(Kiev) \\1', '(?P<c>Kiev) \\k<c>']) {
      const r = parseConfigText(JSON.stringify({ vocabulary: [{ pattern, regex: true }] }), 'x.json', RULES);
      expect(r.errors[0]!.message).toMatch(
        /^pattern is not a valid RE2 regular expression: RE2 has no back-references/,
      );
    }
    // An escaped backslash before a digit is no back-reference: RE2 takes it.
    const ok = parseConfigText(
      JSON.stringify({ vocabulary: [{ pattern: 'Kiev\\\\1', regex: true }] }),
      'x.json',
      RULES,
    );
    expect(ok.errors).toEqual([]);
  });
});
