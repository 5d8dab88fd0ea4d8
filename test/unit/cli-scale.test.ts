/**
 * The command line on many stories: reports stream out story by story, worker threads give the same report as
 * the main thread, and the progress line shows only on a terminal.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { Progress } from '../../src/cli/progress';
import { runCli, type CliRun } from '../helpers/run-cli';
import { tempDir } from '../helpers/tmp';

const BIN = join(resolve(__dirname, '../..'), 'bin/wirelint.js');

/** A fictional story with a fault or two, varied by n. */
function story(n: number): string {
  const dash = n % 2 ? '–' : '-';
  const month = n % 3 ? 'Jan.' : 'Jan';
  return `Harbour ${n} reopens\n\nNORTHPORT, ${month} 14 (Reuters) ${dash} Harbour ${n} reopened on Tuesday, the port said.\n\n"We are open again," said he.\n\n(Reporting by Ann Lee; Editing by Tom Roe)\n`;
}

function folder(count: number): string {
  const dir = tempDir('wirelint-scale-');
  mkdirSync(join(dir, 'desk'));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, 'desk', `s${String(i).padStart(4, '0')}.txt`), story(i));
  return dir;
}

describe('wirelint on many stories', () => {
  it('writes each story’s report as soon as it is checked, not after the whole run', async () => {
    const dir = folder(60);
    const chunks: string[] = [];
    let err = '';
    const code = await main(['desk'], {
      cwd: dir,
      stdout: {
        write: (s: string) => {
          // When the first report arrives, take away the last story: a streaming run has not read it yet.
          if (chunks.length === 0) unlinkSync(join(dir, 'desk', 's0059.txt'));
          chunks.push(s);
          return true;
        },
      },
      stderr: { write: (s: string) => (err += s) },
      readStdin: async () => '',
    });
    expect(code).toBe(2);
    expect(err).toContain('s0059.txt: cannot read (ENOENT); skipped');
    // One chunk per story with findings, and the summary.
    expect(chunks.length).toBeGreaterThanOrEqual(59);
    expect(chunks.join('')).toMatch(/✖ \d+ problems/);
  });

  it('gives the same report from worker threads as from the main thread, in every format', () => {
    const dir = folder(150);
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      const run = (workers: string): { status: number | null; stdout: string } =>
        spawnSync(process.execPath, [BIN, '-f', format, 'desk'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, WIRELINT_WORKERS: workers },
        });
      const single = run('0');
      const threaded = run('2');
      expect(single.status).toBe(0);
      expect(threaded.status).toBe(single.status);
      expect(threaded.stdout).toBe(single.stdout);
      expect(single.stdout.length).toBeGreaterThan(1000);
    }
    const json = JSON.parse(
      spawnSync(process.execPath, [BIN, '-f', 'json', 'desk'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, WIRELINT_WORKERS: '2' },
      }).stdout,
    ) as Array<{ filePath: string }>;
    expect(json).toHaveLength(150);
    expect(json.map((r) => r.filePath)).toEqual([...json.map((r) => r.filePath)].sort());
  }, 60_000);

  it('fixes stories from worker threads exactly as from the main thread', () => {
    const a = folder(120);
    const b = folder(120);
    const fix = (dir: string, workers: string): number | null =>
      spawnSync(process.execPath, [BIN, '--fix', 'desk'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, WIRELINT_WORKERS: workers },
      }).status;
    fix(a, '0');
    fix(b, '2');
    const check = (dir: string): string =>
      spawnSync(process.execPath, [BIN, '-f', 'json', 'desk'], { cwd: dir, encoding: 'utf8' }).stdout.replaceAll(
        dir,
        '<dir>',
      );
    expect(check(b)).toBe(check(a));
    // And the fixes did something: the fixed folder reports less than an untouched one.
    expect(check(a).length).toBeLessThan(check(folder(120)).length);
  }, 60_000);
});

describe('progress line', () => {
  const fakeStream = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, stream: { isTTY, columns: 120, write: (s: string) => out.push(s) } };
  };

  it('appears on a terminal after the first second, redraws in place, and is wiped at the end', () => {
    let now = 0;
    const { out, stream } = fakeStream(true);
    const p = new Progress(stream, 10_000, () => now);
    p.update(10, 1);
    expect(out).toEqual([]); // too early
    now = 1500;
    p.update(2500, 40);
    now = 1550;
    p.update(2600, 41); // within 100 ms of the last draw
    now = 1700;
    p.update(5000, 80);
    expect(out).toEqual([
      '\rwirelint: 2,500 of 10,000 stories checked (25%), 40 problems so far\u001b[K',
      '\rwirelint: 5,000 of 10,000 stories checked (50%), 80 problems so far\u001b[K',
    ]);
    p.done();
    expect(out.at(-1)).toBe('\r\u001b[K');
  });

  it('never writes when standard error is not a terminal', () => {
    let now = 0;
    const { out, stream } = fakeStream(false);
    const p = new Progress(stream, 10_000, () => now);
    now = 5000;
    p.update(9000, 3);
    p.done();
    expect(out).toEqual([]);
  });
});

describe('--fix-type', () => {
  const LOADED =
    'Harbour reopens\n\nNORTHPORT, Jan 14 (Reuters) – The harbour reopened on Tuesday.\n\n"We are open again," the mayor claimed.\n\n(Reporting by Ann Lee; Editing by Tom Roe)\n';
  const fix = (args: string[]): Promise<CliRun> => runCli([...args, '--stdin', '--fix'], tmpdir(), LOADED);

  it('applies format fixes only by default, and wording only when asked', async () => {
    const plain = await fix([]);
    expect(plain.out).toContain('(Reuters) - The harbour');
    expect(plain.out).toContain('the mayor claimed.');
    const wording = await fix(['--fix-type', 'wording']);
    expect(wording.out).toContain('(Reuters) – The harbour');
    expect(wording.out).toContain('the mayor said.');
    const both = await fix(['--fix-type', 'format,wording']);
    expect(both.out).toBe(LOADED.replace('–', '-').replace('claimed', 'said'));
  });

  it('refuses an unknown tier and --fix-type without --fix', async () => {
    expect((await fix(['--fix-type', 'grammar'])).code).toBe(2);
    const { code, err } = await runCli(['--fix-type', 'wording', 'x.txt'], tmpdir());
    expect(code).toBe(2);
    expect(err).toContain('--fix-type goes with --fix.');
  });
});

describe('--fix-severity', () => {
  // A Reuters quote introduced with a comma: an info-level finding with a fix (a colon), and a warning (the dash).
  const INFO =
    'Harbour reopens\n\nNORTHPORT, Jan 14 (Reuters) – The harbour reopened on Tuesday.\n\nThe mayor said, "We will open the harbour to every ship by Friday."\n\n(Reporting by Ann Lee; Editing by Tom Roe)\n';
  const fix = (args: string[]): Promise<CliRun> => runCli(['--stdin', '--fix', ...args], tmpdir(), INFO);

  it('--fix fixes warnings and errors only by default; info-level findings are left for a person', async () => {
    const plain = await fix([]);
    expect(plain.out).toBe(INFO.replace('–', '-'));
    expect(plain.err).toContain('attrib-quote-intro');
    const warning = await fix(['--fix-severity', 'warning']);
    expect(warning.out).toBe(plain.out);
    const info = await fix(['--fix-severity', 'info']);
    expect(info.out).toBe(INFO.replace('–', '-').replace('said, "We', 'said: "We'));
    const errors = await fix(['--fix-severity', 'error']);
    expect(errors.out).toBe(INFO);
    // A rule raised to warning in the config is fixed by default.
    const raised = await fix(['--rule', 'attrib-quote-intro:warning']);
    expect(raised.out).toBe(info.out);
  });

  it('--fix-type wording makes info-level wording fixes unless a severity is given; "warn" reads as warning', async () => {
    // The tense fix is always info: "says" among "said" attributions.
    const TENSE =
      'Harbour reopens\n\nNORTHPORT, Jan 14 (Reuters) - The harbour reopened on Tuesday.\n\n"It was time," Jones said.\n\n"We are ready," Lee said.\n\n"I am tired," Park says.\n\n(Reporting by Ann Lee; Editing by Tom Roe)\n';
    const wording = await runCli(['--stdin', '--fix', '--fix-type', 'wording'], tmpdir(), TENSE);
    expect(wording.out).toBe(TENSE.replace('Park says.', 'Park said.'));
    const floor = await runCli(
      ['--stdin', '--fix', '--fix-type', 'wording', '--fix-severity', 'warn'],
      tmpdir(),
      TENSE,
    );
    expect(floor.code).toBe(0);
    expect(floor.out).toBe(TENSE);
  });

  it('says how many info-level problems --fix-severity info would fix', async () => {
    const { out } = await runCli(['--stdin'], tmpdir(), INFO);
    expect(out).toContain('1 problem can be fixed with --fix.');
    expect(out).toContain('1 info-level problem can be fixed with --fix --fix-severity info (check them first).');
  });

  it('refuses an unknown severity and --fix-severity without --fix', async () => {
    const bad = await fix(['--fix-severity', 'hint']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Unknown severity "hint" for --fix-severity. Use error, warning or info.');
    const { code, err } = await runCli(['--fix-severity', 'info', 'x.txt'], tmpdir());
    expect(code).toBe(2);
    expect(err).toContain('--fix-severity goes with --fix.');
  });
});

describe('house vocabulary patterns in the built command', () => {
  it('loads the regular-expression engine from its own file when a config has a pattern entry', () => {
    const dir = tempDir('wirelint-re2-');
    writeFileSync(
      join(dir, '.wirelintrc.json'),
      '{\n  // house list\n  "vocabulary": [{ "pattern": "Lake Tana?ganyika", "regex": true, "replacement": "Lake Tanganyika" }]\n}\n',
    );
    writeFileSync(
      join(dir, 'lake.txt'),
      'Lake level falls\n\nNORTHPORT, Jan 14 (Reuters) - The level of Lake Tanaganyika fell on Tuesday, the ministry said.\n\n(Reporting by Ann Lee; Editing by Tom Roe)\n',
    );
    const r = spawnSync(process.execPath, [BIN, '-f', 'json', 'lake.txt'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const [file] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; fix?: { text: string } }> }>;
    expect(file!.messages.map((m) => [m.ruleId, m.fix?.text])).toEqual([['house-vocabulary', 'Lake Tanganyika']]);
  });
});

describe('standard input that is not UTF-8', () => {
  it('is refused like a file, and --fix passes it on unchanged', () => {
    const latin1 = Buffer.from(
      'Cafe reopens\n\nNORTHPORT, Jan. 14 (Reuters) - The Caf\xe9 Rouge reopened, the owner said.\n',
      'latin1',
    );
    const r = spawnSync(process.execPath, [BIN, '--stdin', '--fix'], { input: latin1 });
    expect(r.stderr.toString()).toContain('<stdin>: not UTF-8 text');
    expect(Buffer.compare(r.stdout, latin1)).toBe(0);
    expect(r.status).toBe(0);
  });

  it('reads a story from a pipe named as a file', () => {
    const r = spawnSync(
      '/bin/sh',
      [
        '-c',
        `cat "${join(resolve(__dirname, '../..'), 'samples/harbour-strike.txt')}" | "${process.execPath}" "${BIN}" /dev/stdin`,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stdout).toMatch(/✖ \d+ problems/);
  });
});
