import type { Finding } from '../../core/types';
import type { FileResult } from '../types';

export interface Located extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function locate(r: FileResult): Located[] {
  return r.findings.map((f) => {
    const s = r.lines.positionAt(f.start);
    const e = r.lines.positionAt(f.end);
    return { ...f, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  });
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
