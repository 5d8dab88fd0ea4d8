// Process bookkeeping for the editor tests, from /proc (Linux). Every process a test run starts (code-server
// and all it forks, chromium and its helpers) carries WIRELINT_E2E_RUN=<run folder> in its environment, so the
// whole run can be found and ended even when its parent died without cleaning up.
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export const TAG_VAR = 'WIRELINT_E2E_RUN';

/** One process's { pid, ppid, pgid, start }, or undefined when it is gone or a zombie (dead, not yet reaped). */
export function procStat(pid) {
  let stat;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // After "pid (comm) ": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
  // cutime cstime priority nice threads itrealvalue starttime ...
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (f[0] === 'Z' || f[0] === 'X') return undefined;
  return { pid, ppid: Number(f[1]), pgid: Number(f[2]), start: f[19] };
}

function processTable() {
  const rows = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const row = procStat(Number(name));
    if (row) rows.push(row);
  }
  return rows;
}

/** A process's identity as "pid:starttime": a pid reused later by an unrelated process has another key. */
export const keyOf = (row) => `${row.pid}:${row.start}`;

/** Whether the process behind a key still runs. */
export function isAlive(key) {
  const [pid, start] = key.split(':');
  return procStat(Number(pid))?.start === start;
}

/** The processes in group `pid` plus every descendant of `pid` (even one that left the group), as keys. */
export function processTree(pid) {
  const table = processTable();
  const found = new Map(table.filter((r) => r.pgid === pid || r.pid === pid).map((r) => [r.pid, r]));
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of table)
      if (!found.has(r.pid) && found.has(r.ppid)) {
        found.set(r.pid, r);
        grew = true;
      }
  }
  return [...found.values()].map(keyOf);
}

/**
 * Keys of every process of a run: those whose environment has WIRELINT_E2E_RUN=<tag>, the process groups that
 * such a process leads (chromium's zygote children get a cleaned environment but stay in its group), and all
 * their descendants. `groups` collects the group ids seen, so a group whose leader died is still found later.
 * A group is only counted when a tagged process leads it: never the group of the test process or its shell.
 */
export function runProcesses(tag, groups = new Set()) {
  const needle = `${TAG_VAR}=${tag}`;
  const table = processTable();
  const found = new Map();
  for (const r of table) {
    if (r.pid === process.pid) continue;
    try {
      if (!readFileSync(`/proc/${r.pid}/environ`, 'latin1').split('\0').includes(needle)) continue;
    } catch {
      continue; // gone, or not ours to read
    }
    found.set(r.pid, r);
    if (r.pgid === r.pid) groups.add(r.pid);
  }
  for (const r of table) if (groups.has(r.pgid) && r.pid !== process.pid) found.set(r.pid, r);
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of table)
      if (!found.has(r.pid) && found.has(r.ppid) && r.pid !== process.pid) {
        found.set(r.pid, r);
        grew = true;
      }
  }
  return [...found.values()].map(keyOf);
}

export function signal(keys, sig) {
  for (const key of keys) {
    if (!isAlive(key)) continue;
    try {
      process.kill(Number(key.split(':')[0]), sig);
    } catch {
      // already gone
    }
  }
}

/** SIGTERM to group `pid` and its tree, SIGKILL after `graceMs`; resolves once none of them is left. */
export async function killTree(pid, graceMs = 5000) {
  let keys = processTree(pid);
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // no such group
  }
  signal(keys, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    keys = [...new Set([...keys, ...processTree(pid)])].filter(isAlive);
    if (keys.length === 0) return;
    await sleep(100);
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // no such group
  }
  signal(keys, 'SIGKILL');
  for (let i = 0; i < 50 && keys.some(isAlive); i++) await sleep(100);
  const left = keys.filter(isAlive);
  if (left.length) throw new Error(`processes ${left.map((k) => k.split(':')[0]).join(', ')} would not die`);
}

const sleepSync = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Synchronously ends every process tagged `tag`: SIGTERM, then SIGKILL after `graceMs` (usable in an exit
 * handler). Returns the keys still alive afterwards (normally none).
 */
export function killTaggedSync(tag, graceMs = 2000) {
  const groups = new Set();
  let keys = runProcesses(tag, groups);
  if (keys.length === 0) return [];
  signal(keys, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && keys.some(isAlive)) {
    sleepSync(50);
    keys = [...new Set([...keys, ...runProcesses(tag, groups)])];
  }
  keys = [...new Set([...keys, ...runProcesses(tag, groups)])].filter(isAlive);
  signal(keys, 'SIGKILL');
  for (let i = 0; i < 40 && keys.some(isAlive); i++) sleepSync(50);
  return keys.filter(isAlive);
}
