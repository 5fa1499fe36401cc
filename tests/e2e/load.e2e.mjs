// Loading a large file: the read worker streams it from disk with a progress bar and Cancel;
// cancelling keeps the data set, results and project that were there; reading it again loads it.
import { expect } from './helpers.mjs';

const ready = (page) => page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 20_000 });
const text = async (loc) => (await loc.textContent())?.trim();

/** A seeded 50,000 × 10 customer file (~3 MB): id, region and eight amounts. */
function bigCsv(rows) {
  let s = 1;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out = ['customer_id,region,deposits,loans,fees,cards,products,years,overdue,growth'];
  const regions = ['North', 'South', 'East', 'West'];
  for (let i = 0; i < rows; i++) {
    out.push(
      [`C${100000 + i}`, regions[i % 4], (rnd() * 90000).toFixed(2), (rnd() * 9000).toFixed(2), (rnd() * 50).toFixed(2), 1 + Math.floor(rnd() * 5), 1 + Math.floor(rnd() * 8), 1 + Math.floor(rnd() * 25), Math.floor(rnd() * 60), (rnd() * 40 - 10).toFixed(1)].join(','),
    );
  }
  return Buffer.from(out.join('\n') + '\n');
}

export const tests = {
  async 'a 50,000-row file shows a progress bar while it streams in, Cancel keeps the previous data and project, and loading it again reads every row'({ page, base, shot }) {
    await page.goto(base);
    await ready(page);
    const step = page.locator('#step-data');
    const projectBefore = await page.evaluate(() => localStorage.getItem('valueseg.project'));
    const buffer = bigCsv(50_000);
    const input = page.getByTestId('file-input');

    // Watch in the page and press Cancel as soon as the first progress (rows read > 0) shows:
    // the whole read takes a fraction of a second, too short to drive from outside.
    const watched = page.evaluate(
      () =>
        new Promise((resolve) => {
          const look = () => {
            const el = document.querySelector('[data-testid="load-progress"]');
            const span = el?.querySelector('span')?.textContent?.trim() ?? '';
            const m = /, ([\d,]+) rows so far$/.exec(span);
            if (el && m && Number(m[1].replace(/,/g, '')) > 0) {
              const seen = { max: el.querySelector('progress')?.max, value: el.querySelector('progress')?.value, text: span };
              el.querySelector('[data-testid="cancel-load"]').click();
              resolve(seen);
              return;
            }
            requestAnimationFrame(look);
          };
          look();
        }),
    );
    await input.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer });
    const seen = await watched;
    expect(seen.max === buffer.length, `the bar's maximum is the file size (${seen.max})`);
    expect(seen.value > 0 && seen.value < buffer.length, `the bar shows part of the file read (${seen.value} of ${buffer.length})`);
    expect(/^Reading big\.csv: \d+\.\d of \d+\.\d MB, [\d,]+ rows so far$/.test(seen.text), `progress text: ${seen.text}`);
    await step.getByTestId('load-progress').waitFor({ state: 'detached', timeout: 5_000 });
    await page.waitForTimeout(1000); // a read that was not stopped would have ended by now

    // Everything as it was: the sample's report, its 600 customers, the project, no problem shown.
    expect((await text(step.getByTestId('report-file'))) === 'corporate_customers.csv', 'the report still names the sample');
    expect((await text(step.getByTestId('report-rows'))) === '600', 'still 600 rows');
    await ready(page);
    expect((await step.getByTestId('data-problem').count()) === 0, 'a cancel is not reported as a problem');
    expect((await page.evaluate(() => localStorage.getItem('valueseg.project'))) === projectBefore, 'the saved project is unchanged');
    await page.getByRole('figure', { name: 'Elbow chart' }).locator('svg').first().waitFor({ timeout: 10_000 });

    // Loading it again (no throttling) reads all 50,000 rows.
    await input.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer });
    await step.getByTestId('report-rows').filter({ hasText: '50,000' }).waitFor({ timeout: 30_000 });
    expect((await text(step.getByTestId('report-file'))) === 'big.csv', 'the report names the new file');
    expect((await step.getByTestId('load-progress').count()) === 0, 'the progress bar is gone');
    await shot('load-done.png');
  },
};
