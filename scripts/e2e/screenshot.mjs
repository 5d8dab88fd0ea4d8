#!/usr/bin/env node
// Takes the README's hero screenshot (images/screenshot.png) from a real editor session: the extension packaged
// and installed into code-server, the fictional sample story samples/harbour-strike.txt open with its problems
// underlined, the hover on the dateline dash and the Problems panel below.
// Run: npm run build && node scripts/e2e/screenshot.mjs [out.png]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NODE24, ROOT, VSCE_BIN } from './paths.mjs';

const OUT = resolve(process.argv[2] ?? join(ROOT, 'images', 'screenshot.png'));
const STORY = 'harbour-strike.txt';

const setup = spawnSync(process.execPath, [join(ROOT, 'scripts', 'e2e', 'setup.mjs')], { stdio: 'inherit' });
if (setup.status !== 0) {
  console.error('[screenshot] the editor tools could not be installed (see above)');
  process.exit(1);
}
const { createRun, installExtension, launchBrowser, startCodeServer } = await import('./code-server.mjs');
const { createWorkbench } = await import('../../test/e2e/workbench.mjs');

const run = createRun({
  settings: {
    'editor.wordWrap': 'on',
    'editor.minimap.enabled': false,
    'workbench.colorTheme': 'Default Light Modern',
    'window.commandCenter': false,
    'workbench.layoutControl.enabled': false,
  },
});
mkdirSync(join(run.workspace, 'desk'));
cpSync(join(ROOT, 'samples', STORY), join(run.workspace, 'desk', STORY));
let server;
let browser;
let code = 0;
try {
  const vsix = join(run.dir, 'wirelint.vsix');
  const r = spawnSync(
    NODE24,
    [
      VSCE_BIN,
      'package',
      '--no-dependencies',
      '--allow-missing-repository',
      '--no-rewrite-relative-links',
      '--out',
      vsix,
    ],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 },
  );
  if (r.status !== 0) throw new Error(`vsce package failed:\n${r.stdout}${r.stderr}`);
  installExtension(run, vsix);
  server = await startCodeServer(run);
  browser = await launchBrowser(run, { viewport: { width: 1280, height: 800 } });
  const wb = createWorkbench(browser.page, run);
  await browser.page.goto(server.workbenchUrl(), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await wb.ready();
  await wb.openFile(STORY);
  // The sample's faults: the dash, the loaded verb, "said he", the credit line and the image marker.
  const squiggles = browser.page.locator('.editor-group-container.active .monaco-editor .squiggly-warning');
  for (let i = 0; i < 300 && (await squiggles.count()) < 4; i++) await browser.page.waitForTimeout(100);
  await wb.openProblems({ min: 4 });
  // Back to the editor (the cursor on a blank line), the side bar closed, then the hover on the dateline dash.
  await wb.goTo(2, 1);
  await browser.page.keyboard.press('Control+B');
  await browser.page.waitForTimeout(500);
  let text = '';
  for (let i = 0; i < 3 && !text.includes('dateline-agency-tag'); i++) {
    await browser.page.mouse.move(5, 5);
    await browser.page.waitForTimeout(300);
    text = await wb.hoverSquiggle(i, { severity: 'warning' });
  }
  if (!text.includes('dateline-agency-tag')) throw new Error(`the hover shows: ${text}`);
  await browser.page.waitForTimeout(300);
  mkdirSync(resolve(OUT, '..'), { recursive: true });
  await browser.page.screenshot({ path: OUT });
  console.log(`[screenshot] ${OUT}`);
} catch (e) {
  console.error(`[screenshot] ${e instanceof Error ? e.stack : e}`);
  code = 1;
} finally {
  await browser?.close();
  await server?.stop().catch(() => {});
  run.cleanup();
}
process.exit(code);
