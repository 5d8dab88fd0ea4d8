/**
 * Child process of the benchmark (bundled by esbuild and run with plain node): read one file and lint it as ONE text
 * with every rule on, then print the process's peak resident set size. A fresh process, so the parent's heap does not
 * count.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { lint } from '../../src/core/lint';
import { allRulesOn } from './config';

const file = process.argv[2];
if (!file) throw new Error('usage: rss-child <file>');
const config = allRulesOn();
const startRssKB = process.resourceUsage().maxRSS;
const text = readFileSync(file, 'utf8');
const loadedRssKB = process.resourceUsage().maxRSS;
const t0 = performance.now();
const result = lint(text, config);
const ms = performance.now() - t0;
const maxRssKB = process.resourceUsage().maxRSS;
process.stdout.write(
  `${JSON.stringify({ startRssKB, loadedRssKB, maxRssKB, ms, findings: result.findings.length, chars: text.length })}\n`,
);
