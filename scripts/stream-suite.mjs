// Runs one editor test suite as a child process and passes its output on line by line as it comes (a suite runs
// for minutes; holding its output until it ends leaves the terminal silent), while picking out the suite's
// summary line `Label: N passed, N failed[, N skipped]`.
import { spawn } from 'node:child_process';

/**
 * Runs `node <script> [...args]`; each line of its standard output goes to `onLine` as soon as it is complete, and
 * its standard error goes straight to ours. Resolves with the summary's counts (undefined when the suite printed
 * none) and how the process ended.
 * @param {string} label
 * @param {string} script
 * @param {{ args?: string[], env?: NodeJS.ProcessEnv, onLine?: (line: string) => void }} [options]
 * @returns {Promise<{ summary?: { passed: number, failed: number, skipped: number }, status: number | null,
 *   signal: NodeJS.Signals | null }>}
 */
export function streamSuite(label, script, { args = [], env = process.env, onLine = (l) => console.log(l) } = {}) {
  const pattern = new RegExp(`^${label}: (\\d+) passed, (\\d+) failed(?:, (\\d+) skipped)?$`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let summary;
    let rest = '';
    const line = (l) => {
      const text = l.endsWith('\r') ? l.slice(0, -1) : l;
      onLine(text);
      const m = pattern.exec(text);
      if (m) summary = { passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3] ?? 0) };
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const l of lines) line(l);
    });
    child.on('error', (err) => {
      onLine(`could not start ${script}: ${err.message}`);
      resolve({ summary: undefined, status: 1, signal: null });
    });
    child.on('close', (status, signal) => {
      if (rest) line(rest);
      resolve({ summary, status, signal });
    });
  });
}
