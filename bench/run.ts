/**
 * npm run bench [-- --quick]
 *
 * Measures Wirelint in one process run, after warm-up, as medians of repeated runs: throughput of the full rule
 * set, the ratio to textlint (prh + write-good) and to one regex pass over the same bytes, re-lint after a
 * one-character edit in a 10,000-word story as the extension does it, linearity from 1 MB to 10 MB, peak memory for
 * 10 MB and extension activation (fresh child processes), and the production bundle sizes. Writes
 * bench/results.json and bench/results.md and prints the table.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType, arch } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import type { WirelintConfig } from '../src/core/config';
import type * as LinterModule from './lib/editor-linter';
import type * as EngineModule from './lib/engine';
import { allRulesOn } from './lib/config';
import { backToBack, loadStories, oneParagraph, tenThousandWordStory } from './lib/inputs';
import { type Measure, markdownTable, measure, round, target, textTable } from './lib/report';
import {
  collectGarbage,
  gcAvailable,
  median,
  pausesWithin,
  percentile,
  recordGcPauses,
  timeBlocks,
  utf8Bytes,
} from './lib/stats';
import { createTextlint } from './lib/textlint';
import { installVscodeStub } from './lib/vscode-stub';

const ROOT = resolve(__dirname, '..');
const QUICK = process.argv.includes('--quick');
const MB = 1e6;

/** Repeats per phase. Quick: fewer repeats and textlint on every 8th story. */
const PLAN = QUICK
  ? {
      throughput: { blocks: 3, perBlock: 5, warmRuns: 2, warmMs: 300 },
      textlint: { blocks: 2, perBlock: 2, warmRuns: 1, warmMs: 300, every: 8 },
      relint: { warmup: 30, edits: 150 },
      linear1: { blocks: 3, perBlock: 3, warmRuns: 2, warmMs: 300 },
      linear10: { blocks: 3, perBlock: 1, warmRuns: 1, warmMs: 300 },
      rssRuns: 1,
      activation: { warmup: 1, runs: 7 },
    }
  : {
      throughput: { blocks: 5, perBlock: 5, warmRuns: 3, warmMs: 500 },
      textlint: { blocks: 3, perBlock: 2, warmRuns: 1, warmMs: 500, every: 1 },
      relint: { warmup: 100, edits: 1000 },
      linear1: { blocks: 5, perBlock: 5, warmRuns: 3, warmMs: 500 },
      linear10: { blocks: 5, perBlock: 1, warmRuns: 1, warmMs: 500 },
      rssRuns: 3,
      activation: { warmup: 2, runs: 21 },
    };

/** One global regex: straight and curly double and single quotes, en and em dash, hyphen. */
const FLOOR_RE = /["'\u201C\u201D\u2018\u2019\u2013\u2014-]/g;

const say = (s: string): void => void process.stdout.write(`${s}\n`);
const ms = (v: number): string => `${v.toFixed(2)} ms`;
const mbps = (bytes: number, msTaken: number): number => bytes / MB / (msTaken / 1000);
const notes: string[] = [];
const errors: string[] = [];

function git(args: string[]): string | null {
  const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Node without tsx or any inherited options: what the children run on. */
function runNode(args: string[]): { ok: boolean; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
    timeout: 120_000,
    maxBuffer: 16 * MB,
  });
  return { ok: r.status === 0, stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

function lastJsonLine<T>(out: string): T {
  const line = out.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as T;
}

async function main(): Promise<void> {
  const started = performance.now();
  const cpu = cpus();
  const machine = {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    node: process.version,
    os: `${osType()} ${release()} ${arch()}`,
    totalMemoryMB: Math.round(totalmem() / MB),
    loadAverageAtStart: loadavg().map((v) => round(v, 2)),
  };
  say(`Wirelint benchmark${QUICK ? ' (--quick: fewer repeats, textlint on every 8th story)' : ''}`);
  say(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.os}`);
  if (!gcAvailable()) notes.push('Garbage collection between phases was not available (run with --expose-gc).');

  // ---- Production bundles (also what the activation measure loads) ----
  say('\nBuilding production bundles: node esbuild.mjs --production');
  const built = runNode(['esbuild.mjs', '--production']);
  let nodeBundleBytes: number | null = null;
  let webBundleBytes: number | null = null;
  if (built.ok) {
    nodeBundleBytes = statSync(join(ROOT, 'dist/extension.js')).size;
    webBundleBytes = statSync(join(ROOT, 'dist/web/extension.js')).size;
  } else {
    errors.push(`The production build failed, so bundle sizes and activation were not measured:\n${built.stderr}`);
    say(errors[errors.length - 1]!);
  }

  // ---- The engine under test: bundled like the shipped code (see bench/lib/engine.ts) ----
  const tmp = mkdtempSync(join(tmpdir(), 'wirelint-bench-'));
  process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
  const load = createRequire(__filename);
  let engine: typeof EngineModule;
  let bundled = true;
  let engineFrom = 'bench/lib/engine.ts bundled and minified by esbuild, as esbuild.mjs builds the extension';
  try {
    await build({
      entryPoints: {
        engine: join(__dirname, 'lib/engine.ts'),
        'editor-linter': join(__dirname, 'lib/editor-linter.ts'),
      },
      outdir: tmp,
      outExtension: { '.js': '.cjs' },
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      minify: true,
      external: ['vscode'],
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    });
    engine = load(join(tmp, 'engine.cjs')) as typeof EngineModule;
  } catch (err) {
    bundled = false;
    engine = load('./lib/engine') as typeof EngineModule;
    engineFrom = `the TypeScript sources as loaded by the benchmark (the engine bundle failed: ${err instanceof Error ? err.message : String(err)})`;
    notes.push(`Engine: ${engineFrom}`);
  }
  const { lint, parseStory, storyInternals, RULES, mergeConfigs, validateConfig } = engine;
  say(`\nEngine under test: ${engineFrom}`);

  // ---- Inputs ----
  const set = loadStories();
  if (!set.corpusPresent) {
    const msg = `SKIPPED: the reuters-21578 corpus is absent (${set.corpusPath}); generated stories stand in for it.`;
    say(msg);
    notes.push(msg);
  }
  const big = tenThousandWordStory();
  const stories = [...set.stories, big.text];
  const bytes = stories.reduce((a, s) => a + utf8Bytes(s), 0);
  const config = allRulesOn();
  say(`Stories: ${set.source}: ${set.stories.length} stories, ${set.bytes.toLocaleString('en-US')} bytes`);
  say(
    `  plus the generated 10,000-word story (${big.words} words, ${utf8Bytes(big.text).toLocaleString('en-US')} bytes)`,
  );
  say(`  = ${stories.length} stories, ${bytes.toLocaleString('en-US')} bytes (MB = 1e6 bytes of UTF-8)`);

  // Sanity: what the full rule set finds on these stories (outside any timing).
  let findings = 0;
  let internalErrors = 0;
  for (const s of stories) {
    const r = lint(s, config);
    findings += r.findings.length;
    internalErrors += r.internalErrors.length;
  }
  say(`  all ${RULES.length} rules on: ${findings} findings, ${internalErrors} internal rule errors`);
  if (internalErrors) notes.push(`${internalErrors} internal rule errors on the benchmark stories.`);

  // ---- Throughput, and the floor: one regex pass over the same bytes, timed in alternation ----
  collectGarbage();
  say('\nThroughput: every story linted with every rule of its profile on; floor: one regex pass, same stories');
  const lintAll = (set: readonly string[]) => (): void => {
    for (const s of set) lint(s, config);
  };
  /** One pass of a global regex over every story, counting its matches in `counted.n`. */
  const regexPass = (re: RegExp, counted: { n: number }) => (): void => {
    let n = 0;
    for (const s of stories) {
      re.lastIndex = 0;
      while (re.exec(s) !== null) n++;
    }
    counted.n = n;
  };
  const floorCount = { n: 0 };
  const floorPass = regexPass(FLOOR_RE, floorCount);
  // Where the time goes (reported, no target): the parser alone, and its speech-verb search alone over the same
  // bytes as the floor. Every attribution rule reads what that search finds.
  const speechCount = { n: 0 };
  const speechPass = regexPass(new RegExp(storyInternals.SPEECH_RE.source, 'g'), speechCount);
  const parsePass = (): void => {
    for (const s of stories) parseStory(s);
  };
  const [wlTimes, floorTimes, parseTimes, speechTimes] = await timeBlocks(
    [lintAll(stories), floorPass, parsePass, speechPass],
    PLAN.throughput,
  );
  const wlMed = median(wlTimes!);
  const floorMed = median(floorTimes!);
  const parseMed = median(parseTimes!);
  const speechMed = median(speechTimes!);
  const throughputMBps = mbps(bytes, wlMed);
  const vsOneRegexPass = wlMed / floorMed;
  say(`  Wirelint median ${ms(wlMed)} per pass over ${wlTimes!.length} passes → ${throughputMBps.toFixed(1)} MB/s`);
  say(
    `  floor (${floorCount.n} matches) median ${ms(floorMed)} → Wirelint time / floor time ${vsOneRegexPass.toFixed(1)}`,
  );
  say(
    `  where the time goes: parsing alone ${ms(parseMed)} (${((100 * parseMed) / wlMed).toFixed(0)}% of a lint); ` +
      `the parser's speech-verb search alone (${speechCount.n} matches) ${ms(speechMed)} = ${(speechMed / floorMed).toFixed(1)}× the floor`,
  );

  // ---- textlint, timed in alternation with Wirelint on exactly the same stories ----
  collectGarbage();
  const tlStories = stories.filter((_, i) => i % PLAN.textlint.every === 0);
  const tlBytes = tlStories.reduce((a, s) => a + utf8Bytes(s), 0);
  let vsTextlint: number | null = null;
  let textlintDetail: Record<string, unknown> = {};
  try {
    const tl = createTextlint();
    say(
      `textlint (${tl.rules.join(', ')}) on ${tlStories.length} stories, ${tlBytes.toLocaleString('en-US')} bytes` +
        (QUICK ? ' (quick: every 8th story)' : ''),
    );
    let tlMessages = 0;
    const [tlTimes, wlSubTimes] = await timeBlocks(
      [
        async () => {
          let n = 0;
          for (const s of tlStories) n += await tl.lint(s);
          tlMessages = n;
        },
        lintAll(tlStories),
      ],
      PLAN.textlint,
    );
    const tlMed = median(tlTimes!);
    const wlSubMed = median(wlSubTimes!);
    vsTextlint = tlMed / wlSubMed;
    textlintDetail = {
      rules: tl.rules,
      stories: tlStories.length,
      bytes: tlBytes,
      subset: QUICK ? 'every 8th story' : 'all stories',
      messages: tlMessages,
      textlintMedianMs: round(tlMed),
      textlintMBps: round(mbps(tlBytes, tlMed)),
      wirelintMedianMs: round(wlSubMed),
      timedRuns: tlTimes!.length,
      plan: PLAN.textlint,
    };
    say(
      `  textlint median ${ms(tlMed)} (${mbps(tlBytes, tlMed).toFixed(2)} MB/s, ${tlMessages} messages); ` +
        `Wirelint ${ms(wlSubMed)} → ${vsTextlint.toFixed(1)}× faster`,
    );
  } catch (err) {
    errors.push(`textlint could not run: ${err instanceof Error ? err.message : String(err)}`);
    say(errors[errors.length - 1]!);
  }

  // ---- Re-lint after a one-character edit, as the extension does it ----
  collectGarbage();
  // The config the extension resolves (ConfigService.configFor): config file ← settings. Here the config file turns
  // every rule on and no setting is set. Resolved once.
  const resolved: WirelintConfig = mergeConfigs(config, validateConfig({}, RULES, 'settings (wirelint.*)').config);
  let relintPath = 'Linter.lintWith from src/extension/linter.ts, bundled like the engine (vscode stubbed)';
  type FakeDoc = { uri: { toString(): string }; version: number; text: string; getText(): string };
  const base = big.text;
  const mid = Math.floor(base.length / 2);
  const edited = `${base.slice(0, mid)}x${base.slice(mid)}`;
  const doc: FakeDoc = {
    uri: { toString: () => 'file:///bench/ten-thousand-words.txt' },
    version: 1,
    text: base,
    getText() {
      return this.text;
    },
  };
  let lintWith: (d: FakeDoc) => void;
  try {
    installVscodeStub();
    const { Linter } = load(bundled ? join(tmp, 'editor-linter.cjs') : './lib/editor-linter') as typeof LinterModule;
    type Doc = Parameters<InstanceType<typeof Linter>['lintWith']>[0];
    // Every service the Linter is built with (configs, suppressions …): generation 0, the resolved config, no
    // suppressions. Only lintWith is called, as the extension does once the config is resolved.
    const service = { generation: 0, configFor: async () => resolved, forStory: async () => ({ entries: [] }) };
    const args = new Array(Linter.length).fill(service) as ConstructorParameters<typeof Linter>;
    const linter = new Linter(...args);
    lintWith = (d) => void linter.lintWith(d as unknown as Doc, resolved, 0);
    lintWith(doc);
  } catch (err) {
    relintPath = `core lint(doc.getText(), config) directly: the extension's Linter could not be used (${err instanceof Error ? err.message : String(err)})`;
    notes.push(`Re-lint: ${relintPath}`);
    lintWith = (d) => void lint(d.getText(), resolved);
  }
  const relintTimes: number[] = [];
  let edits = 0;
  const edit = (): number => {
    // Alternate: insert one character at the middle, then delete it, so the text changes on every edit.
    doc.text = edits++ % 2 === 0 ? edited : base;
    doc.version++;
    const t0 = performance.now();
    lintWith(doc);
    return performance.now() - t0;
  };
  // Warm-up: at least the planned edits and at least half a second of them (see timeBlocks on why).
  const warmStart = performance.now();
  for (let i = 0; i < PLAN.relint.warmup || performance.now() - warmStart < 500; i++) edit();
  for (let i = 0; i < PLAN.relint.edits; i++) relintTimes.push(edit());
  const relintMed = median(relintTimes);
  const relintP95 = percentile(relintTimes, 95);
  say(
    `\nRe-lint of the 10,000-word story after a one-character edit (${relintPath}): ` +
      `median ${ms(relintMed)}, p95 ${ms(relintP95)} over ${PLAN.relint.edits} edits`,
  );

  // ---- Linearity: 1 MB vs 10 MB, each ONE text ----
  collectGarbage();
  const file1 = backToBack(set.stories, 1 * MB);
  const file10 = backToBack(set.stories, 10 * MB);
  // Garbage collection pauses inside each timed run are recorded too, to report (no target) how much of the
  // growth is the collector's: the 10 MB text's story stays alive through the whole lint, the 1 MB one's is small.
  const gcRec = recordGcPauses();
  const linWindows: Array<Array<[number, number]>> = [];
  const [t1Times, t10Times] = await timeBlocks(
    [() => void lint(file1.text, config), () => void lint(file10.text, config)],
    PLAN.linear10,
    linWindows,
  );
  // More timed runs of the short text: its blocks again, without the 10 MB file.
  const moreWindows: Array<Array<[number, number]>> = [];
  const [t1More] = await timeBlocks([() => void lint(file1.text, config)], PLAN.linear1, moreWindows);
  const pauses = await gcRec.stop();
  const t1 = median([...t1Times!, ...t1More!]);
  const t10 = median(t10Times!);
  const linearity = t10 / t1;
  const gc1 = pausesWithin([...linWindows[0]!, ...moreWindows[0]!], pauses);
  const gc10 = pausesWithin(linWindows[1]!, pauses);
  const t1NoGc = median([...t1Times!, ...t1More!].map((t, i) => t - gc1[i]!));
  const t10NoGc = median(t10Times!.map((t, i) => t - gc10[i]!));
  const linearityNoGc = t10NoGc / t1NoGc;
  say(
    `Linearity: 1 MB (${file1.bytes.toLocaleString('en-US')} bytes) ${ms(t1)}, 10 MB (${file10.bytes.toLocaleString('en-US')} bytes) ` +
      `${ms(t10)} → ratio ${linearity.toFixed(2)} (bytes ratio ${(file10.bytes / file1.bytes).toFixed(2)})`,
  );
  say(
    `  garbage collection pauses per run: 1 MB ${ms(median(gc1))}, 10 MB ${ms(median(gc10))}; ` +
      `without them the ratio is ${linearityNoGc.toFixed(2)}`,
  );

  // ---- One paragraph: the same 1 MB and 10 MB with their line breaks closed up, each one paragraph on one line ----
  // Attributions pair speech verbs with the quotations of their paragraph: the text's shape must not change its cost.
  collectGarbage();
  const para1 = oneParagraph(file1.text);
  const para10 = oneParagraph(file10.text);
  const [p1Times, p10Times] = await timeBlocks(
    [() => void lint(para1.text, config), () => void lint(para10.text, config)],
    PLAN.linear10,
  );
  const [p1More] = await timeBlocks([() => void lint(para1.text, config)], PLAN.linear1);
  const tp1 = median([...p1Times!, ...p1More!]);
  const tp10 = median(p10Times!);
  const linearityOnePara = tp10 / tp1;
  const oneParaVsParas = tp1 / t1;
  say(
    `One paragraph: 1 MB on one line ${ms(tp1)} (${oneParaVsParas.toFixed(2)} × the same 1 MB in paragraphs), ` +
      `10 MB on one line ${ms(tp10)} → ratio ${linearityOnePara.toFixed(2)}`,
  );

  // ---- Children: peak memory and activation, bundled with esbuild and run with plain node ----
  let peakRssMB: number | null = null;
  let rssDetail: Record<string, unknown> = {};
  let activationMs: number | null = null;
  let activationDetail: Record<string, unknown> = {};
  try {
    await build({
      entryPoints: {
        'rss-child': join(__dirname, 'lib/rss-child.ts'),
        'activate-child': join(__dirname, 'lib/activate-child.ts'),
      },
      outdir: tmp,
      outExtension: { '.js': '.cjs' },
      bundle: true,
      platform: 'node',
      // As esbuild.mjs: ES module builds of dependencies first (jsonc-parser's UMD build cannot be bundled).
      mainFields: ['module', 'main'],
      target: 'node20',
      format: 'cjs',
      logLevel: 'warning',
    });
    const file10Path = join(tmp, 'stories-10MB.txt');
    writeFileSync(file10Path, file10.text);

    type Rss = { startRssKB: number; loadedRssKB: number; maxRssKB: number; ms: number; findings: number };
    const rssRuns: Rss[] = [];
    for (let i = 0; i < PLAN.rssRuns; i++) {
      const r = runNode([join(tmp, 'rss-child.cjs'), file10Path]);
      if (!r.ok) throw new Error(`peak-memory child failed: ${r.stderr}`);
      rssRuns.push(lastJsonLine<Rss>(r.stdout));
    }
    // maxRSS is in kilobytes (1024 bytes); reported in MB of 1e6 bytes.
    peakRssMB = median(rssRuns.map((r) => (r.maxRssKB * 1024) / MB));
    rssDetail = {
      runs: PLAN.rssRuns,
      fileBytes: file10.bytes,
      nodeStartRssMB: round(median(rssRuns.map((r) => (r.startRssKB * 1024) / MB)), 1),
      afterReadingFileRssMB: round(median(rssRuns.map((r) => (r.loadedRssKB * 1024) / MB)), 1),
      lintMs: round(median(rssRuns.map((r) => r.ms)), 1),
      findings: rssRuns[0]?.findings,
    };
    say(
      `Peak RSS linting the 10 MB file in a fresh process: ${peakRssMB.toFixed(1)} MB ` +
        `(node at start ${String(rssDetail.nodeStartRssMB)} MB, after reading the file ${String(rssDetail.afterReadingFileRssMB)} MB)`,
    );

    if (built.ok) {
      type Act = { requireMs: number; activateMs: number; totalMs: number; ok: boolean; filledIn: string[] };
      const acts: Act[] = [];
      for (let i = 0; i < PLAN.activation.warmup + PLAN.activation.runs; i++) {
        const r = runNode([join(tmp, 'activate-child.cjs'), join(ROOT, 'dist/extension.js'), ROOT]);
        if (!r.ok) throw new Error(`activation child failed: ${r.stderr}`);
        const a = lastJsonLine<Act>(r.stdout);
        if (!a.ok) throw new Error('activate() ran but did not return the extension API');
        if (i >= PLAN.activation.warmup) acts.push(a);
      }
      activationMs = median(acts.map((a) => a.totalMs));
      const filled = [...new Set(acts.flatMap((a) => a.filledIn))];
      activationDetail = {
        runs: PLAN.activation.runs,
        requireMs: round(median(acts.map((a) => a.requireMs))),
        activateMs: round(median(acts.map((a) => a.activateMs))),
        excludes: "VS Code's own extension-host start and the loading of the vscode module",
        stubFilledIn: filled,
      };
      if (filled.length) notes.push(`Activation: the vscode stub filled in ${filled.join(', ')}.`);
      say(
        `Activation (require dist/extension.js + activate() with a stub vscode, fresh process each): median ` +
          `${ms(activationMs)} (require ${ms(activationDetail.requireMs as number)}, activate ${ms(activationDetail.activateMs as number)}); ` +
          "excludes VS Code's own extension-host start",
      );
    }
  } catch (err) {
    errors.push(err instanceof Error ? err.message : String(err));
    say(errors[errors.length - 1]!);
  }

  // ---- Results ----
  const seconds = (performance.now() - started) / 1000;
  const loadAtEnd = loadavg().map((v) => round(v, 2));
  const busiest = Math.max(machine.loadAverageAtStart[0] ?? 0, loadAtEnd[0] ?? 0);
  if (busiest > machine.cores)
    notes.push(
      `The machine was busy (1-minute load average up to ${busiest} on ${machine.cores} cores): expect noisier numbers than on an idle machine.`,
    );
  const measures: Measure[] = [
    measure('throughputMBps', 'Throughput, all rules on', throughputMBps, 'MB/s', target('>=', 25)),
    measure('vsTextlint', 'Speed vs textlint (prh + write-good)', vsTextlint, '×', target('>=', 50)),
    measure('vsOneRegexPass', 'Time vs one regex pass (floor)', vsOneRegexPass, '×', target('<=', 10)),
    measure('relint10kWordsMs', 'Re-lint 10,000 words after 1-char edit, median', relintMed, 'ms', target('<=', 2)),
    measure('relint10kWordsP95Ms', 'Re-lint 10,000 words after 1-char edit, p95', relintP95, 'ms'),
    measure('linearity10MBvs1MB', 'Time 10 MB / time 1 MB (one text each)', linearity, '×', target('<=', 12)),
    measure(
      'onePara1MBvsParagraphs',
      'Time 1 MB as one paragraph / 1 MB in paragraphs',
      oneParaVsParas,
      '×',
      target('<=', 2),
    ),
    measure(
      'linearityOneParagraph10MBvs1MB',
      'Time 10 MB / time 1 MB, each one paragraph on one line',
      linearityOnePara,
      '×',
      target('<=', 12),
    ),
    measure('peakRssMB', 'Peak RSS linting 10 MB (fresh process)', peakRssMB, 'MB', target('<', 200)),
    measure('activationMs', 'Extension activation (excl. VS Code host start)', activationMs, 'ms', target('<=', 50)),
    measure(
      'nodeBundleBytes',
      'Node bundle dist/extension.js',
      nodeBundleBytes,
      'bytes',
      target('<=', 200 * 1024, ' B (200 KiB)'),
    ),
    measure('webBundleBytes', 'Web bundle dist/web/extension.js', webBundleBytes, 'bytes'),
  ];
  const withTarget = measures.filter((m) => m.target !== undefined);
  const met = withTarget.filter((m) => m.met).length;
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--', 'src']);

  const results = {
    date: new Date().toISOString(),
    quick: QUICK,
    machine: { ...machine, loadAverageAtEnd: loadAtEnd },
    commit: commit ? `${commit}${dirty ? ' (src/ has uncommitted changes)' : ''}` : null,
    ...Object.fromEntries(measures.map((m) => [m.key, round(m.value)])),
    targets: Object.fromEntries(measures.map((m) => [m.key, { target: m.target ?? null, met: m.met }])),
    targetsMet: `${met} of ${withTarget.length}`,
    inputs: {
      stories: {
        source: set.source,
        corpusPresent: set.corpusPresent,
        count: stories.length,
        bytes,
        corpusStories: set.corpusPresent ? set.stories.length : 0,
        corpusBytes: set.corpusPresent ? set.bytes : 0,
      },
      tenThousandWordStory: { words: big.words, bytes: utf8Bytes(big.text), chars: big.text.length },
      file1MB: { stories: file1.stories, bytes: file1.bytes },
      file10MB: { stories: file10.stories, bytes: file10.bytes },
      oneParagraph1MB: { bytes: para1.bytes, note: 'the 1 MB file with its line breaks closed up: one paragraph' },
      oneParagraph10MB: { bytes: para10.bytes, note: 'the 10 MB file with its line breaks closed up: one paragraph' },
      config: 'every rule in RULES on at its default severity (warning where the default is off), profile auto',
    },
    details: {
      throughput: {
        medianMs: round(wlMed),
        timedRuns: wlTimes!.length,
        plan: PLAN.throughput,
        findings,
        internalErrors,
      },
      floor: { regex: FLOOR_RE.source, medianMs: round(floorMed), matches: floorCount.n },
      whereTheTimeGoes: {
        note: 'reported, no target: the same stories, timed in the same blocks as the throughput and the floor',
        parseOnlyMs: round(parseMed),
        parseShareOfLint: round(parseMed / wlMed),
        speechVerbSearchMs: round(speechMed),
        speechVerbSearchMatches: speechCount.n,
        speechVerbSearchVsFloor: round(speechMed / floorMed),
      },
      textlint: textlintDetail,
      relint: {
        path: relintPath,
        edits: PLAN.relint.edits,
        warmupEdits: PLAN.relint.warmup,
        edit: 'alternately insert and delete one character at the middle of the story',
        minMs: round(Math.min(...relintTimes)),
        maxMs: round(Math.max(...relintTimes)),
      },
      linearity: {
        ms1MB: round(t1),
        ms10MB: round(t10),
        MBps1MB: round(mbps(file1.bytes, t1)),
        MBps10MB: round(mbps(file10.bytes, t10)),
        timedRuns1MB: t1Times!.length + t1More!.length,
        timedRuns10MB: t10Times!.length,
        plan1MB: PLAN.linear1,
        plan10MB: PLAN.linear10,
        gcPauseMs1MB: round(median(gc1)),
        gcPauseMs10MB: round(median(gc10)),
        ratioWithoutGcPauses: round(linearityNoGc),
        gcNote: "reported, no target: main-thread pauses of Node's garbage collector that began inside each timed run",
      },
      oneParagraph: {
        ms1MB: round(tp1),
        ms10MB: round(tp10),
        timedRuns1MB: p1Times!.length + p1More!.length,
        timedRuns10MB: p10Times!.length,
      },
      peakRss: rssDetail,
      activation: activationDetail,
      engine: engineFrom,
      gcBeforeEachBlock: gcAvailable(),
      timing:
        'warmed blocks taking turns: a garbage collection, untimed runs of the same contender (at least warmRuns and warmMs), then perBlock timed runs; medians over all timed runs',
    },
    notes,
    errors,
    seconds: round(seconds, 1),
  };
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const header = [
    `Measured ${results.date.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, ${machine.os}` +
      (QUICK ? ' — **quick run** (fewer repeats, textlint on every 8th story).' : '.'),
    `Inputs: ${stories.length} stories, ${bytes.toLocaleString('en-US')} bytes (${set.source}, plus a generated ` +
      `${big.words}-word story); 1 MB and 10 MB files of stories back to back (${file1.bytes.toLocaleString('en-US')} and ` +
      `${file10.bytes.toLocaleString('en-US')} bytes). Medians of repeated runs after warm-up; MB = 10^6 bytes. ` +
      `Activation excludes VS Code's own extension-host start.`,
  ];
  const md = [
    '# Benchmark results',
    '',
    ...header.flatMap((h) => [h, '']),
    markdownTable(measures),
    '',
    `${met} of ${withTarget.length} targets met. Produced by \`npm run bench${QUICK ? ' -- --quick' : ''}\` in ${seconds.toFixed(0)} s.`,
    ...(notes.length || errors.length ? ['', ...[...notes, ...errors].map((n) => `- ${n.split('\n')[0]}`)] : []),
    '',
  ].join('\n');
  writeFileSync(join(__dirname, 'results.md'), md);

  say(`\n${textTable(measures)}\n`);
  say(`${met} of ${withTarget.length} targets met${QUICK ? ' (quick run)' : ''}. ${seconds.toFixed(1)} s.`);
  for (const n of notes) say(`Note: ${n}`);
  say(`Wrote ${relative(ROOT, join(__dirname, 'results.json'))} and ${relative(ROOT, join(__dirname, 'results.md'))}.`);
  if (errors.length) {
    for (const e of errors) say(`ERROR: ${e.split('\n')[0]}`);
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
