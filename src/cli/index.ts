/** Process entry for the `wirelint` command, and for its worker threads on large runs. */
import '../platform/re2-node';
import { checkFile, type FileTask } from './check';
import { main } from './main';
import { isPoolWorker, serveTasks } from './pool';

function readStdin(): Promise<Uint8Array> {
  return new Promise((resolveBytes, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolveBytes(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

if (isPoolWorker()) serveTasks((tasks: FileTask[]) => Promise.all(tasks.map((t) => checkFile(t))));
else run();

function run(): void {
  // A closed pipe (wirelint … | head) is not an error.
  for (const s of [process.stdout, process.stderr]) {
    s.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }

  main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin,
    workerScript: __filename,
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(
        `wirelint: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exitCode = 2;
    },
  );
}
