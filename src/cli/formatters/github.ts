import { describeUnused, locate, shownPath, unusedSuppressions, type Formatter } from './common';

const escData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string): string => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Workflow commands: one annotation per finding. */
export const github: Formatter = (results, { cwd }) => {
  const out: string[] = [];
  for (const r of results) {
    for (const f of locate(r)) {
      const cmd = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
      const props = [
        `file=${escProp(r.displayPath)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escProp(`wirelint(${f.ruleId})`)}`,
      ];
      out.push(`::${cmd} ${props.join(',')}::${escData(f.message)}`);
    }
  }
  for (const u of unusedSuppressions(results)) {
    const props = [`file=${escProp(shownPath(u.ignoreFile, cwd))}`, `title=${escProp('wirelint(unused suppression)')}`];
    out.push(`::error ${props.join(',')}::${escData(`${u.result.displayPath}: ${describeUnused(u.entry)}`)}`);
  }
  return out.length ? `${out.join('\n')}\n` : '';
};
