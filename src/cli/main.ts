/**
 * The `wirelint` command: argv → files → core → formatter → exit code.
 * Exit 0: nothing at error level (and warnings within --max-warnings); 1: errors or too many warnings, or unused
 * suppressions with --report-unused-suppressions; 2: bad usage, a broken config or ignore file, a path that
 * could not be read, a folder or glob with no story in it (unless --allow-no-stories), or a fixed story that was
 * not written.
 */
import { dirname, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import {
  ConfigFileError,
  formatConfigError,
  mergeConfigs,
  parseSeverity,
  type RuleSetting,
  type WirelintConfig,
} from '../core/config';
import { PROFILE_IDS } from '../core/profiles';
import { RULES, RULES_BY_ID } from '../core/rules/index';
import { DEFAULT_FIX_SEVERITY, type FixType } from '../core/lint';
import type { ProfileSetting, Severity } from '../core/types';
import { LockTimeoutError } from '../core/suppression-store';
import { SuppressionFileError, formatSuppressionError } from '../core/suppressions';
import { checkFile, checkText, toResult, type FileOutcome, type FileTask } from './check';
import { ConfigLoader } from './config-loader';
import { MAX_FILE_BYTES, decodeStory, expandArgs, storyFromText } from './files';
import { addToSummary, emptySummary, shownPath } from './formatters/common';
import { FORMATTERS } from './formatters/index';
import { version } from './package-info';
import { IgnoreLoader, currentUser } from './suppression-store';
import { WorkerPool } from './pool';
import { Progress } from './progress';
import { DEFAULT_SUPPRESS_REASON, storyEntries, suppressAll } from './suppressions';
import type { FileResult, Io } from './types';

export const HELP = `Usage: wirelint [options] [files, folders or globs]

Checks wire stories for house-style problems: datelines, quote attribution and credit lines.
Folders and globs take .txt, .wire and .story files (a .txt only when it opens with an agency dateline).

Options:
  --fix                     Apply safe format fixes (dash, capitals, month form, parentheses, trailing text)
  --fix-type <types>        Which fixes --fix applies: format (default), wording (the first suggestion of each
                            finding: a loaded verb, a tense, a word from a list), or format,wording
  --fix-severity <level>    The lowest severity --fix fixes: warning (default: warnings and errors), error, or
                            info (info-level findings too, which are otherwise left for a person to judge);
                            with --fix-type wording the default is info
  --profile <name>          auto (from the dateline's agency tag), ${PROFILE_IDS.filter((p) => p !== 'neutral').join(', ')} or neutral
  --rule <id:severity>      Set a rule's severity (error, warning, info, off); repeatable
  --format <name>           stylish (default), json, sarif or github
  --max-warnings <n>        Exit 1 when there are more than n warnings
  --quiet                   Report errors only
  --stdin                   Read one story from standard input
  --stdin-filename <path>   Name (and config folder) for the story read from standard input
  --suppress-all            Record every current finding in .wirelint-ignore.json so it is no longer reported
  --suppress-reason <text>  The reason recorded with --suppress-all (default "${DEFAULT_SUPPRESS_REASON}")
  --report-unused-suppressions
                            List entries in .wirelint-ignore.json for these stories that match nothing now
                            (the flagged text changed or the problem is gone); exit 1 when there are any
  --allow-no-stories        A folder or glob with no wire story in it is not an error (exit 0, not 2)
  --list-rules              List the rules with their default severity and profiles
  --version                 Print the version
  --help                    Print this help

With --stdin --fix the fixed story is written to standard output and the report to standard error.

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings, or unused suppressions with
--report-unused-suppressions), 2 bad usage, config, ignore file or path, a folder or glob with no story, or a
fixed story not written (read-only, changed while it was checked, or not a regular file).
Configuration: a .wirelintrc.json in the story's folder or any folder above it ({"profile": "...", "rules": {...}}).
Suppressions: the nearest .wirelint-ignore.json walking up from the story's folder (--suppress-all creates one in
the story's folder when there is none); who is WIRELINT_USER, else the OS user.
`;

class UsageError extends Error {}

interface Options {
  fix: boolean;
  fixTypes: FixType[];
  fixSeverity: Severity;
  profile?: ProfileSetting;
  rules: Record<string, RuleSetting>;
  format: string;
  maxWarnings: number;
  quiet: boolean;
  stdin: boolean;
  stdinFilename?: string;
  suppressAll: boolean;
  suppressReason: string;
  reportUnused: boolean;
  allowNoStories: boolean;
  listRules: boolean;
  version: boolean;
  help: boolean;
  patterns: string[];
}

function parse(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        fix: { type: 'boolean', default: false },
        'fix-type': { type: 'string' },
        'fix-severity': { type: 'string' },
        profile: { type: 'string' },
        rule: { type: 'string', multiple: true, default: [] },
        format: { type: 'string', short: 'f', default: 'stylish' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        'suppress-all': { type: 'boolean', default: false },
        'suppress-reason': { type: 'string' },
        'report-unused-suppressions': { type: 'boolean', default: false },
        'allow-no-stories': { type: 'boolean', default: false },
        'list-rules': { type: 'boolean', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/, '.'));
  }
  const v = parsed.values;
  const profile = v.profile;
  if (profile !== undefined && profile !== 'auto' && !(PROFILE_IDS as string[]).includes(profile)) {
    throw new UsageError(`Unknown profile "${profile}". Use auto, ${PROFILE_IDS.join(', ')}.`);
  }
  if (!FORMATTERS[v.format as string]) {
    throw new UsageError(`Unknown format "${v.format}". Use ${Object.keys(FORMATTERS).join(', ')}.`);
  }
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    const s = v['max-warnings'] as string;
    if (!/^\d+$/.test(s)) throw new UsageError(`--max-warnings takes a whole number, not "${s}".`);
    maxWarnings = Number(s);
  }
  const rules: Record<string, RuleSetting> = {};
  for (const r of v.rule as string[]) {
    const m = /^([a-z0-9-]+):(\w+)$/.exec(r.trim());
    if (!m) throw new UsageError(`--rule takes id:severity, for example quote-balance:off (got "${r}").`);
    if (!RULES_BY_ID.has(m[1]!)) throw new UsageError(`Unknown rule "${m[1]}". Run wirelint --list-rules.`);
    // On the command line everything is a string: 2 is typed as "2".
    const severity = parseSeverity(/^\d$/.test(m[2]!) ? Number(m[2]) : m[2]);
    if (!severity) throw new UsageError(`Unknown severity "${m[2]}" for ${m[1]}. Use error, warning, info or off.`);
    rules[m[1]!] = severity;
  }
  let fixTypes: FixType[] = ['format'];
  if (v['fix-type'] !== undefined) {
    if (!v.fix) throw new UsageError('--fix-type goes with --fix.');
    const types = (v['fix-type'] as string).split(',').map((t) => t.trim());
    for (const t of types) {
      if (t !== 'format' && t !== 'wording') {
        throw new UsageError(`Unknown fix type "${t}". Use format, wording or format,wording.`);
      }
    }
    fixTypes = [...new Set(types as FixType[])];
  }
  // Wording fixes are asked for by name and reviewed as a diff, so they come at every severity (as in the editor's
  // review); the format fixes of a plain --fix stop at warnings.
  let fixSeverity: Severity = fixTypes.includes('wording') ? 'info' : DEFAULT_FIX_SEVERITY;
  if (v['fix-severity'] !== undefined) {
    if (!v.fix) throw new UsageError('--fix-severity goes with --fix.');
    const level = (v['fix-severity'] as string).trim();
    const named = level === 'warn' ? 'warning' : level;
    if (named !== 'error' && named !== 'warning' && named !== 'info') {
      throw new UsageError(`Unknown severity "${level}" for --fix-severity. Use error, warning or info.`);
    }
    fixSeverity = named;
  }
  if (v['stdin-filename'] !== undefined && !v.stdin) throw new UsageError('--stdin-filename goes with --stdin.');
  if (v.stdin && parsed.positionals.length) throw new UsageError('Give either --stdin or files, not both.');
  if (v['suppress-reason'] !== undefined && !v['suppress-all'])
    throw new UsageError('--suppress-reason goes with --suppress-all.');
  if (v['suppress-all'] && v.stdin) throw new UsageError('--suppress-all takes files, not --stdin.');
  if (v['suppress-all'] && v.fix)
    throw new UsageError('Give either --fix or --suppress-all: run --fix first, then suppress what is left.');
  if (v['suppress-reason'] !== undefined && !(v['suppress-reason'] as string).trim())
    throw new UsageError('--suppress-reason needs some text.');
  return {
    fix: v.fix as boolean,
    fixTypes,
    fixSeverity,
    profile: profile as ProfileSetting | undefined,
    rules,
    format: v.format as string,
    maxWarnings,
    quiet: v.quiet as boolean,
    stdin: v.stdin as boolean,
    stdinFilename: v['stdin-filename'] as string | undefined,
    suppressAll: v['suppress-all'] as boolean,
    suppressReason: ((v['suppress-reason'] as string | undefined) ?? DEFAULT_SUPPRESS_REASON).trim(),
    reportUnused: v['report-unused-suppressions'] as boolean,
    allowNoStories: v['allow-no-stories'] as boolean,
    listRules: v['list-rules'] as boolean,
    version: v.version as boolean,
    help: v.help as boolean,
    patterns: parsed.positionals,
  };
}

function listRules(): string {
  const rows = RULES.map((r) => [
    r.meta.id,
    r.meta.defaultSeverity,
    r.meta.fixable === 'safe' ? 'fix' : r.meta.fixable === 'suggestion' ? 'suggest' : '',
    r.meta.profiles === 'all' ? 'all' : r.meta.profiles.join(','),
    r.meta.description,
  ]);
  const head = ['rule', 'default', 'fix', 'profiles', 'checks'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return `${[line(head), ...rows.map(line)].join('\n')}\n`;
}

/**
 * Worker threads pay for themselves on a few hundred stories and more, when there is more than one core.
 * WIRELINT_WORKERS sets the number (0: none).
 */
function workerCount(files: number, io: Io): number {
  const forced = io.env?.WIRELINT_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 16);
  // The main thread reads the folders and writes the report; the workers check. On two cores the messages cost
  // more than a second checking thread gains (measured on 10,000 stories), so workers start from three cores.
  const cores = availableParallelism();
  return files >= 400 && cores >= 3 ? Math.min(cores - 1, 8) : 0;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let opts: Options;
  try {
    opts = parse(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`wirelint: ${err.message}\nRun wirelint --help for usage.\n`);
      return 2;
    }
    throw err;
  }
  if (opts.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  if (opts.listRules) {
    io.stdout.write(listRules());
    return 0;
  }
  if (!opts.stdin && opts.patterns.length === 0) {
    io.stderr.write(
      'wirelint: no files given. Name files, folders or globs, or use --stdin.\nRun wirelint --help for usage.\n',
    );
    return 2;
  }

  const loader = new ConfigLoader();
  const cli: WirelintConfig = { profile: opts.profile, rules: Object.keys(opts.rules).length ? opts.rules : undefined };
  // One merged config object per config file, however many folders it governs: the engine keeps its rule plan per
  // config object, and worker threads compile a config once per distinct object.
  const merged = new Map<WirelintConfig, WirelintConfig>();
  const configFor = (dir: string): WirelintConfig => {
    const own = loader.forDir(dir).config;
    let c = merged.get(own);
    if (!c) merged.set(own, (c = mergeConfigs(own, cli)));
    return c;
  };
  const ignores = new IgnoreLoader();
  let exit = 0;
  // A bad vocabulary entry is left out and said once; the other entries and rules still run, and the run exits 2.
  let entryErrorsShown = 0;
  const reportEntryErrors = (): boolean => {
    for (const e of loader.entryErrors.slice(entryErrorsShown))
      io.stderr.write(`wirelint: ${formatConfigError(e)}; this entry is left out\n`);
    entryErrorsShown = loader.entryErrors.length;
    return entryErrorsShown > 0;
  };

  // The report, written story by story in file order.
  const report = FORMATTERS[opts.format]!({ cwd: io.cwd, color: !!io.stdout.isTTY && !process.env.NO_COLOR });
  const out = opts.stdin && opts.fix ? io.stderr : io.stdout;
  const summary = emptySummary();
  let errors = 0;
  let warnings = 0;
  // The progress line of a long run, wiped before anything else reaches the terminal.
  let progress: Progress | undefined;
  const write = async (s: string): Promise<void> => {
    if (!s) return;
    progress?.clear();
    // Wait for a slow reader (a pipe) rather than pile the report up in memory.
    if (out.write(s) === false && out.once) await new Promise<void>((r) => out.once!('drain', () => r()));
  };
  const emit = async (r: FileResult): Promise<void> => {
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
    if (opts.quiet) r.findings = r.findings.filter((f) => f.severity === 'error');
    addToSummary(summary, r);
    await write(report.file(r));
  };
  let begun = false;
  const begin = async (): Promise<void> => {
    if (!begun) await write(report.begin());
    begun = true;
  };

  try {
    if (opts.stdin) {
      const raw = await io.readStdin();
      // Bytes are checked like a file's: a story that is not UTF-8 is refused, never read with replacement marks.
      const read = typeof raw === 'string' ? storyFromText(raw) : decodeStory(raw);
      if (!read.ok) {
        // A story past the size limit was not read to its end: with --fix, nothing of it goes on, and the run fails.
        const cutOff = typeof raw !== 'string' && raw.length > MAX_FILE_BYTES;
        io.stderr.write(
          `wirelint: <stdin>: ${read.reason}; skipped${cutOff && opts.fix ? ', and nothing is written to standard output' : ''}\n`,
        );
        // With --fix the story goes on down the pipe exactly as it came.
        if (opts.fix && !cutOff) io.stdout.write(raw);
        if (read.fatal || (cutOff && opts.fix)) exit = 2;
        // The report is still written (empty), as for a skipped file: a JSON or SARIF reader gets a whole one.
      } else {
        const text = read.text;
        const name = opts.stdinFilename ? resolve(io.cwd, opts.stdinFilename) : '<stdin>';
        const dir = opts.stdinFilename ? dirname(name) : io.cwd;
        // A story from standard input has suppressions only when --stdin-filename names it.
        const sup = opts.stdinFilename ? storyEntries(ignores, name) : { entries: [] };
        const stdinConfig = configFor(dir);
        if (reportEntryErrors()) exit = 2;
        const { result, messages } = checkText(text, name, opts.stdinFilename ?? '<stdin>', {
          config: stdinConfig,
          suppressions: sup,
          fix: opts.fix,
          fixTypes: opts.fixTypes,
          fixSeverity: opts.fixSeverity,
          reportUnused: opts.reportUnused,
        });
        for (const m of messages) io.stderr.write(m);
        if (opts.fix) io.stdout.write(`${read.bom ? '\ufeff' : ''}${result.output ?? text}`);
        await begin();
        await emit(result);
      }
    } else {
      const { files, found, missing, groups } = await expandArgs(opts.patterns, io.cwd);
      for (const m of missing) {
        io.stderr.write(`wirelint: ${m.arg}: ${m.reason}\n`);
        if (!(m.empty && opts.allowNoStories)) exit = 2;
      }
      // Every config and ignore file is read before any story is checked, so a broken one stops the run before
      // --fix or --suppress-all writes.
      for (const file of files) loader.forDir(dirname(file));
      for (const file of files) ignores.forDir(dirname(file));
      if (reportEntryErrors()) exit = 2;
      const taskFor = (file: string): FileTask => ({
        file,
        shown: shownPath(file, io.cwd),
        found: found.has(file),
        config: configFor(dirname(file)),
        suppressions: storyEntries(ignores, file),
        fix: opts.fix,
        fixTypes: opts.fixTypes,
        fixSeverity: opts.fixSeverity,
        reportUnused: opts.reportUnused,
      });
      const threads = workerCount(files.length, io);
      const pool =
        threads > 0 && io.workerScript
          ? new WorkerPool<FileTask[], FileOutcome[]>(io.workerScript, threads)
          : undefined;
      progress = new Progress(io.stderr, files.length);
      // --suppress-all needs every result before it writes; otherwise each story is reported as soon as it is
      // checked and then let go.
      const held: FileResult[] = [];
      // The .txt files a folder walk or glob found that do not read as stories, passed over without a word, and the
      // files that could not be checked at all (empty, binary, not UTF-8, too large), each said as it was met.
      const notStories = new Set<string>();
      const skipped = new Set<string>();
      let done = 0;
      const settle = async (outcome: FileOutcome): Promise<void> => {
        done++;
        if (outcome.kind === 'not-a-story') {
          notStories.add(outcome.file);
          return;
        }
        if (outcome.messages.length) progress?.clear();
        for (const m of outcome.messages) io.stderr.write(m);
        if (outcome.kind === 'skipped') {
          skipped.add(outcome.file);
          if (outcome.fatal) exit = 2;
          return;
        }
        if (outcome.writeFailed) exit = 2;
        const r = toResult(outcome.result);
        if (opts.suppressAll) held.push(r);
        else {
          await begin();
          await emit(r);
        }
        progress?.update(done, summary.errors + summary.warnings + summary.infos);
      };
      // Stories are checked a window at a time and reported in order. With worker threads they go out in batches,
      // so that the messages between threads cost little next to the checking.
      const batch = pool ? 32 : 1;
      const window = pool ? pool.size * 4 : 16;
      const inflight: Array<Promise<FileOutcome[]>> = [];
      const checkBatch = (tasks: FileTask[]): Promise<FileOutcome[]> =>
        pool ? pool.run(tasks) : Promise.all(tasks.map((t) => checkFile(t)));
      try {
        for (let i = 0; i < files.length; i += batch) {
          inflight.push(checkBatch(files.slice(i, i + batch).map(taskFor)));
          if (inflight.length >= window) for (const o of await inflight.shift()!) await settle(o);
        }
        while (inflight.length) for (const o of await inflight.shift()!) await settle(o);
      } finally {
        // A failed story must not leave the others running unobserved.
        await Promise.allSettled(inflight);
        await pool?.close();
        progress?.done();
      }
      // A folder or glob whose files were all passed over checked nothing: as for an empty folder, say so and fail
      // the run, so a CI job pointed at the wrong folder does not pass.
      const considered = new Set(files);
      for (const g of groups) {
        const own = g.files.filter((f) => considered.has(f));
        if (own.length === 0 || !own.every((f) => notStories.has(f) || skipped.has(f))) continue;
        const pass = opts.allowNoStories ? '' : ' (--allow-no-stories lets this pass)';
        const files = (n: number): string => `${n} ${n === 1 ? 'file' : 'files'}`;
        if (own.every((f) => notStories.has(f))) {
          io.stderr.write(
            `wirelint: ${g.arg}: ${own.length} .txt ${own.length === 1 ? 'file' : 'files'} looked at and skipped: ` +
              `${own.length === 1 ? 'it does not open' : 'none opens'} with an agency dateline such as ` +
              `"LONDON (Reuters) - ", so nothing was checked${pass}\n`,
          );
        } else {
          const n = own.filter((f) => notStories.has(f)).length;
          io.stderr.write(
            `wirelint: ${g.arg}: ${files(own.length)} looked at and none checked: ${files(own.length - n)} could ` +
              `not be read as stories (said above)${n ? ` and ${n} .txt ${n === 1 ? 'does' : 'do'} not open with an agency dateline` : ''}${pass}\n`,
          );
        }
        if (!opts.allowNoStories) exit = 2;
      }
      if (opts.suppressAll) {
        const result = await suppressAll(held, ignores, { who: currentUser(), why: opts.suppressReason });
        const where = result.files.map((f) => shownPath(f, io.cwd)).join(', ');
        io.stderr.write(
          result.findings
            ? `wirelint: suppressed ${result.findings} finding${result.findings === 1 ? '' : 's'} in ${result.stories} ${result.stories === 1 ? 'story' : 'stories'} (${where})\n`
            : 'wirelint: nothing to suppress\n',
        );
        await begin();
        for (const r of held) await emit(r);
      }
    }
  } catch (err) {
    if (err instanceof LockTimeoutError) {
      io.stderr.write(`wirelint: ${err.message}\n`);
      return 2;
    }
    if (err instanceof SuppressionFileError) {
      io.stderr.write(
        `wirelint: ignore file error\n${err.errors.map((e) => `  ${formatSuppressionError(e, err.file)}`).join('\n')}\n`,
      );
      return 2;
    }
    if (err instanceof ConfigFileError) {
      io.stderr.write(
        `wirelint: configuration error\n${err.errors.map((e) => `  ${e.file ?? ''}: ${e.key ? `"${e.key}": ` : ''}${e.message}`).join('\n')}\n`,
      );
      return 2;
    }
    throw err;
  }

  await begin();
  await write(report.end(summary));
  if (exit === 0 && errors > 0) exit = 1;
  if (exit === 0 && opts.maxWarnings >= 0 && warnings > opts.maxWarnings) {
    io.stderr.write(`wirelint: ${warnings} warnings, more than --max-warnings ${opts.maxWarnings}.\n`);
    exit = 1;
  }
  // --report-unused-suppressions is a check: lapsed entries fail the run, so CI keeps the ignore file tidy.
  if (exit === 0 && summary.unused.length) exit = 1;
  return exit;
}
