import { PROFILES } from '../../core/profiles';
import { describeUnused, locate, shownPath, type Formatter, type UnusedRecord } from './common';

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

export const stylish: Formatter = ({ color, cwd }) => {
  const paint = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return {
    begin: () => '',
    file(r) {
      if (r.findings.length === 0) return '';
      const rows = locate(r);
      const out = ['', `${paint('4', r.displayPath)} ${paint('2', `(${PROFILES[r.profile].name})`)}`];
      const pos = rows.map((f) => `${f.line}:${f.column}`);
      // A loop, not Math.max(...): a story with a hundred thousand findings would overflow the call stack.
      let w = 0;
      for (const p of pos) if (p.length > w) w = p.length;
      rows.forEach((f, i) => {
        const sev =
          f.severity === 'error'
            ? paint('31', 'error  ')
            : f.severity === 'warning'
              ? paint('33', 'warning')
              : paint('36', 'info   ');
        out.push(`  ${paint('2', pos[i]!.padEnd(w))}  ${sev}  ${f.message}  ${paint('2', f.ruleId)}`);
      });
      return `${out.join('\n')}\n`;
    },
    end(total) {
      const out: string[] = [];
      const unused = total.unused;
      if (unused.length) {
        const byIgnoreFile = new Map<string, UnusedRecord[]>();
        for (const u of unused) {
          const list = byIgnoreFile.get(u.ignoreFile);
          if (list) list.push(u);
          else byIgnoreFile.set(u.ignoreFile, [u]);
        }
        for (const [file, list] of byIgnoreFile) {
          out.push(
            '',
            `${paint('4', shownPath(file, cwd))} ${paint('2', `(${plural(list.length, 'unused suppression')})`)}`,
          );
          for (const u of list)
            out.push(
              `  ${paint('33', 'unused')}  ${u.displayPath}: ${describeUnused(u.entry)}  ${paint('2', u.entry.fingerprint)}`,
            );
        }
      }
      const n = total.errors + total.warnings + total.infos;
      if (n === 0 && unused.length === 0) {
        // Silence means clean; but when the ignore file hid findings, say so.
        return total.suppressed ? `${paint('2', `No problems (${total.suppressed} suppressed).`)}\n` : '';
      }
      if (n > 0)
        out.push(
          '',
          paint(
            total.errors ? '31;1' : '33;1',
            `✖ ${plural(n, 'problem')} (${plural(total.errors, 'error')}, ${plural(total.warnings, 'warning')}, ${total.infos} info${total.suppressed ? `; ${total.suppressed} suppressed` : ''})`,
          ),
        );
      if (total.fixable) out.push(`  ${plural(total.fixable, 'problem')} can be fixed with --fix.`);
      if (total.fixableInfos)
        out.push(
          `  ${plural(total.fixableInfos, 'info-level problem')} can be fixed with --fix --fix-severity info (check them first).`,
        );
      if (unused.length)
        out.push(
          '',
          paint(
            '33;1',
            `✖ ${plural(unused.length, 'unused suppression')}: the flagged text changed or the problem is gone; delete ${unused.length === 1 ? 'it' : 'them'} from the ignore file.`,
          ),
        );
      return `${out.join('\n')}\n`;
    },
  };
};
