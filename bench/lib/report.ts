/** The results: one row per measure with its target, printed as a table and written as JSON and Markdown. */

export interface Measure {
  /** Key in results.json. */
  key: string;
  label: string;
  value: number | null;
  unit: string;
  /** The target in words, e.g. "≥ 25"; undefined when the measure has none. */
  target?: string;
  met: boolean | null;
  /** Why the value is missing, or how it was reached. */
  note?: string;
}

export function target(
  op: '>=' | '<=' | '<',
  limit: number,
  suffix = '',
): { target: string; test: (v: number) => boolean } {
  const sym = op === '>=' ? '≥' : op === '<=' ? '≤' : '<';
  return {
    target: `${sym} ${limit.toLocaleString('en-US')}${suffix}`,
    test: (v) => (op === '>=' ? v >= limit : op === '<=' ? v <= limit : v < limit),
  };
}

export function measure(
  key: string,
  label: string,
  value: number | null,
  unit: string,
  goal?: { target: string; test: (v: number) => boolean },
  note?: string,
): Measure {
  const met = goal && value !== null && Number.isFinite(value) ? goal.test(value) : goal ? false : null;
  return { key, label, value, unit, target: goal?.target, met, note };
}

export function formatValue(v: number | null, unit: string): string {
  if (v === null || !Number.isFinite(v)) return 'n/a';
  if (unit === 'bytes') return `${v.toLocaleString('en-US')} B (${(v / 1024).toFixed(1)} KiB)`;
  const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : Math.abs(v) >= 1 ? 2 : 3;
  return `${v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`.trim();
}

const metText = (m: Measure): string => (m.met === null ? '—' : m.met ? 'yes' : 'NO');

function rows(measures: readonly Measure[]): string[][] {
  return measures.map((m) => [m.label, formatValue(m.value, m.unit), m.target ?? '—', metText(m)]);
}

const HEAD = ['Measure', 'Value', 'Target', 'Met'];

export function textTable(measures: readonly Measure[]): string {
  const all = [HEAD, ...rows(measures)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows(measures).map(line)].join('\n');
}

export function markdownTable(measures: readonly Measure[]): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  return [
    `| ${HEAD.join(' | ')} |`,
    `| ${HEAD.map(() => '---').join(' | ')} |`,
    ...rows(measures).map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

/** Round for the JSON file: enough digits to be useful, none of the noise. */
export function round(v: number | null, digits = 3): number | null {
  if (v === null || !Number.isFinite(v)) return null;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
