/** Process entry for the `wirelint` command, and for its worker threads on large runs. */
import '../platform/re2-node';
import { checkFile, type FileTask } from './check';
import { MAX_FILE_BYTES, readStreamAtMost } from './files';
import { main } from './main';
import { isPoolWorker, serveTasks } from './pool';

/** Standard input, read no further than the size limit plus one byte (so `--stdin </dev/zero` is refused at once). */
const readStdin = (): Promise<Uint8Array> => readStreamAtMost(process.stdin, MAX_FILE_BYTES);

/**
 * A worker gets each batch of tasks as a copy, config included. The engine keeps its rule plan and compiled house
 * vocabulary per config object, so equal configs are mapped back to the first such object the worker saw: a long
 * vocabulary is compiled once per worker, not once per batch.
 */
const configs = new Map<string, FileTask['config']>();
function sameConfig(c: FileTask['config'], inBatch: Map<object, FileTask['config']>): FileTask['config'] {
  let seen = inBatch.get(c);
  if (!seen) {
    const key = JSON.stringify(c);
    seen = configs.get(key);
    if (!seen) {
      if (configs.size >= 64) configs.clear();
      configs.set(key, (seen = c));
    }
    inBatch.set(c, seen);
  }
  return seen;
}

if (isPoolWorker()) {
  serveTasks((tasks: FileTask[]) => {
    // Within one batch, a config shared by many tasks arrives as one object: it is looked up once.
    const inBatch = new Map<object, FileTask['config']>();
    return Promise.all(tasks.map((t) => checkFile({ ...t, config: sameConfig(t.config, inBatch) })));
  });
} else run();

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
