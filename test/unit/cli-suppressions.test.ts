import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { parseSuppressions, type SuppressionFile } from '../../src/core/suppressions';
import { tempDir } from '../helpers/tmp';

const ROOT = resolve(__dirname, '../..');

const BAD =
  'Harbour reopens\n\nBy Ann Lee\n\nNORTHPORT, Jan. 14 (Reuters) – The harbour reopened on Tuesday, the port said.\n\n(Reporting by Ann Lee, editing by Tom Roe)\n\nVIEWIMAGE\n';
const GOOD =
  'Harbour reopens\n\nBy Ann Lee\n\nNORTHPORT, Jan 14 (Reuters) - The harbour reopened on Tuesday, the port said.\n\n(Reporting by Ann Lee; Editing by Tom Roe)\n';

const run = runCli;

/** What a clean run says when the ignore file hid every finding. */
const ALL_SUPPRESSED = /^No problems \(\d+ suppressed\)\.\n$/;

const readIgnore = (path: string): SuppressionFile => {
  const { file, errors } = parseSuppressions(readFileSync(path, 'utf8'));
  expect(errors).toEqual([]);
  return file;
};

let dir: string;
const savedUser = process.env.WIRELINT_USER;
beforeEach(() => {
  dir = tempDir('wirelint-sup-');
  process.env.WIRELINT_USER = 'desk-editor';
});
afterEach(() => {
  if (savedUser === undefined) delete process.env.WIRELINT_USER;
  else process.env.WIRELINT_USER = savedUser;
});

describe('--suppress-all', () => {
  it('records every finding with who, when and why, and the next run reports none of them', async () => {
    writeFileSync(join(dir, 'bad.txt'), BAD);
    const before = JSON.parse((await run(['--format', 'json', 'bad.txt'], dir)).out) as Array<{ messages: unknown[] }>;
    const n = before[0]!.messages.length;
    expect(n).toBeGreaterThan(3);
    const r = await run(['--suppress-all', 'bad.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(ALL_SUPPRESSED);
    expect(r.err).toBe(`wirelint: suppressed ${n} findings in 1 story (.wirelint-ignore.json)\n`);
    const file = readIgnore(join(dir, '.wirelint-ignore.json'));
    expect(file.suppressions).toHaveLength(n);
    for (const e of file.suppressions) {
      expect(e).toMatchObject({ file: 'bad.txt', who: 'desk-editor', why: 'existing copy, suppressed in bulk' });
      expect(e.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      expect(Date.now() - Date.parse(e.when)).toBeLessThan(60_000);
    }
    expect(file.suppressions.map((e) => e.excerpt)).toEqual(expect.arrayContaining(['Jan.', 'VIEWIMAGE']));
    const again = await run(['bad.txt'], dir);
    expect(again).toEqual({ code: 0, out: expect.stringMatching(ALL_SUPPRESSED), err: '' });
    const json = JSON.parse((await run(['--format', 'json', 'bad.txt'], dir)).out) as Array<{
      messages: unknown[];
      suppressedMessages: Array<{ ruleId: string; suppressions: Array<{ kind: string; justification: string }> }>;
    }>;
    expect(json[0]!.messages).toEqual([]);
    expect(json[0]!.suppressedMessages).toHaveLength(n);
    expect(json[0]!.suppressedMessages[0]!.suppressions).toEqual([
      { kind: 'external', justification: 'existing copy, suppressed in bulk' },
    ]);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp') || f.endsWith('.lock'))).toEqual([]);
  });

  it('uses the nearest ignore file above the story, else creates one in the story’s folder; keeps --suppress-reason', async () => {
    mkdirSync(join(dir, 'desk/world'), { recursive: true });
    mkdirSync(join(dir, 'archive/1987'), { recursive: true });
    writeFileSync(join(dir, 'desk/.wirelint-ignore.json'), '{"version": 1, "suppressions": []}\n');
    writeFileSync(join(dir, 'desk/world/a.txt'), BAD);
    writeFileSync(join(dir, 'archive/1987/b.txt'), BAD);
    const r = await run(['--suppress-all', '--suppress-reason', 'as published', 'desk', 'archive'], dir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/in 2 stories \(desk\/\.wirelint-ignore\.json, archive\/1987\/\.wirelint-ignore\.json\)/);
    const desk = readIgnore(join(dir, 'desk/.wirelint-ignore.json'));
    expect(new Set(desk.suppressions.map((e) => e.file))).toEqual(new Set(['world/a.txt']));
    expect(desk.suppressions.every((e) => e.why === 'as published')).toBe(true);
    const archive = readIgnore(join(dir, 'archive/1987/.wirelint-ignore.json'));
    expect(new Set(archive.suppressions.map((e) => e.file))).toEqual(new Set(['b.txt']));
    expect((await run(['desk', 'archive'], dir)).out).toMatch(ALL_SUPPRESSED);
  });

  it('is refused with --fix or --stdin, and --suppress-reason needs --suppress-all', async () => {
    for (const args of [
      ['--suppress-all', '--fix', 'x.txt'],
      ['--suppress-all', '--stdin'],
      ['--suppress-reason', 'why', 'x.txt'],
      ['--suppress-all', '--suppress-reason', ' ', 'x.txt'],
    ]) {
      const r = await run(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/^wirelint: /);
    }
  });
});

describe('honouring .wirelint-ignore.json', () => {
  it('an entry survives an edit elsewhere in the story and lapses when the flagged text changes', async () => {
    const story = join(dir, 'bad.txt');
    writeFileSync(story, BAD);
    await run(['--suppress-all', 'bad.txt'], dir);
    writeFileSync(
      story,
      BAD.replace('on Tuesday, the port said', 'on Wednesday, officials said').replace(
        'Harbour reopens',
        'UPDATE 1-Harbour reopens',
      ),
    );
    expect((await run(['bad.txt'], dir)).out).toMatch(ALL_SUPPRESSED);
    writeFileSync(story, BAD.replace('Jan. 14', 'Feb. 14'));
    const r = await run(['bad.txt'], dir);
    expect(r.out).toMatch(/Reuters datelines write February as "Feb"/);
    expect(r.out).not.toContain('trailing-text');
    // The dash's entry lapses too: "Jan" is one of the three words before it.
    expect(r.out).toContain('dateline-agency-tag');
    expect(r.out).toContain('✖ 2 problems (0 errors, 2 warnings, 0 info; 3 suppressed)');
  });

  it('counts suppressed findings out of the exit code and --max-warnings', async () => {
    writeFileSync(join(dir, 'bad.txt'), BAD);
    await run(['--suppress-all', 'bad.txt'], dir);
    expect((await run(['--rule', 'trailing-text:error', 'bad.txt'], dir)).code).toBe(0);
    expect((await run(['--max-warnings', '0', 'bad.txt'], dir)).code).toBe(0);
  });

  it('--fix leaves suppressed text alone and fixes the rest', async () => {
    const story = join(dir, 'bad.txt');
    writeFileSync(story, BAD);
    const month = JSON.parse((await run(['--format', 'json', 'bad.txt'], dir)).out)[0].messages.find(
      (m: { ruleId: string }) => m.ruleId === 'dateline-month-format',
    );
    expect(month).toBeDefined();
    // Suppress only the month: write the entry the way --suppress-all would, then drop the others.
    await run(['--suppress-all', 'bad.txt'], dir);
    const ignore = join(dir, '.wirelint-ignore.json');
    const file = readIgnore(ignore);
    file.suppressions = file.suppressions.filter((e) => e.rule === 'dateline-month-format');
    writeFileSync(ignore, JSON.stringify(file));
    const r = await run(['--fix', 'bad.txt'], dir);
    expect(r.code).toBe(0);
    const fixed = readFileSync(story, 'utf8');
    expect(fixed).toContain('NORTHPORT, Jan. 14 (Reuters) - The harbour');
    expect(fixed).not.toContain('VIEWIMAGE');
    expect(fixed).toContain('(Reporting by Ann Lee; Editing by Tom Roe)');
  });

  it('--fix does not lapse an entry by rewording a word beside it, so a second --fix leaves it alone too', async () => {
    const story = join(dir, 'talks.txt');
    const text = 'Talks go on\n\nMOSCOW (Reuters) - Talks will go on in Kiev, said he.\n';
    writeFileSync(story, text);
    await run(['--suppress-all', 'talks.txt'], dir);
    const ignore = join(dir, '.wirelint-ignore.json');
    const file = readIgnore(ignore);
    file.suppressions = file.suppressions.filter((e) => e.rule === 'house-vocabulary');
    expect(file.suppressions.map((e) => e.excerpt)).toEqual(['Kiev']);
    writeFileSync(ignore, JSON.stringify(file));
    for (let i = 0; i < 2; i++) {
      const r = await run(['--fix', '--report-unused-suppressions', 'talks.txt'], dir);
      expect(r.code, r.out).toBe(0);
      expect(readFileSync(story, 'utf8')).toContain('in Kiev, said he.');
    }
  });

  it('a story read from stdin is matched through --stdin-filename', async () => {
    mkdirSync(join(dir, 'desk'));
    writeFileSync(join(dir, 'desk/s.txt'), BAD);
    await run(['--suppress-all', 'desk/s.txt'], dir);
    expect((await run(['--stdin', '--stdin-filename', 'desk/s.txt'], dir, BAD)).out).toMatch(ALL_SUPPRESSED);
    expect((await run(['--stdin'], dir, BAD)).out).toContain('dateline-month-format');
    expect((await run(['--stdin', '--stdin-filename', 'desk/other.txt'], dir, BAD)).out).toContain(
      'dateline-month-format',
    );
  });

  it('a broken ignore file is an error naming the file and the entry, exit 2, before --fix writes', async () => {
    writeFileSync(join(dir, 'bad.txt'), BAD);
    writeFileSync(
      join(dir, '.wirelint-ignore.json'),
      JSON.stringify({ version: 1, suppressions: [{ file: 'bad.txt', rule: 'quote-balance' }] }),
    );
    const r = await run(['--fix', 'bad.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('wirelint: ignore file error');
    expect(r.err).toMatch(/\.wirelint-ignore\.json: "suppressions\[0\]\.fingerprint": is missing \(entry 0\)/);
    expect(readFileSync(join(dir, 'bad.txt'), 'utf8')).toBe(BAD);
    writeFileSync(join(dir, '.wirelint-ignore.json'), '{"version": 1, "suppressions": [');
    const j = await run(['bad.txt'], dir);
    expect(j.code).toBe(2);
    expect(j.err).toMatch(/\.wirelint-ignore\.json: is not valid JSON/);
    // --suppress-all never overwrites a broken file.
    const s = await run(['--suppress-all', 'bad.txt'], dir);
    expect(s.code).toBe(2);
    expect(readFileSync(join(dir, '.wirelint-ignore.json'), 'utf8')).toBe('{"version": 1, "suppressions": [');
  });
});

describe('--report-unused-suppressions', () => {
  it('lists lapsed entries for the stories checked and exits 1; none: exit 0', async () => {
    const story = join(dir, 'bad.txt');
    writeFileSync(story, BAD);
    writeFileSync(join(dir, 'other.txt'), BAD);
    await run(['--suppress-all', 'bad.txt', 'other.txt'], dir);
    expect(await run(['--report-unused-suppressions', 'bad.txt'], dir)).toEqual({
      code: 0,
      out: expect.stringMatching(ALL_SUPPRESSED),
      err: '',
    });
    writeFileSync(story, BAD.replace('\n\nVIEWIMAGE\n', '\n'));
    const r = await run(['--report-unused-suppressions', 'bad.txt'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('.wirelint-ignore.json (1 unused suppression)');
    expect(r.out).toMatch(
      /unused {2}bad\.txt: trailing-text "VIEWIMAGE" no longer matches \(suppressed by desk-editor on \d{4}-\d\d-\d\d: existing copy, suppressed in bulk\)/,
    );
    expect(r.out).toContain('✖ 1 unused suppression');
    // Without the flag the lapsed entry is not mentioned and the run passes.
    expect(await run(['bad.txt'], dir)).toEqual({ code: 0, out: expect.stringMatching(ALL_SUPPRESSED), err: '' });
    // Only the stories checked: other.txt's entries are not looked at when it is not named.
    const json = JSON.parse((await run(['--report-unused-suppressions', '--format', 'json', 'bad.txt'], dir)).out);
    expect(json[0].unusedSuppressions).toEqual([
      expect.objectContaining({
        ignoreFile: join(dir, '.wirelint-ignore.json'),
        file: 'bad.txt',
        rule: 'trailing-text',
      }),
    ]);
    const gh = await run(['--report-unused-suppressions', '--format', 'github', 'bad.txt'], dir);
    expect(gh.out).toMatch(
      /^::error file=\.wirelint-ignore\.json,title=wirelint\(unused suppression\)::bad\.txt: trailing-text/m,
    );
  });

  it('an entry for a rule turned off is not reported as unused', async () => {
    writeFileSync(join(dir, 'bad.txt'), BAD);
    await run(['--suppress-all', 'bad.txt'], dir);
    const r = await run(['--report-unused-suppressions', '--rule', 'trailing-text:off', 'bad.txt'], dir);
    expect(r).toEqual({ code: 0, out: expect.stringMatching(ALL_SUPPRESSED), err: '' });
  });

  it('sarif marks suppressed results and lists unused entries, and still validates against SARIF 2.1.0', async () => {
    const story = join(dir, 'bad.txt');
    writeFileSync(story, BAD);
    await run(['--suppress-all', 'bad.txt'], dir);
    writeFileSync(story, BAD.replace('\n\nVIEWIMAGE\n', '\n'));
    const r = await run(['--report-unused-suppressions', '--format', 'sarif', 'bad.txt'], dir);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a parsed SARIF document
    const log = JSON.parse(r.out) as { runs: Array<{ results: Array<Record<string, any>>; invocations: any[] }> };
    const schema = JSON.parse(
      readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
    );
    const ajv = new Ajv04({ strictRequired: false, unicodeRegExp: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    validate(log);
    expect(validate.errors ?? []).toEqual([]);
    const results = log.runs[0]!.results;
    expect(results.length).toBeGreaterThan(2);
    for (const res of results) {
      expect(res.suppressions).toEqual([
        expect.objectContaining({ kind: 'external', justification: 'existing copy, suppressed in bulk' }),
      ]);
    }
    const notes = log.runs[0]!.invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(1);
    expect(notes[0].message.text).toMatch(/trailing-text "VIEWIMAGE" no longer matches/);
    expect(notes[0].locations[0].physicalLocation.artifactLocation.uri).toBe('.wirelint-ignore.json');
  });
});

describe('help', () => {
  it('documents the flags', async () => {
    const h = (await run(['--help'], dir)).out;
    for (const flag of ['--suppress-all', '--suppress-reason', '--report-unused-suppressions', '.wirelint-ignore.json'])
      expect(h).toContain(flag);
    writeFileSync(join(dir, 'good.txt'), GOOD);
    expect(await run(['--report-unused-suppressions', 'good.txt'], dir)).toEqual({
      code: 0,
      out: '',
      err: '',
    });
  });
});
