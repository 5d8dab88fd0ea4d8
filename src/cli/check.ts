/**
 * Checking one story file: read it, skip what is not a story, lint or fix it, honour its suppressions, write the
 * fixed text. The same function runs in the main thread and in worker threads, so its task and outcome are plain
 * data (what a worker message can carry).
 */
import type { WirelintConfig } from '../core/config';
import { looksLikeStory } from '../core/detect';
import { DEFAULT_FIX_SEVERITY, fixAll, lint, type FixType } from '../core/lint';
import { fixAllSparing, type SuppressedFinding, type SuppressionEntry } from '../core/suppressions';
import { LineIndex } from '../core/text';
import type { Finding, ProfileId, Severity } from '../core/types';
import { NotWritten, readStory, writeInPlace } from './files';
import { suppressResult } from './suppressions';
import type { FileResult } from './types';

export interface FileTask {
  file: string;
  /** The path as the user should see it. */
  shown: string;
  /** Found by a folder walk or glob: a .txt must read as a story to be checked. */
  found: boolean;
  config: WirelintConfig;
  suppressions: { ignoreFile?: string; entries: SuppressionEntry[] };
  fix: boolean;
  /** The tiers --fix applies. */
  fixTypes: FixType[];
  /** The lowest severity --fix fixes (--fix-severity). */
  fixSeverity?: Severity;
  reportUnused: boolean;
}

/** A FileResult without its line index (rebuilt where it is needed), so it can cross between threads. */
export interface CheckedFile {
  filePath: string;
  displayPath: string;
  source: string;
  findings: Finding[];
  profile: ProfileId;
  output?: string;
  ignoreFile?: string;
  suppressed?: SuppressedFinding[];
  unusedSuppressions?: SuppressionEntry[];
}

export type FileOutcome =
  | { kind: 'checked'; result: CheckedFile; messages: string[]; writeFailed: boolean }
  | { kind: 'skipped'; file: string; messages: string[]; fatal: boolean }
  | { kind: 'not-a-story'; file: string };

/** Lint (or fix) a text; the result's findings point into `output ?? source`. */
export function checkText(
  text: string,
  filePath: string,
  displayPath: string,
  task: Pick<FileTask, 'config' | 'suppressions' | 'fix' | 'fixTypes' | 'fixSeverity' | 'reportUnused'>,
): { result: FileResult; messages: string[] } {
  const { config, suppressions: sup } = task;
  const messages: string[] = [];
  let res: FileResult;
  if (task.fix) {
    const options = { types: task.fixTypes, minSeverity: task.fixSeverity ?? DEFAULT_FIX_SEVERITY };
    const fixed = sup.entries.length
      ? fixAllSparing(text, config, sup.entries, options)
      : fixAll(text, config, options);
    res = {
      filePath,
      displayPath,
      source: text,
      findings: fixed.remaining,
      lines: new LineIndex(fixed.output),
      profile: fixed.profile,
    };
    if (fixed.output !== text) res.output = fixed.output;
  } else {
    const r = lint(text, config);
    for (const e of r.internalErrors)
      messages.push(`wirelint: ${displayPath}: rule ${e.ruleId} failed: ${e.message}\n`);
    res = { filePath, displayPath, source: text, findings: r.findings, lines: r.story.lines, profile: r.profile };
  }
  suppressResult(res, res.output ?? text, config, sup, task.reportUnused);
  return { result: res, messages };
}

export async function checkFile(task: FileTask): Promise<FileOutcome> {
  const read = await readStory(task.file);
  if (!read.ok) {
    return {
      kind: 'skipped',
      file: task.file,
      messages: [`wirelint: ${task.shown}: ${read.reason}; skipped\n`],
      fatal: read.fatal,
    };
  }
  // A .txt found in a folder or by a glob is checked only when it reads as a wire story.
  if (task.found && task.file.toLowerCase().endsWith('.txt') && !looksLikeStory(read.text)) {
    return { kind: 'not-a-story', file: task.file };
  }
  const checked = checkText(read.text, task.file, task.shown, task);
  let { result } = checked;
  const { messages } = checked;
  let writeFailed = false;
  if (task.fix && result.output !== undefined) {
    const bom = read.bom ? '\ufeff' : '';
    try {
      await writeInPlace(task.file, bom + read.text, bom + result.output);
    } catch (err) {
      messages.push(
        err instanceof NotWritten
          ? `wirelint: ${task.shown}: ${err.message}\n`
          : `wirelint: ${task.shown}: could not write the fixed story (${String(err)})\n`,
      );
      writeFailed = true;
      // The story keeps its text, so the report is of the text as it stands, not of the fixes that were not written.
      result = checkText(read.text, task.file, task.shown, { ...task, fix: false }).result;
    }
  }
  return { kind: 'checked', result: toChecked(result), messages, writeFailed };
}

export function toChecked(r: FileResult): CheckedFile {
  const c: CheckedFile = {
    filePath: r.filePath,
    displayPath: r.displayPath,
    source: r.source,
    findings: r.findings,
    profile: r.profile,
  };
  if (r.output !== undefined) c.output = r.output;
  if (r.ignoreFile !== undefined) c.ignoreFile = r.ignoreFile;
  if (r.suppressed) c.suppressed = r.suppressed;
  if (r.unusedSuppressions) c.unusedSuppressions = r.unusedSuppressions;
  return c;
}

/** A FileResult again, its line index built on first use (only findings need positions). */
export function toResult(c: CheckedFile): FileResult {
  let lines: LineIndex | undefined;
  const text = c.output ?? c.source;
  return Object.defineProperty({ ...c } as FileResult, 'lines', {
    get: () => (lines ??= new LineIndex(text)),
    enumerable: true,
  });
}
