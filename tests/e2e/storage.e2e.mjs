// Storage full or denied (private mode, site storage blocked): autosave says so in the status
// area, in the page's language, with an Export project button right there; the page keeps working.
import { readFileSync } from 'node:fs';
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';

/** Opens the page, edits a segment name, and checks the page still computes, exports and switches language. */
async function keepsWorking(page, base, english, chinese, file) {
  await page.goto(base);
  await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
  const state = page.getByTestId('save-state');
  await state.filter({ hasText: english }).waitFor({ timeout: 10_000 });
  expect((await state.getAttribute('role')) === 'alert', 'the failure is not announced');
  // Edits still work and recompute.
  const name = page.locator('[data-testid="segment-card"][data-cluster="1"]').getByTestId('segment-name');
  await name.fill('Kept by export');
  await name.press('Enter');
  const tier = page.getByTestId('tier-threshold-1');
  await tier.fill('2000');
  await tier.press('Enter');
  await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
  expect((await page.getByTestId('status').locator('.error').count()) === 0, 'the status line shows an error');
  await state.filter({ hasText: english }).waitFor();
  // The export right there carries the unsaved work.
  const [dl] = await Promise.all([page.waitForEvent('download'), state.getByRole('button', { name: 'Export project' }).click()]);
  const project = JSON.parse(readFileSync(await dl.path(), 'utf8'));
  expect(dl.suggestedFilename().endsWith('.json'), `file name ${dl.suggestedFilename()}`);
  expect(project.segments?.length === 1 && project.segments[0].cluster === 1 && project.segments[0].name === 'Kept by export', `the exported project lacks the edit: ${JSON.stringify(project.segments)}`);
  expect(project.options.scoring.tiers.thresholds[1] === 2000, 'the exported project lacks the tier threshold');
  // The page keeps its charts.
  expect((await page.getByRole('figure', { name: 'Elbow chart' }).locator('svg').count()) > 0, 'the elbow chart is gone');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${OUT}/${file}-en.png` });
  // Said in Chinese too.
  await page.getByLabel('Language').selectOption('zh-CN');
  await state.filter({ hasText: chinese }).waitFor();
  await state.getByRole('button', { name: '导出项目' }).waitFor();
  await page.screenshot({ path: `${OUT}/${file}-zh.png` });
}

export const tests = {
  async 'a full storage is said in the status area with an Export project button, and the page keeps working'({ page, base }) {
    await page.addInitScript(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      Storage.prototype.setItem = full;
      IDBObjectStore.prototype.put = full;
    });
    await keepsWorking(page, base, /storage is full: your latest changes are not saved here/, /存储空间已满/, 'storage-full');
  },

  async 'storage denied (private mode, site storage blocked) is said with an Export project button, and the page keeps working'({ page, base }) {
    await page.addInitScript(() => {
      const denied = () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: denied, configurable: true });
      IDBFactory.prototype.open = denied;
    });
    await keepsWorking(page, base, /does not allow saving \(private mode or site storage blocked\)/, /不允许保存/, 'storage-denied');
  },

  async 'a data file the storage cannot hold is said, while the project itself is saved'({ page, base }) {
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(base);
    await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
    const state = page.getByTestId('save-state');
    await state.filter({ hasText: /the data file did not fit in the browser’s storage/ }).waitFor();
    await state.getByRole('button', { name: 'Export project' }).waitFor();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('valueseg.project') ?? 'null'));
    expect(saved?.hierarchy?.goal === 'Corporate customer value', 'the project was not saved');
  },
};
