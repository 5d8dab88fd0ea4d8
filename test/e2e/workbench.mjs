// Helpers that drive VS Code (code-server 4.139 / VS Code 1.139) in chromium the way a person would.
// Selectors are the ones measured in VS Code 1.139; keep them here so a VS Code update means one file to fix.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from '../../scripts/e2e/paths.mjs';

export const SEL = {
  workbench: '.monaco-workbench',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  quickInput: '.quick-input-widget input',
  quickInputRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  activeEditor: '.editor-group-container.active .editor-instance .monaco-editor',
  viewLines: '.editor-group-container.active .editor-instance .monaco-editor .view-lines',
  activeTab: '.editor-group-container.active .tabs-container .tab.active',
  squiggle: (severity) =>
    severity === 'any'
      ? '.editor-group-container.active .monaco-editor :is(.squiggly-error, .squiggly-warning, .squiggly-info)'
      : `.editor-group-container.active .monaco-editor .squiggly-${severity}`,
  hover: '.monaco-hover:not(.hidden)',
  problemsRow: '.markers-panel .monaco-list-row',
  actionRow: '.action-widget .monaco-list-row',
};

const normalize = (s) => s.replace(/\u00a0/g, ' ');

/**
 * A workbench bound to a page and a run (see scripts/e2e/code-server.mjs). Every method waits for its effect,
 * so steps read as what a person does: await wb.openFile('story.wire'); await wb.waitForSquiggles(1); ...
 */
export function createWorkbench(page, run, { timeoutMs = 30_000 } = {}) {
  page.setDefaultTimeout(timeoutMs);
  let shots = 0;

  const wb = {
    page,
    run,

    /** Waits for the workbench and the explorer to show the workspace. */
    async ready({ timeout = 90_000 } = {}) {
      await page.locator(SEL.workbench).waitFor({ timeout });
      await page.locator(SEL.explorerRow).first().waitFor({ timeout });
    },

    /** The active editor's visible lines, top to bottom (Monaco renders only the visible ones). */
    async visibleLines() {
      // Runs in the page.
      return page.evaluate((sel) => {
        const lines = [...globalThis.document.querySelectorAll(`${sel} .view-line`)];
        return lines
          .map((el) => ({ top: parseFloat(el.style.top) || 0, text: el.textContent ?? '' }))
          .sort((a, b) => a.top - b.top)
          .map((l) => l.text.replace(/\u00a0/g, ' '));
      }, SEL.viewLines);
    },

    /** Waits until a visible line of the active editor contains `text` (a string or RegExp). */
    async waitForText(text, { timeout = timeoutMs } = {}) {
      const test = typeof text === 'string' ? (l) => l.includes(text) : (l) => text.test(l);
      const deadline = Date.now() + timeout;
      for (;;) {
        const lines = await wb.visibleLines();
        if (lines.some(test)) return lines;
        if (Date.now() > deadline)
          throw new Error(`the editor never showed ${text}; visible lines:\n${lines.join('\n')}`);
        await page.waitForTimeout(100);
      }
    },

    /** Opens a workspace file through Quick Open (Control+P) and waits for its editor. */
    async openFile(name) {
      await page.keyboard.press('Control+P');
      const input = page.locator(SEL.quickInput);
      await input.waitFor();
      await input.fill(name);
      // The first search of a session indexes the workspace (2-3 s here; more on a loaded machine).
      await page.locator(SEL.quickInputRow, { hasText: name }).first().waitFor({ timeout: 60_000 });
      await page.keyboard.press('Enter');
      await page.locator(SEL.viewLines).waitFor();
      await page.locator(SEL.activeTab, { hasText: name }).waitFor();
      return wb.visibleLines();
    },

    /** Waits until the active editor shows exactly `count` squiggles ('warning', 'error', 'info' or 'any'). */
    async waitForSquiggles(count, { severity = 'any', timeout = timeoutMs } = {}) {
      const loc = page.locator(SEL.squiggle(severity));
      const deadline = Date.now() + timeout;
      for (;;) {
        const n = await loc.count();
        if (n === count) return loc;
        if (Date.now() > deadline)
          throw new Error(`expected ${count} ${severity} squiggle(s) in the editor, found ${n}`);
        await page.waitForTimeout(100);
      }
    },

    /** Moves the cursor to LINE:COL (1-based) with Go to Line (Control+G). */
    async goTo(line, col = 1) {
      await page.locator(SEL.viewLines).click();
      await page.keyboard.press('Control+G');
      const input = page.locator(SEL.quickInput);
      await input.waitFor();
      // Type, don't fill(): the Go to Line mode's hidden ':' prefix is lost when the value is replaced.
      await page.keyboard.type(`${line}:${col}`);
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      await page.locator(`${SEL.activeEditor}.focused`).waitFor();
    },

    /** Shows the hover at LINE:COL (cursor there, then Show Hover: Control+K Control+I) and returns its text. */
    async hoverAt(line, col) {
      await wb.goTo(line, col);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      const hover = page.locator(SEL.hover).first();
      await hover.waitFor();
      return normalize(await hover.innerText());
    },

    /** Hovers the mouse over the index-th squiggle (page.hover() is blocked by the text layer) and returns the text. */
    async hoverSquiggle(index = 0, { severity = 'any' } = {}) {
      // Decorations are re-rendered now and then (a closing hover, a diagnostics update): wait for a box.
      const squiggle = page.locator(SEL.squiggle(severity)).nth(index);
      let box = null;
      for (let i = 0; i < 50 && !box; i++) {
        await squiggle.waitFor({ state: 'visible' });
        box = await squiggle.boundingBox();
        if (!box) await page.waitForTimeout(100);
      }
      if (!box) throw new Error(`squiggle ${index} is not visible`);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const hover = page.locator(SEL.hover).first();
      await hover.waitFor();
      return normalize(await hover.innerText());
    },

    /** Closes a hover, widget or menu. */
    async escape() {
      await page.keyboard.press('Escape');
    },

    /**
     * Opens the Problems panel (Control+Shift+M) and returns the text of its problem rows (not the file rows),
     * e.g. "message\nsource(code)\n[Ln 5, Col 25]", once at least `min` of them show.
     */
    async openProblems({ min = 1 } = {}) {
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel').waitFor();
      const problems = page.locator(SEL.problemsRow).filter({ hasNot: page.locator('.resource-label-container') });
      if (min > 0) await problems.nth(min - 1).waitFor();
      return (await problems.allInnerTexts()).map(normalize);
    },

    /**
     * Opens Quick Fix (Control+.) at the cursor (or at LINE:COL when given), picks the action whose text
     * contains `label`, and applies it with Enter.
     */
    async quickFix(label, at, { onMenu } = {}) {
      if (at) await wb.goTo(at[0], at[1]);
      const rows = page.locator(SEL.actionRow);
      // Under load the first Control+. is sometimes swallowed while code actions are still being computed:
      // give each press a few seconds, then press again.
      for (let attempt = 1; ; attempt++) {
        await page.locator(`${SEL.activeEditor}.focused`).waitFor();
        await page.keyboard.press('Control+.');
        try {
          await rows.first().waitFor({ timeout: attempt < 4 ? 5000 : timeoutMs });
          break;
        } catch (e) {
          if (attempt >= 4) throw e;
          console.log(`[ui] Control+. showed no quick-fix menu within 5 s (try ${attempt}); pressing it again`);
          await page.keyboard.press('Escape');
        }
      }
      const texts = (await rows.allInnerTexts()).map(normalize);
      if (onMenu) await onMenu(texts);
      const row = rows.filter({ hasText: label }).first();
      if ((await row.count()) === 0)
        throw new Error(`no quick fix contains "${label}"; the menu shows: ${texts.join(' | ')}`);
      await row.hover();
      await page.keyboard.press('Enter');
      await rows.first().waitFor({ state: 'hidden' });
      return texts;
    },

    /**
     * Saves the active editor (Control+S) and waits for its tab to be clean. Pass `expectText` after an edit:
     * it waits for the edit to show and for the tab to turn dirty first (otherwise the clean check can pass
     * before the editor even noticed the edit, and a save that races the edit writes the old text).
     */
    async save(expectText) {
      if (expectText !== undefined) {
        await wb.waitForText(expectText);
        await page.locator(`${SEL.activeTab}.dirty`).waitFor();
      }
      await page.keyboard.press('Control+S');
      await page.locator(`${SEL.activeTab}:not(.dirty)`).waitFor();
    },

    /** A workspace file's text as it is on disk now. */
    readFile(name) {
      return readFileSync(join(run.workspace, name), 'utf8');
    },

    /** Waits until a workspace file on disk contains `text` (a string or RegExp); returns its text. */
    async waitForFile(name, text, { timeout = timeoutMs } = {}) {
      const test = typeof text === 'string' ? (t) => t.includes(text) : (t) => text.test(t);
      const deadline = Date.now() + timeout;
      for (;;) {
        const content = wb.readFile(name);
        if (test(content)) return content;
        if (Date.now() > deadline) throw new Error(`${name} on disk never contained ${text}:\n${content}`);
        await page.waitForTimeout(100);
      }
    },

    /** Saves a PNG of the page to artifacts/e2e/<NN>-<name>.png; returns the path. */
    async screenshot(name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = join(ARTIFACTS, `${String(++shots).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
  };
  return wb;
}
