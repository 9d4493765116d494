// Drives a code-server workbench the way a user does: Quick Open, the command palette, the mouse,
// view panes; reads back what is on screen from the DOM. Works on any code-server page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

// In-page script (a string: the project compiles without DOM types): the box of the first
// occurrence of a text on one rendered editor line (Monaco renders spaces as U+00A0).
const TEXT_BOX = `(needle) => {
  for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')) {
    const nodes = [];
    let text = '';
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) { nodes.push([walker.currentNode, text.length]); text += walker.currentNode.data; }
    const at = text.replace(/\\u00a0/g, ' ').indexOf(needle);
    if (at < 0) continue;
    const locate = (offset) => { for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= offset) return [nodes[i][0], offset - nodes[i][1]]; };
    const [startNode, startOffset] = locate(at);
    const [endNode, endOffset] = locate(at + needle.length - 1);
    const range = document.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset + 1);
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }
  return null;
}`;

/** CSS classes VS Code gives the decorations of extensions' TextEditorDecorationTypes. */
const EXTENSION_DECORATION = '.editor-instance .monaco-editor [class*="ced-"]';

export class Workbench {
  constructor(
    readonly page: Page,
    private readonly screenshotDir: string,
  ) {
    mkdirSync(screenshotDir, { recursive: true });
  }

  /** Opens the workbench on a folder and waits until the Explorer lists `expectFile`. */
  async open(url: string, expectFile: string): Promise<void> {
    await this.page.goto(url);
    await this.page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: expectFile }).first().waitFor({ timeout: 90_000 });
  }

  /** Quick Open (Ctrl+P) → the file; resolves when the keypress that opens it has been sent. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.quickInput(name);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30_000 });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
  }

  /** The command palette (F1) → the command with this exact title (e.g. `Readout: Refresh`). */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.quickInput(title);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ timeout: 30_000 });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
  }

  private async quickInput(text: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await this.page.keyboard.type(text);
  }

  /** Where a text is drawn in the active editor, or null if it is not on screen. */
  async textBox(text: string): Promise<Box | null> {
    return (await this.page.evaluate(`(${TEXT_BOX})(${JSON.stringify(text)})`)) as Box | null;
  }

  /**
   * Rests the mouse on a text of the editor until a hover containing `expected` shows (the
   * extension may still be annotating); returns the text of the hovers seen last.
   */
  async hover(text: string, expected: string, attempts = 15): Promise<string> {
    let seen = '';
    for (let i = 0; i < attempts && !seen.includes(expected); i++) {
      await this.page.mouse.move(5, 5); // off the text, so that the next move is a new hover
      await this.page.waitForTimeout(200);
      const box = await this.textBox(text);
      if (!box) throw new Error(`“${text}” is not on screen`);
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      await this.page.locator('.monaco-hover', { hasText: expected }).first().waitFor({ state: 'visible', timeout: 2_000 }).catch(() => undefined);
      seen = (await this.page.locator('.monaco-hover:visible').allInnerTexts().catch(() => [])).join('\n');
    }
    return seen;
  }

  /** How many extension decorations the editor draws (inline, whole-line, gutter). */
  decorationCount(): Promise<number> {
    return this.page.locator(EXTENSION_DECORATION).count();
  }

  /** Waits until the decoration count satisfies `test`; returns the time it took in ms. */
  async waitForDecorations(test: string, timeoutMs = 30_000): Promise<number> {
    const started = Date.now();
    await this.page.waitForFunction(`document.querySelectorAll(${JSON.stringify(EXTENSION_DECORATION)}).length ${test}`, null, {
      timeout: timeoutMs,
      polling: 'raf',
    });
    return Date.now() - started;
  }

  /** A view pane of the side bar, by its title (`Outline`, `Meeting`). */
  pane(title: string): Locator {
    return this.page.locator('.pane', { has: this.page.locator(`.pane-header[aria-label^="${title}"]`) });
  }

  /** The accessible labels of a pane's rows, as the screen reader would say them. */
  async paneRows(title: string): Promise<string[]> {
    const rows = this.pane(title).locator('.monaco-list-row');
    const labels: string[] = [];
    for (const row of await rows.all()) labels.push((await row.getAttribute('aria-label')) ?? (await row.innerText()));
    return labels;
  }

  async screenshot(name: string): Promise<string> {
    const path = join(this.screenshotDir, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }
}
