#!/usr/bin/env node
// UI test: the extension installed from a .vsix into code-server, driven in headless chromium as a person would.
// Run: node test/e2e/ui.test.mjs   (npm run test:e2e builds first)
// Environment:
//   WIRELINT_VSIX=<file>            install this .vsix instead of packaging one
//   WIRELINT_EXTENSION_PATH=<dir>   the extension to package with @vscode/vsce (default: this repository)
//   WIRELINT_UI_TIMEOUT_MS          the whole run, default 300000
//   WIRELINT_E2E_KEEP=1             keep the temp run folder (workspace, logs, user data)
// Screenshots go to artifacts/e2e/. Ends with `UI: N passed, N failed` and exits non-zero on any failure.
//
// Add a step with step('what a person sees', async (wb) => { ... }). Steps run in order in ONE editor session
// (each sees what the previous one left), and the first failure stops the run. wb (test/e2e/workbench.mjs) has:
// openFile(name), waitForText(text), visibleLines(), waitForSquiggles(count, {severity}), hoverAt(line, col),
// hoverSquiggle(i), openProblems(), quickFix(label, [line, col]), goTo(line, col), save(expectText),
// readFile(name), waitForFile(name, text), screenshot(name), escape(), page (Playwright), run (temp folders).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { ARTIFACTS, NODE24, ROOT, VSCE_BIN } from '../../scripts/e2e/paths.mjs';
import { stageExtension, VSCE_ARGS } from '../../scripts/package-vsix.mjs';
import { SEL, createWorkbench } from './workbench.mjs';

const STORY = 'story.wire';
const storyLines = readFileSync(join(ROOT, 'test', 'integration', 'workspace', STORY), 'utf8').split('\n');

const steps = [];
/** Registers a UI step; `fn(wb)` gets the workbench helpers. */
function step(name, fn) {
  steps.push({ name, fn });
}

// ---- steps ------------------------------------------------------------------------------------------------------

step('the story opens from Quick Open and shows its first line', async (wb) => {
  const lines = await wb.openFile(STORY);
  await wb.waitForText(storyLines[0]);
  await wb.screenshot('story-open');
  if (lines.length === 0) throw new Error('the editor shows no lines');
});

// The published Reuters sample when ../shared is here (four known faults), else the bundled story (one).
const SHARED_SAMPLE = resolve(ROOT, '..', 'shared', 'samples', 'reuters-kremlin.txt');
const HAS_SAMPLE = existsSync(SHARED_SAMPLE);
const SAMPLE = HAS_SAMPLE ? 'reuters-kremlin.txt' : STORY;
const SAMPLE_TEXT = HAS_SAMPLE ? readFileSync(SHARED_SAMPLE, 'utf8') : storyLines.join('\n');
const DASH_LINE = SAMPLE_TEXT.split('\n').findIndex((l) => /\((Reuters)\) – /.test(l)) + 1;
const EXPECTED = HAS_SAMPLE
  ? [
      'Reuters datelines use a hyphen',
      'The credit line credits "Reuters" for reporting',
      'Capitalise the role in the credit line',
      'Stray text after the credit line',
    ]
  : ['Reuters datelines use a hyphen'];

step(`${SAMPLE}: read as a wire story, wrapped; the faults are underlined`, async (wb) => {
  await wb.openFile(SAMPLE);
  await wb.waitForText(SAMPLE_TEXT.split('\n')[0].slice(0, 40));
  if (HAS_SAMPLE) {
    // A .txt taken for a story is switched to the Wire story language (the status bar says so), and its paragraphs,
    // one line each, wrap instead of running off the right edge.
    await wb.page
      .locator('.statusbar-item', { hasText: /^Wire story$/ })
      .first()
      .waitFor();
    const dateline = SAMPLE_TEXT.split('\n')[DASH_LINE - 1];
    await wb.waitForText(dateline.slice(0, 30));
    const wrapped = await wb.visibleLines();
    if (wrapped.some((l) => l.includes(dateline)))
      throw new Error(`the dateline paragraph runs on one line (${dateline.length} characters): it is not wrapped`);
    await wb.screenshot('story-wrapped');
    // The steps below look at the whole story at once: View: Toggle Word Wrap (Alt+Z), as a person would.
    await wb.page.keyboard.press('Alt+Z');
    await wb.waitForText(dateline);
  }
  await wb.waitForSquiggles(EXPECTED.length, { severity: 'warning' });
  await wb.screenshot('squiggles');
});

step('the Problems panel lists each fault with its rule', async (wb) => {
  const rows = await wb.openProblems({ min: EXPECTED.length });
  const mine = rows.filter((r) => r.includes('wirelint'));
  for (const m of EXPECTED) {
    if (!mine.some((r) => r.includes(m))) throw new Error(`no Problems row says "${m}"; rows:\n${mine.join('\n')}`);
  }
  // The sample's faults, plus the one in the bundled story opened first.
  const want = EXPECTED.length + (HAS_SAMPLE ? 1 : 0);
  if (mine.length !== want)
    throw new Error(`expected ${want} Wirelint rows, found ${mine.length}:\n${mine.join('\n')}`);
  await wb.screenshot('problems');
  await wb.page.keyboard.press('Control+Shift+M');
});

step('hovering the dash squiggle shows the house-style message', async (wb) => {
  const text = await wb.hoverSquiggle(0, { severity: 'warning' });
  if (!text.includes('Reuters datelines use a hyphen with a space on each side')) {
    throw new Error(`the hover says: ${text}`);
  }
  if (!text.includes('dateline-agency-tag')) throw new Error(`the hover does not name the rule: ${text}`);
  await wb.screenshot('hover');
  await wb.escape();
});

step('the rule link in the hover opens the rendered page, not the raw Markdown', async (wb) => {
  const { page } = wb;
  await wb.hoverSquiggle(0, { severity: 'warning' });
  await page.locator(`${SEL.hover} a.code-link`, { hasText: 'dateline-agency-tag' }).first().click();
  const tabs = page.locator('.editor-group-container .tabs-container .tab');
  await tabs.filter({ hasText: 'Preview dateline-agency-tag.md' }).first().waitFor();
  // The preview shows the page's text, not its generated-header comment.
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  await frame.locator('h1', { hasText: 'dateline-agency-tag' }).first().waitFor();
  const titles = await tabs.allInnerTexts();
  if (titles.some((t) => /^dateline-agency-tag\.md/.test(t.trim())))
    throw new Error(`the raw page opened in an editor too; tabs: ${titles.join(' | ')}`);
  await wb.screenshot('rule-page');
  // Close the preview: the story is the active editor again for the steps below.
  await page.keyboard.press('Control+W');
  await tabs.filter({ hasText: 'Preview dateline-agency-tag.md' }).first().waitFor({ state: 'detached' });
  await page.locator(SEL.activeTab, { hasText: SAMPLE }).waitFor();
});

step('Control+. offers the fix; picking it repairs the dash; saving writes only that change', async (wb) => {
  const menu = await wb.quickFix('Fix: " – " → " - "', [DASH_LINE, 19], {
    onMenu: async () => {
      await wb.screenshot('quick-fix-menu');
    },
  });
  if (!menu.some((t) => t.includes('Turn off dateline-agency-tag'))) throw new Error(`menu: ${menu.join(' | ')}`);
  const fixedLine = SAMPLE_TEXT.split('\n')[DASH_LINE - 1].replace('(Reuters) – ', '(Reuters) - ');
  await wb.save(fixedLine.slice(0, 40));
  const onDisk = await wb.waitForFile(SAMPLE, '(Reuters) - ');
  if (onDisk !== SAMPLE_TEXT.replace('(Reuters) – ', '(Reuters) - ')) {
    throw new Error('the saved file differs from the original by more than the fixed dash');
  }
  await wb.waitForSquiggles(EXPECTED.length - 1, { severity: 'warning' });
  await wb.screenshot('after-fix');
});

// House vocabulary: the quick fixes that write .wirelintrc.json. An invented AP story with two findings, in a desk
// folder of its own whose config (with comments) governs only it, so the steps above are not affected.
const DESK_CONFIG_FILE = 'desk/.wirelintrc.json';
const DESK_CONFIG = [
  '{',
  '  // Night desk: AP copy. Ask Ruth before changing the house list.',
  '  "profile": "ap",',
  '  "vocabulary": [',
  '    { "pattern": "chairman", "replacement": ["chair", "chairperson"] } // council style, 2024',
  '  ]',
  '}',
  '',
].join('\n');
const DESK_STORY_FILE = 'desk/orchestra.wire';
const DESK_STORY = [
  'Orchestra revives its 1979 Soviet tour program',
  '',
  'By Lena Marsh',
  '',
  'BOSTON (AP) — The program a chamber orchestra played at the Kiev Conservatory in 1979 will be heard again, its director said Monday.',
  '',
  "The orchestra's board chairman said tickets would go on sale next week.",
  '',
].join('\n');

/** 1-based line and column of the second character of `word` in the desk story (inside the squiggle). */
function inDeskStory(word) {
  const lines = DESK_STORY.split('\n');
  const line = lines.findIndex((l) => l.includes(word));
  return [line + 1, lines[line].indexOf(word) + 2];
}

function writeDeskFiles(workspace) {
  mkdirSync(join(workspace, 'desk'), { recursive: true });
  writeFileSync(join(workspace, DESK_CONFIG_FILE), DESK_CONFIG);
  writeFileSync(join(workspace, DESK_STORY_FILE), DESK_STORY);
}

step('house vocabulary: a story with two words from the house list shows two squiggles', async (wb) => {
  await wb.openFile('orchestra.wire');
  await wb.waitForText('Kiev Conservatory');
  await wb.waitForSquiggles(2, { severity: 'warning' });
  await wb.screenshot('vocabulary-story');
});

step(
  'Control+. on "Kiev" offers "Always use" and "Accept"; Accept writes an allow entry, comments kept',
  async (wb) => {
    const accept = 'Accept “Kiev” (add to the house list)';
    const menu = await wb.quickFix(accept, inDeskStory('Kiev'), {
      onMenu: async () => {
        await wb.screenshot('vocabulary-accept-menu');
      },
    });
    for (const want of ['Fix: "Kiev" → "Kyiv"', 'Always use “Kyiv” here', accept]) {
      if (!menu.some((t) => t.includes(want))) throw new Error(`the menu has no "${want}": ${menu.join(' | ')}`);
    }
    const onDisk = await wb.waitForFile(DESK_CONFIG_FILE, '"allow": true');
    // The comment stays with its entry; the new entry goes on the next line, written as its neighbour is.
    const want = DESK_CONFIG.replace(
      ' } // council style, 2024\n',
      ' }, // council style, 2024\n    { "pattern": "Kiev", "allow": true }\n',
    );
    if (onDisk !== want) throw new Error(`${DESK_CONFIG_FILE} is not as expected:\n${onDisk}\nwanted:\n${want}`);
    await wb.waitForSquiggles(1, { severity: 'warning' });
    await wb.waitForText('Kiev Conservatory'); // the story itself is unchanged
    await wb.screenshot('vocabulary-accepted');
  },
);

step('"Always use “chair” here" changes the word and adds an entry ahead of the list of candidates', async (wb) => {
  const choice = 'Always use “chair” here';
  const menu = await wb.quickFix(choice, inDeskStory('chairman'), {
    onMenu: async () => {
      await wb.screenshot('vocabulary-always-use-menu');
    },
  });
  for (const want of ['Replace with "chair"', 'Replace with "chairperson"', 'Always use “chairperson” here', choice]) {
    if (!menu.some((t) => t.includes(want))) throw new Error(`the menu has no "${want}": ${menu.join(' | ')}`);
  }
  const onDisk = await wb.waitForFile(DESK_CONFIG_FILE, '"replacement": "chair"');
  const want = DESK_CONFIG.replace(
    '    { "pattern": "chairman",',
    '    { "pattern": "chairman", "replacement": "chair" },\n    { "pattern": "chairman",',
  ).replace(' } // council style, 2024\n', ' }, // council style, 2024\n    { "pattern": "Kiev", "allow": true }\n');
  if (onDisk !== want) throw new Error(`${DESK_CONFIG_FILE} is not as expected:\n${onDisk}\nwanted:\n${want}`);
  await wb.waitForSquiggles(0, { severity: 'any' });
  await wb.save("The orchestra's board chair said");
  const story = await wb.waitForFile(DESK_STORY_FILE, 'board chair said');
  if (story !== DESK_STORY.replace('board chairman', 'board chair'))
    throw new Error(`the saved story differs by more than the word:\n${story}`);
  await wb.screenshot('vocabulary-always-used');
});

step('the config file shows both new entries beside its comments', async (wb) => {
  await wb.openFile('.wirelintrc.json');
  await wb.waitForText('"pattern": "Kiev", "allow": true');
  await wb.waitForText('// Night desk: AP copy.');
  await wb.screenshot('vocabulary-config-after');
});

// ---- runner -----------------------------------------------------------------------------------------------------

const log = (msg) => console.log(`[ui] ${msg}`);

/** The .vsix to install: WIRELINT_VSIX, or one packaged now from WIRELINT_EXTENSION_PATH / this repository. */
function vsixFor(run) {
  if (process.env.WIRELINT_VSIX) return resolve(process.env.WIRELINT_VSIX);
  const ext = resolve(process.env.WIRELINT_EXTENSION_PATH || ROOT);
  const out = join(run.dir, 'wirelint.vsix');
  const t = Date.now();
  // vsce 4 wants Node >= 22: run it with the Node 24 from .e2e/, in the same staging folder `npm run package` uses
  // (package.json's `files` list is the npm package; vsce refuses a folder that has it beside .vscodeignore).
  const stage = stageExtension(ext);
  let r;
  try {
    r = spawnSync(NODE24, [VSCE_BIN, ...VSCE_ARGS, '--out', out], {
      cwd: stage,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 180_000,
    });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  if (r.status !== 0)
    throw new Error(
      `vsce package in ${ext} failed (exit ${r.status ?? r.signal}):\n${r.stdout ?? ''}${r.stderr ?? ''}`,
    );
  log(`packaged ${ext} into ${out} in ${Date.now() - t} ms`);
  return out;
}

async function main() {
  const t0 = Date.now();
  const setup = spawnSync(process.execPath, [join(ROOT, 'scripts', 'e2e', 'setup.mjs')], { stdio: 'inherit' });
  if (setup.status !== 0) {
    console.error('[ui] the editor test tools could not be installed (see above); no UI step ran');
    console.log('UI: 0 passed, 1 failed');
    return 1;
  }
  const { createRun, installExtension, launchBrowser, startCodeServer } =
    await import('../../scripts/e2e/code-server.mjs');
  mkdirSync(ARTIFACTS, { recursive: true });
  rmSync(join(ARTIFACTS, 'ui-failure.png'), { force: true });

  const run = createRun({ workspace: join(ROOT, 'test', 'integration', 'workspace') });
  if (HAS_SAMPLE) cpSync(SHARED_SAMPLE, join(run.workspace, SAMPLE));
  else console.log('[ui] ../shared/samples/reuters-kremlin.txt is absent: the steps use the bundled story instead');
  writeDeskFiles(run.workspace);
  let server;
  let browser;
  let passed = 0;
  let failed = 0;
  let ran = 0;
  const timeoutMs = Number(process.env.WIRELINT_UI_TIMEOUT_MS || 300_000);
  const watchdog = setTimeout(() => {
    console.error(`[ui] the run did not finish within ${timeoutMs} ms; stopping`);
    console.log(`UI: ${passed} passed, ${failed + 1} failed`);
    process.exit(1); // the exit hook in code-server.mjs kills code-server; Playwright kills chromium
  }, timeoutMs);
  try {
    const vsix = vsixFor(run);
    installExtension(run, vsix);
    log(`installed ${vsix}`);
    server = await startCodeServer(run);
    log(`code-server ${server.url} (pid ${server.pid}) ready`);
    browser = await launchBrowser(run);
    const wb = createWorkbench(browser.page, run);
    await browser.page.goto(server.workbenchUrl(), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await wb.ready();
    log(`workbench ready after ${Date.now() - t0} ms`);
    for (const s of steps) {
      const t = Date.now();
      ran++;
      try {
        await s.fn(wb);
        passed++;
        console.log(`  ✓ ${s.name} (${Date.now() - t} ms)`);
      } catch (e) {
        failed++;
        console.log(`  ✗ ${s.name} (${Date.now() - t} ms)\n      ${String(e?.stack ?? e).replace(/\n/g, '\n      ')}`);
        const shot = join(ARTIFACTS, 'ui-failure.png');
        await browser.page.screenshot({ path: shot }).catch(() => {});
        console.log(`      screenshot: ${shot}`);
        break; // later steps build on this one
      }
    }
  } catch (e) {
    failed++;
    console.error(`[ui] ${e instanceof Error ? e.message : e}`);
    if (browser) await browser.page.screenshot({ path: join(ARTIFACTS, 'ui-failure.png') }).catch(() => {});
  } finally {
    clearTimeout(watchdog);
    await browser?.close();
    await server?.stop().catch((e) => console.error(`[ui] ${e.message}`)); // cleanup() below ends what is left
    if (failed && server) {
      const dest = join(ARTIFACTS, 'ui-code-server.log');
      cpSync(server.log, dest);
      console.error(`[ui] code-server log: ${dest}`);
    }
    run.cleanup();
  }
  const skipped = steps.length - ran;
  log(`finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`UI: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
