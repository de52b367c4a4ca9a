// Drives the real VS Code workbench served by code-server, through its DOM and keyboard,
// waiting on what the user would see, never on the clock.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { codeServerUrl } from './env.mjs';

const WAIT_MS = 45_000;

const SELECTORS = {
  workbench: '.monaco-workbench',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  activeTab: '.tabs-container .tab.active',
  editorLines: '.editor-instance .monaco-editor .view-lines',
  viewLine: '.editor-instance .monaco-editor .view-lines .view-line',
  editorInput: '.editor-instance .monaco-editor .native-edit-context, .editor-instance .monaco-editor textarea.inputarea',
  squiggle: '.editor-instance .monaco-editor [class*="squiggly-"]',
  languageStatus: '[id="status.editor.mode"]',
  cursorStatus: '[id="status.editor.selection"]',
  problemsPanel: '.markers-panel',
  problemRow: '.markers-panel .monaco-list-row',
  quickInput: '.quick-input-widget',
  hover: '.monaco-hover:not(.hidden) .monaco-hover-content',
  suggestRow: '.editor-widget.suggest-widget .monaco-list-row',
  actionItem: '.action-widget .monaco-list-row.action',
  lightBulb: '.monaco-editor .lightBulbWidget',
};

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A Problems row shows "boussole(rule-id)"; its text has the source and the code on their own lines. */
export function sourcedByBoussole(ruleId) {
  return new RegExp(`(^|\\n)boussole\\s*\\(?\\s*${ruleId}\\s*\\)?(\\n|$)`);
}

export class Workbench {
  constructor(page, folder) {
    this.page = page;
    this.folder = folder;
    page.setDefaultTimeout(WAIT_MS);
  }

  static async open(browser, folder) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 960 } });
    const page = await context.newPage();
    const workbench = new Workbench(page, folder);
    await page.goto(`${codeServerUrl()}/?folder=${encodeURIComponent(folder)}`);
    await page.locator(SELECTORS.workbench).waitFor();
    await page.locator(SELECTORS.explorerRow).first().waitFor();
    return workbench;
  }

  async close() {
    await this.page.context().close();
  }

  async screenshot(file) {
    await this.page.screenshot({ path: file });
  }

  /** Opens a file from the Explorer and waits until VS Code treats it as Markdown. */
  async openFile(name) {
    await this.explorerRow(name).dblclick();
    await this.activeTab(name).waitFor();
    await this.page.locator(SELECTORS.editorLines).waitFor();
    // The editor shows Plain Text for a moment before the Markdown mode is resolved.
    await this.page.locator(SELECTORS.languageStatus).filter({ hasText: 'Markdown' }).waitFor();
  }

  /** Explorer rows and tabs carry the file name as their aria-label: an exact match. */
  explorerRow(name) {
    return this.page.locator(`${SELECTORS.explorerRow}[aria-label=${JSON.stringify(name)}]`);
  }

  activeTab(name) {
    return this.page.locator(`${SELECTORS.activeTab}[aria-label=${JSON.stringify(name)}]`);
  }

  /** Closes the active editor with its tab's close button (the server then withdraws its findings). */
  async closeEditor(name) {
    await this.activeTab(name).locator('.tab-actions .codicon-close-small').click();
    await this.page.locator(`.tabs-container .tab[aria-label=${JSON.stringify(name)}]`).waitFor({ state: 'detached' });
  }

  /** Focuses the editor's input element: a click could land on sticky headings or a widget. */
  async focusEditor() {
    await this.page.locator(SELECTORS.editorInput).first().focus();
  }

  /** Moves the cursor with "Go to Line" and waits for the status bar to confirm it. */
  async goTo(line, column = 1) {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator(`${SELECTORS.quickInput} input`);
    await input.waitFor();
    // Control+G opens Quick Open with the ":" (go to line) prefix; typing keeps that prefix.
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator(SELECTORS.quickInput).waitFor({ state: 'hidden' });
    await this.page.locator(SELECTORS.cursorStatus).filter({ hasText: `Ln ${line}, Col ${column}` }).waitFor();
  }

  /** The rendered editor line whose text contains `text`. */
  line(text) {
    return this.page.locator(SELECTORS.viewLine).filter({ hasText: text }).first();
  }

  /** Reveals line `lineNumber` and waits for a squiggle (any severity) on its text `text`. */
  async waitForSquiggleOn(lineNumber, text) {
    await this.goTo(lineNumber);
    const line = this.line(text);
    await line.waitFor();
    await this.page.waitForFunction(
      ([lineElement, selector]) => {
        const box = lineElement.getBoundingClientRect();
        return [...document.querySelectorAll(selector)].some((squiggle) => {
          const mark = squiggle.getBoundingClientRect();
          return mark.width > 0 && mark.top < box.bottom && mark.bottom > box.top;
        });
      },
      [await line.elementHandle(), SELECTORS.squiggle],
      { timeout: WAIT_MS },
    );
  }

  async squiggleCount() {
    return this.page.locator(SELECTORS.squiggle).count();
  }

  /** Opens the Problems panel unless it is already showing. */
  async showProblems() {
    const panel = this.page.locator(SELECTORS.problemsPanel);
    if (await panel.isVisible()) return;
    await this.page.keyboard.press('Control+Shift+M');
    try {
      await panel.waitFor({ timeout: 5_000 });
    } catch {
      await this.runCommand('View: Focus Problems');
      await panel.waitFor();
    }
  }

  problemRows(text) {
    const rows = this.page.locator(SELECTORS.problemRow);
    return text === undefined ? rows : rows.filter({ hasText: text });
  }

  /** Waits for a Problems row naming the rule, and returns its text. */
  async waitForProblem(ruleId) {
    await this.showProblems();
    const row = this.problemRows(ruleId).first();
    await row.waitFor();
    return row.innerText();
  }

  async waitForNoProblem(ruleId) {
    await this.showProblems();
    await this.problemRows(ruleId).first().waitFor({ state: 'detached' });
  }

  /** The severity a Problems row shows for the rule, read from its icon: 'error', 'warning' or 'info'. */
  async problemSeverity(ruleId) {
    const row = this.problemRows(ruleId).first();
    await row.waitFor();
    for (const severity of ['error', 'warning', 'info']) {
      if (await row.locator(`[class*="codicon-${severity}"]`).count()) return severity;
    }
    return undefined;
  }

  /** Waits for a squiggle of that severity ('error', 'warning', 'info') in the visible editor. */
  async waitForSquiggle(severity) {
    await this.page.locator(`.editor-instance .monaco-editor .squiggly-${severity}`).first().waitFor({ state: 'attached' });
  }

  /** The text of the editor's rendered lines (what is on screen), one string per line. */
  async visibleLines() {
    await this.page.locator(SELECTORS.viewLine).first().waitFor();
    // The editor renders spaces as no-break spaces.
    return (await this.page.locator(SELECTORS.viewLine).allInnerTexts()).map((line) => line.replace(/\u00a0/g, ' '));
  }

  async problemTexts() {
    await this.showProblems();
    return this.problemRows().allInnerTexts();
  }

  async runCommand(label) {
    await this.page.keyboard.press('F1');
    const input = this.page.locator(`${SELECTORS.quickInput} input`);
    await input.waitFor();
    await input.fill(`>${label}`);
    await this.page.locator(`${SELECTORS.quickInput} .monaco-list-row`).filter({ hasText: label }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator(SELECTORS.quickInput).waitFor({ state: 'hidden' });
  }

  /** Reveals line `lineNumber`, hovers `word` on it, and returns the hover's text. */
  async hover(lineNumber, word) {
    await this.goTo(lineNumber);
    // The innermost span holding the word: the last match inside its rendered line.
    const target = this.line(word).locator('span', { hasText: word }).last();
    const hover = this.page.locator(SELECTORS.hover).first();
    // A hover can be dismissed as it opens (the line moves when code lenses arrive): move the
    // mouse away and back until it stays.
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      await this.page.mouse.move(0, 0);
      const box = await target.boundingBox();
      await this.page.mouse.move(box.x + 4, box.y + box.height / 2);
      await this.page.mouse.move(box.x + 8, box.y + box.height / 2);
      try {
        await this.page.waitForFunction((selector) => {
          const element = document.querySelector(selector);
          return element && element.innerText.trim().length > 0 && getComputedStyle(element.closest('.monaco-hover')).opacity === '1';
        }, SELECTORS.hover, { timeout: 5_000 });
        return hover.innerText();
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
    }
  }

  /** Types a snippet prefix, opens suggestions, and accepts the suggestion labelled `prefix`. */
  async insertSnippet(prefix) {
    await this.focusEditor();
    await this.page.keyboard.type(prefix);
    await this.page.keyboard.press('Control+Space');
    // Exact label: "codev" must not pick "codev-en".
    const label = this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(prefix)}$`) });
    const row = this.page.locator(SELECTORS.suggestRow).filter({ has: label }).first();
    await row.waitFor();
    await row.click();
    await this.page.locator(SELECTORS.suggestRow).first().waitFor({ state: 'hidden' });
  }

  /** Opens the quick fix menu at the cursor and applies the action whose title matches. */
  async applyQuickFix(titlePattern) {
    // The light bulb shows once the editor has the cursor's code actions; pressing Control+.
    // earlier only says "No code actions available", so the press is repeated until the menu shows.
    await this.page.locator(SELECTORS.lightBulb).first().waitFor();
    const action = this.page.locator(SELECTORS.actionItem).filter({ hasText: titlePattern }).first();
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      await this.page.keyboard.press('Control+.');
      try {
        await action.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await this.page.keyboard.press('Escape');
      }
    }
    await action.click();
    await this.page.locator(SELECTORS.actionItem).first().waitFor({ state: 'hidden' });
  }

  /** Saves the active editor and returns the file's text once it holds what `ready` expects. */
  async saveAndRead(name, ready) {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+S');
    await this.activeTab(name).and(this.page.locator(':not(.dirty)')).waitFor();
    const file = path.join(this.folder, name);
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const text = await readFile(file, 'utf8');
      if (ready(text) || Date.now() > deadline) return text;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
