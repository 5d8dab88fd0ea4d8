// A child process for the concurrency test: adds `count` distinct suppressions to the ignore file at `path`, one
// write at a time, through the command line's store (the same code the wirelint command uses).
// Usage: node suppression-writer.cjs <path> <prefix> <count>
import { add } from '../../src/cli/suppression-store';

async function writeAll(): Promise<void> {
  const [path, prefix, count] = process.argv.slice(2);
  if (!path || !prefix || !count) throw new Error('usage: suppression-writer <path> <prefix> <count>');
  for (let i = 0; i < Number(count); i++) {
    await add(path, [
      {
        file: `${prefix}/story-${String(i).padStart(4, '0')}.txt`,
        rule: 'dateline-month-format',
        fingerprint: (i * 2654435761 + prefix.length).toString(16).padStart(16, '0').slice(-16),
        excerpt: 'Jan.',
        who: prefix,
        when: new Date().toISOString(),
        why: `writer ${prefix}, entry ${i}`,
      },
    ]);
  }
}

writeAll().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
