// Never lose work: reopening the page restores the project, the data set and the step the
// user was at — also when the tab was killed right after an edit, with nothing run on unload.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A browser profile on disk (like a user's), under the harness's request watch. */
async function launchProfile(dir, watch) {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  await watch(context);
  return context;
}

/** Kills the tab's renderer process: no beforeunload, pagehide, visibilitychange or unload runs. */
async function killTab(context, page) {
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  cdp.send('Page.crash').catch(() => {}); // never answers: the renderer is gone
  await crashed;
}

/** The sample file without its last 10 customers, under another name. */
function branchCsv() {
  const lines = readFileSync('datasets/corporate_customers.csv', 'utf8').trimEnd().split('\n');
  return Buffer.from(lines.slice(0, -10).join('\n') + '\n');
}

const criterionName = (page, id) => page.locator(`#step-indicators [data-testid="criterion"][data-id="${id}"] > .head input[type="text"]`);
const strategyOf = (page, n) => page.locator(`[data-testid="segment-card"][data-cluster="${n}"]`).getByTestId('segment-strategy');

export const tests = {
  async 'reopening the page returns to the step the user was at, and the rail marks it'({ page, base }) {
    await page.goto(base);
    await page.getByRole('status').filter({ hasText: /600/ }).first().waitFor({ timeout: 30_000 });
    await page.getByRole('navigation').getByRole('link', { name: /Segments/ }).click();
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('valueseg.ui') ?? '{}').step === 'segments', null, { timeout: 10_000 });
    await page.reload();
    await page.getByRole('status').filter({ hasText: /600/ }).first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => {
      const r = document.getElementById('step-segments')?.getBoundingClientRect();
      return !!r && r.top < window.innerHeight / 2 && r.bottom > 0;
    }, null, { timeout: 30_000 }); // the scroll waits for the full run, slow on a loaded machine
    const current = await page.locator('nav a[aria-current="step"]').innerText();
    if (!current.includes('Segments')) throw new Error(`the rail marks "${current}" after reopening`);
  },

  async 'a tab killed right after its last edit reopens with every edit, the data set and the step it was at'({ base, watch }) {
    const dir = mkdtempSync(join(tmpdir(), 'valueseg-profile-'));
    try {
      let context = await launchProfile(dir, watch);
      let page = context.pages()[0] ?? (await context.newPage());
      await page.goto(base);
      await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
      // Another data set: the sample less its last ten customers, as branch.csv.
      await page.getByTestId('file-input').setInputFiles({ name: 'branch.csv', mimeType: 'text/csv', buffer: branchCsv() });
      await page.getByTestId('status').filter({ hasText: /590 customers/ }).waitFor({ timeout: 30_000 });
      await page.locator('.saved').filter({ hasText: /Saved/ }).waitFor();
      // 1. A criterion renamed.
      const name = criterionName(page, 'current');
      await name.fill('Present value');
      await name.press('Enter');
      // 2. A judgment: deposits versus loans from 2 to 1 with the keyboard.
      const cur = page.locator('#step-judgments').getByTestId('judgments-node-current');
      await cur.getByRole('slider', { name: 'Average daily deposits versus Loan balance' }).focus();
      await page.keyboard.press('ArrowRight');
      await until(() => cur.getByTestId('cell-0-1').inputValue(), (v) => v === '1', 'a_12 after the slider');
      // 3. A tier threshold.
      const tier = page.getByTestId('tier-threshold-1');
      await tier.fill('2000');
      await tier.press('Enter');
      await page.getByTestId('status').filter({ hasText: /590 customers/ }).waitFor({ timeout: 30_000 });
      // 4. A segment strategy, the last edit; the tab dies right after it.
      const strategy = 'Strategy typed just before the tab died: call every client this week.';
      const area = strategyOf(page, 3);
      await area.fill(strategy);
      await area.press('Tab');
      await killTab(context, page);
      await context.close();

      context = await launchProfile(dir, watch);
      page = context.pages()[0] ?? (await context.newPage());
      await page.goto(base);
      await page.getByTestId('status').filter({ hasText: /590 customers/ }).waitFor({ timeout: 30_000 });
      expect((await page.getByTestId('report-file').innerText()).trim() === 'branch.csv', 'the data set branch.csv was not restored');
      expect((await criterionName(page, 'current').inputValue()) === 'Present value', 'the criterion name was lost');
      const cur2 = page.locator('#step-judgments').getByTestId('judgments-node-current');
      expect((await cur2.getByTestId('cell-0-1').inputValue()) === '1', 'the judgment was lost');
      expect((await page.getByTestId('tier-threshold-1').inputValue()) === '2000', 'the tier threshold was lost');
      await until(() => strategyOf(page, 3).inputValue(), (v) => v === strategy, 'the strategy typed last');
      await page.waitForFunction(() => {
        const r = document.getElementById('step-segments')?.getBoundingClientRect();
        return !!r && r.top < window.innerHeight / 2 && r.bottom > 0;
      }, null, { timeout: 10_000 });
      expect((await page.locator('nav a[aria-current="step"]').innerText()).includes('Segments'), 'the step was not restored');
      await page.screenshot({ path: join(OUT, 'restore-after-kill.png') });
      await context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },

  async 'text still being typed when the tab is hidden or closed is committed and saved'({ base, watch }) {
    const dir = mkdtempSync(join(tmpdir(), 'valueseg-profile-'));
    try {
      let context = await launchProfile(dir, watch);
      let page = context.pages()[0] ?? (await context.newPage());
      await page.goto(base);
      await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
      // Typed, never committed (no Enter, no Tab): the tab is closed without beforeunload.
      const strategy = 'Half-finished note about segment 2';
      await strategyOf(page, 2).fill(strategy);
      await page.close({ runBeforeUnload: false });
      await context.close();

      context = await launchProfile(dir, watch);
      page = context.pages()[0] ?? (await context.newPage());
      await page.goto(base);
      await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
      await until(() => strategyOf(page, 2).inputValue(), (v) => v === strategy, 'the strategy being typed');
      await context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
