import type { FileResult } from '../types';
import { count, locate, type Formatter, type Located } from './common';

/** ESLint's JSON formatter shape, plus `level` on each message (ESLint has no info level). */
export const json: Formatter = () => {
  let written = 0;
  const entryFor = (r: FileResult): Record<string, unknown> => {
    const c = count(r.findings);
    const message = (f: Located): Record<string, unknown> => {
      const m: Record<string, unknown> = {
        ruleId: f.ruleId,
        severity: f.severity === 'error' ? 2 : 1,
        level: f.severity,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
      };
      if (f.fix) m.fix = { range: f.fix.range, text: f.fix.text };
      if (f.suggestions) m.suggestions = f.suggestions.map((s) => ({ desc: s.desc, fix: s.fix }));
      return m;
    };
    const messages = locate(r).map(message);
    // ESLint's shape for suppressed messages: the message plus how it was suppressed.
    const suppressed = r.suppressed ?? [];
    const suppressedMessages = locate(
      r,
      suppressed.map((s) => s.finding),
    ).map((f, i) => ({
      ...message(f),
      suppressions: [{ kind: 'external', justification: suppressed[i]!.entry.why }],
    }));
    const entry: Record<string, unknown> = {
      filePath: r.filePath,
      messages,
      suppressedMessages,
      errorCount: c.errors,
      fatalErrorCount: 0,
      // ESLint counts every severity-1 message as a warning; infoCount says how many of them are info.
      warningCount: c.warnings + c.infos,
      infoCount: c.infos,
      fixableErrorCount: c.fixableErrors,
      fixableWarningCount: c.fixableWarnings + c.fixableInfos,
      profile: r.profile,
    };
    if (r.unusedSuppressions) {
      entry.unusedSuppressions = r.unusedSuppressions.map((e) => ({ ignoreFile: r.ignoreFile, ...e }));
    }
    if (r.output !== undefined) entry.output = r.output;
    else if (messages.length) entry.source = r.source;
    return entry;
  };
  // One JSON array, written an element at a time.
  return {
    begin: () => '',
    file: (r) => `${written++ === 0 ? '[' : ','}${JSON.stringify(entryFor(r))}`,
    end: () => `${written === 0 ? '[' : ''}]\n`,
  };
};
