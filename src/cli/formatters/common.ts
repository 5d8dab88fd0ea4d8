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

/** Unused suppressions over all results, each with the story and ignore file it belongs to. */
export function unusedSuppressions(
  results: readonly FileResult[],
): Array<{ result: FileResult; ignoreFile: string; entry: SuppressionEntry }> {
  return results.flatMap((result) =>
    (result.unusedSuppressions ?? []).map((entry) => ({ result, ignoreFile: result.ignoreFile ?? '', entry })),
  );
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

export type Formatter = (results: readonly FileResult[], ctx: { cwd: string; color: boolean }) => string;

/** A path as people should see it: relative to the working folder (with forward slashes) when inside it. */
export function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel.split(sep).join('/') : path;
}
