// The UI suite: Readout installed from its .vsix into code-server, used with the mouse and keyboard
// in headless chromium. test/ui/run-ui.sh starts the server and passes READOUT_UI_URL and
// READOUT_UI_WORKSPACE (a folder holding the seed readout). Screenshots: test-results/screenshots/.
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser, workbenchUrl, type Browser } from '../harness/browser';
import { Workbench } from './workbench';

const SEED = 'seed-meeting-procurator-general.txt';
const RESULTS = resolve(__dirname, '../../test-results');

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the UI suite with npm run test:ui`);
  return value;
}

describe('Readout in the workbench (installed from readout.vsix)', function () {
  let browser: Browser;
  let workbench: Workbench;
  const metrics: Record<string, number> = {};

  before(async () => {
    browser = await launchBrowser();
    workbench = new Workbench(browser.page, resolve(RESULTS, 'screenshots'));
    await workbench.open(workbenchUrl(required('READOUT_UI_URL'), required('READOUT_UI_WORKSPACE')), SEED);
  });

  after(async () => {
    await browser?.close();
    if (Object.keys(metrics).length) {
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(resolve(RESULTS, 'ui-metrics.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), ...metrics }, null, 2)}\n`);
    }
  });

  it('highlights the seed readout when it is opened', async () => {
    await workbench.openFile(SEED);
    // from the Quick Open keypress to the first extension decoration on screen
    metrics.openToDecorationsOnScreenMs = await workbench.waitForDecorations('> 0');
    console.log(`      [readout-metric] openToDecorationsOnScreenMs=${metrics.openToDecorationsOnScreenMs}`);
    await browser.page.waitForTimeout(500); // let the gutter icons and the minimap settle for the picture
    await workbench.screenshot('highlights');
  });

  it('shows Procurator-General when the mouse rests on Cao Jianming', async () => {
    const hover = await workbench.hover('Cao Jianming', 'Procurator-General');
    await workbench.screenshot('hover');
    assert.match(hover, /Procurator-General/, `the hover said: ${JSON.stringify(hover)}`);
    assert.match(hover, /Supreme People.s Procuratorate/);
  });

  it('lists both participants in the Outline view', async () => {
    await browser.page.mouse.move(5, 5);
    await browser.page.keyboard.press('Escape');
    await workbench.runCommand('Explorer: Focus on Outline View');
    const outline = workbench.pane('Outline');
    await outline.locator('.monaco-list-row', { hasText: 'Participants' }).first().waitFor({ timeout: 30_000 });
    // more room for the outline: fold the file list above it
    await workbench.pane('Explorer Section').locator('.pane-header').click();
    await outline.locator('.monaco-list-row', { hasText: 'Aleksandr Lukashenko' }).first().waitFor({ timeout: 10_000 });
    const rows = await workbench.paneRows('Outline');
    await workbench.screenshot('outline');
    assert.ok(rows.some((r) => r.startsWith('Participants')), `outline rows: ${JSON.stringify(rows)}`);
    for (const name of ['Cao Jianming', 'Aleksandr Lukashenko']) {
      assert.ok(rows.some((r) => r.startsWith(name)), `${name} is not in the outline: ${JSON.stringify(rows)}`);
    }
  });

  it('shows the meeting and its participants in the Meeting view', async () => {
    await workbench.runCommand('Readout: Focus on Meeting View');
    const meeting = workbench.pane('Meeting');
    await meeting.locator('.monaco-list-row', { hasText: 'Cao Jianming' }).first().waitFor({ timeout: 30_000 });
    const rows = await workbench.paneRows('Meeting');
    await workbench.screenshot('meeting-view');
    for (const name of ['Cao Jianming', 'Aleksandr Lukashenko']) {
      assert.ok(rows.some((r) => r.includes(name)), `${name} is not in the Meeting view: ${JSON.stringify(rows)}`);
    }
  });

  it('Readout: Toggle Highlights from the command palette hides the highlights, and again shows them', async () => {
    assert.ok((await workbench.decorationCount()) > 0, 'highlights are on before toggling');
    await workbench.runCommand('Readout: Toggle Highlights');
    await workbench.waitForDecorations('=== 0', 10_000);
    await workbench.screenshot('highlights-off');
    await workbench.runCommand('Readout: Toggle Highlights');
    await workbench.waitForDecorations('> 0', 10_000);
  });
});
