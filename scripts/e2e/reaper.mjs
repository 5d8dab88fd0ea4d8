// Started (detached) by createRun() in code-server.mjs: waits for the test process to end, then ends every
// process tagged with the run folder and removes the folder. This covers a test process killed with SIGKILL
// (a CI time-out, an OOM kill), which can run no cleanup of its own. It exits as soon as the folder is gone.
// Usage: node reaper.mjs <parent pid> <parent start time> <run folder> <keep: 0|1>
import { existsSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive, killTaggedSync } from './procs.mjs';

const [parentPid, parentStart, dir, keep] = process.argv.slice(2);
const parent = `${parentPid}:${parentStart}`;

while (isAlive(parent) && existsSync(dir)) await sleep(1000);
if (existsSync(dir)) {
  killTaggedSync(dir, 3000);
  if (keep !== '1') rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
