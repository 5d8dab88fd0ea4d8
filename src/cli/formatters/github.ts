import { locate, type Formatter } from './common';

const escData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string): string => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Workflow commands: one annotation per finding. */
export const github: Formatter = (results) => {
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
  return out.length ? `${out.join('\n')}\n` : '';
};
