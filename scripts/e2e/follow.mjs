// Follows a file another process appends lines to (the extension-host suite's results file), so its lines can be
// passed on while the suite runs rather than once it has ended.
import { Buffer } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { clearInterval, setInterval } from 'node:timers';
import { TextDecoder } from 'node:util';

/**
 * Calls `onLine` with each complete line appended to `file` (read every `intervalMs`; a missing file is waited
 * for). `stop()` reads what is left, passes on a last unfinished line too, and stops.
 * @param {string} file
 * @param {(line: string) => void} onLine
 * @param {{ intervalMs?: number }} [options]
 * @returns {{ stop(): void }}
 */
export function followLines(file, onLine, { intervalMs = 200 } = {}) {
  let offset = 0;
  let rest = '';
  const decoder = new TextDecoder('utf-8');
  const read = () => {
    let fd;
    try {
      fd = openSync(file, 'r');
    } catch {
      return; // not written yet
    }
    try {
      const size = fstatSync(fd).size;
      const buf = Buffer.alloc(64 * 1024);
      while (offset < size) {
        const n = readSync(fd, buf, 0, Math.min(buf.length, size - offset), offset);
        if (n <= 0) break;
        offset += n;
        // A character split between two reads is decoded once both halves are in.
        const lines = (rest + decoder.decode(buf.subarray(0, n), { stream: true })).split('\n');
        rest = lines.pop() ?? '';
        for (const l of lines) onLine(l);
      }
    } finally {
      closeSync(fd);
    }
  };
  const timer = setInterval(read, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      read();
      rest += decoder.decode();
      if (rest) onLine(rest);
      rest = '';
    },
  };
}
