import { describeUnused, locate, shownPath, type Formatter } from './common';

const escData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string): string => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Workflow commands: one annotation per finding. */
export const github: Formatter = ({ cwd }) => ({
  begin: () => '',
  file(r) {
    let out = '';
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
      out += `::${cmd} ${props.join(',')}::${escData(f.message)}\n`;
    }
    return out;
  },
  end(summary) {
    let out = '';
    for (const u of summary.unused) {
      const props = [
        `file=${escProp(shownPath(u.ignoreFile, cwd))}`,
        `title=${escProp('wirelint(unused suppression)')}`,
      ];
      out += `::error ${props.join(',')}::${escData(`${u.displayPath}: ${describeUnused(u.entry)}`)}\n`;
    }
    return out;
  },
});
