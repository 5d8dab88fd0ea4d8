import { relative, sep } from 'node:path';
import type { SuppressionEntry } from '../../core/suppressions';
import type { Finding } from '../../core/types';
import type { FileResult } from '../types';

export interface Located extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function locate(r: FileResult, findings: readonly Finding[] = r.findings): Located[] {
  return findings.map((f) => {
    const s = r.lines.positionAt(f.start);
    const e = r.lines.positionAt(f.end);
    return { ...f, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  });
}

/** An entry of an ignore file that matched nothing in the story it names. */
export interface UnusedRecord {
  displayPath: string;
  ignoreFile: string;
  entry: SuppressionEntry;
}

/** What a report's closing lines need, gathered story by story so that no story is kept once it is written. */
export interface RunSummary {
  errors: number;
  warnings: number;
  infos: number;
  /** Errors and warnings --fix fixes. */
  fixable: number;
  /** Info-level findings with a fix, which --fix makes only with --fix-severity info. */
  fixableInfos: number;
  suppressed: number;
  unused: UnusedRecord[];
}

export function emptySummary(): RunSummary {
  return { errors: 0, warnings: 0, infos: 0, fixable: 0, fixableInfos: 0, suppressed: 0, unused: [] };
}

export function addToSummary(s: RunSummary, r: FileResult): void {
  const c = count(r.findings);
  s.errors += c.errors;
  s.warnings += c.warnings;
  s.infos += c.infos;
  s.fixable += c.fixableErrors + c.fixableWarnings;
  s.fixableInfos += c.fixableInfos;
  s.suppressed += r.suppressed?.length ?? 0;
  for (const entry of r.unusedSuppressions ?? []) {
    s.unused.push({ displayPath: r.displayPath, ignoreFile: r.ignoreFile ?? '', entry });
  }
}

/** One line about an unused suppression, for people. */
export function describeUnused(entry: SuppressionEntry): string {
  return `${entry.rule} "${entry.excerpt}" no longer matches (suppressed by ${entry.who} on ${entry.when.slice(0, 10)}: ${entry.why})`;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
  fixableInfos: number;
}

export function count(findings: readonly Finding[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0, fixableInfos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') {
      c.errors++;
      if (f.fix) c.fixableErrors++;
    } else if (f.severity === 'warning') {
      c.warnings++;
      if (f.fix) c.fixableWarnings++;
    } else {
      c.infos++;
      if (f.fix) c.fixableInfos++;
    }
  }
  return c;
}

export interface FormatContext {
  cwd: string;
  color: boolean;
}

/**
 * A report written as the run goes: `begin` once, `file` for each story in order as soon as it is checked, `end`
 * with the totals. Nothing is held back, so a run over ten thousand stories prints as it goes in flat memory.
 */
export interface ReportStream {
  begin(): string;
  file(r: FileResult): string;
  end(summary: RunSummary): string;
}

export type Formatter = (ctx: FormatContext) => ReportStream;

/** A whole report at once (for callers holding every result). */
export function formatAll(formatter: Formatter, results: readonly FileResult[], ctx: FormatContext): string {
  const stream = formatter(ctx);
  const summary = emptySummary();
  let out = stream.begin();
  for (const r of results) {
    addToSummary(summary, r);
    out += stream.file(r);
  }
  return out + stream.end(summary);
}

/** A path as people should see it: relative to the working folder (with forward slashes) when inside it. */
export function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel.split(sep).join('/') : path;
}
