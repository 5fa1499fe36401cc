// Ten files of the hostile-input corpus (tests/fixtures/bad/) driven through the real page:
// each message is shown next to the thing it names (the data step's read report for CSV lines
// and columns, the picker for a file that cannot be read, the clusters step for k, the import
// panel or the indicator for project files), and the rest of the project keeps working.
import { readFileSync } from 'node:fs';
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const BAD = 'tests/fixtures/bad/';
const GBANK = ['High quality', 'High present value', 'High potential', 'Low quality'];

async function open(page, base) {
  await page.goto(base);
  await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
  await page.getByTestId('segment-card').first().waitFor();
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
}

/** Puts a corpus file in the data step's file input. */
async function upload(page, file) {
  await page.getByTestId('file-input').setInputFiles({ name: file, mimeType: 'text/csv', buffer: readFileSync(BAD + file) });
  await page.getByTestId('report-file').filter({ hasText: file }).waitFor({ timeout: 15_000 });
}

/** Imports a project file in the export step. */
async function importFile(page, name, buffer) {
  await page.getByLabel('Import a project (JSON)').setInputFiles({ name, mimeType: 'application/json', buffer });
}

/** The read report's problem naming `text`, as shown (the list item). */
async function readProblem(page, text) {
  const item = page.getByTestId('read-problems').locator('li', { hasText: text });
  await item.first().waitFor({ timeout: 10_000 });
  return (await item.first().innerText()).replace(/\s+/g, ' ');
}

const names = (page) => page.getByTestId('segment-name').evaluateAll((els) => els.map((e) => e.value));
const criteria = (page) => page.locator('#step-indicators [data-testid="criterion"] > .head input[type="text"]').evaluateAll((els) => els.map((e) => e.value));

/** The sample project is intact, and loading the sample data again computes it with its charts. */
async function sampleStillWorks(page) {
  expect(JSON.stringify(await criteria(page)) === JSON.stringify(['Current value', 'Potential value']), `the project changed: ${await criteria(page)}`);
  const step = page.locator('#step-data');
  await step.getByLabel('Shipped data sets').selectOption('corporate_customers.csv');
  await step.getByRole('button', { name: 'Load data set' }).click();
  await page.getByTestId('status').filter({ hasText: /600 customers, 10 indicators, k = 4/ }).waitFor({ timeout: 30_000 });
  await until(() => names(page), (v) => JSON.stringify(v) === JSON.stringify(GBANK), 'segments after reloading the sample');
  await page.getByRole('figure', { name: 'Elbow chart' }).locator('svg').first().waitFor();
}

/** The project and the data are untouched by a refused import, and the charts are still there. */
async function importRefusedKeepsAll(page) {
  expect(JSON.stringify(await names(page)) === JSON.stringify(GBANK), 'a refused import changed the segments');
  expect(/600 customers, 10 indicators, k = 4/.test(await page.getByTestId('status').innerText()), 'the status changed');
  expect((await page.getByRole('figure', { name: 'Elbow chart' }).locator('svg').count()) > 0, 'the elbow chart is gone');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('valueseg.project') ?? 'null'));
  expect(saved === null || saved.hierarchy.goal === 'Corporate customer value', 'the refused project reached the autosave');
}

const stepShot = (page, id, file) => page.locator(`#step-${id}`).screenshot({ path: `${OUT}/${file}` });

/** A small project over the corpus's base table (customer_id, deposits, loans, growth). */
function smallProject(k) {
  const sample = JSON.parse(readFileSync('datasets/corporate_customers.project.json', 'utf8'));
  return {
    version: 1,
    name: 'Corpus project',
    data: { idColumn: 'customer_id' },
    hierarchy: {
      goal: 'Value',
      criteria: [
        {
          id: 'cur',
          name: 'Current value',
          role: 'current',
          indicators: [
            { id: 'dep', name: 'Deposits', column: 'deposits', direction: 'benefit' },
            { id: 'loan', name: 'Loans', column: 'loans', direction: 'benefit' },
          ],
        },
        { id: 'pot', name: 'Potential value', role: 'potential', indicators: [{ id: 'gro', name: 'Growth', column: 'growth', direction: 'benefit' }] },
      ],
    },
    experts: [{ id: 'e1', name: 'Expert 1' }],
    judgments: [
      { node: 'goal', expert: 'e1', items: ['cur', 'pot'], matrix: [[1, 2], ['1/2', 1]] },
      { node: 'cur', expert: 'e1', items: ['dep', 'loan'], matrix: [[1, 3], ['1/3', 1]] },
    ],
    options: {
      ...sample.options,
      scoring: { split: 'mean', abc: { source: 'score:composite', cuts: [0.8, 0.95] } },
      segmentation: { ...sample.options.segmentation, k, kMin: 2, kMax: 3, restarts: 3, compositionColumn: undefined },
    },
  };
}

export const tests = {
  async 'corpus csv-ragged.csv: the short and the long line are named in the read report, and the project keeps working'({ page, base }) {
    await open(page, base);
    await upload(page, 'csv-ragged.csv');
    const short = await readProblem(page, 'Line 3 has 2 fields; the header has 4.');
    expect(short.includes('Columns "loans", "growth" are read as missing on this line.'), short);
    expect((await readProblem(page, 'Line 4 has 6 fields; the header has 4.')).includes('The 2 extra fields are dropped.'), 'line 4');
    expect((await page.getByTestId('report-rows').innerText()).trim() === '4', 'four rows');
    await stepShot(page, 'data', 'corpus-ragged.png');
    await sampleStillWorks(page);
  },

  async 'corpus csv-quote-open.csv: the unclosed quote is named with its line, and the project keeps working'({ page, base }) {
    await open(page, base);
    await upload(page, 'csv-quote-open.csv');
    const p = await readProblem(page, 'Line 3 opens a quoted field');
    expect(p.includes('("Beta Ltd,80…") that is never closed, so the rest of the file (lines 3 to 5) was read as one cell. Close the quote or remove it.'), p);
    await sampleStillWorks(page);
  },

  async 'corpus csv-duplicate-headers.csv: the renamed column is named in the report and in the preview'({ page, base }) {
    await open(page, base);
    await upload(page, 'csv-duplicate-headers.csv');
    await readProblem(page, 'Columns 2 and 3 are both named "deposits"; column 3 is renamed to "deposits (2)".');
    expect((await page.getByTestId('preview').locator('thead th', { hasText: 'deposits (2)' }).count()) === 1, 'the preview shows "deposits (2)"');
    await sampleStillWorks(page);
  },

  async 'corpus csv-gbk.csv: read as GBK, the encoding is said in the report, and the Chinese headers are shown'({ page, base }) {
    await open(page, base);
    await upload(page, 'csv-gbk.csv');
    expect((await page.getByTestId('report-encoding').innerText()).includes('GB'), `encoding: ${await page.getByTestId('report-encoding').innerText()}`);
    await readProblem(page, 'The file is not UTF-8 (line 1 has bytes that are not UTF-8); it was read as GB18030/GBK');
    const headers = await page.getByTestId('preview').locator('thead th').allInnerTexts();
    expect(headers.some((h) => /[\u4e00-\u9fff]/.test(h)), `no Chinese header: ${headers}`);
    await sampleStillWorks(page);
  },

  async 'corpus csv-number-decimal-comma.txt: "1.234,5" is named with its column and lines and the decimal-comma advice'({ page, base }) {
    await open(page, base);
    await upload(page, 'csv-number-decimal-comma.txt');
    const p = await readProblem(page, 'Column "deposits" has 2 cells that are not numbers (lines 2 and 3: "1.234,5", "80,5")');
    expect(p.includes('use a decimal comma'), p);
    // The summary row of that column counts them as invalid (the column summary's row, not the
    // new-project panel's row of the same column).
    expect((await page.getByTestId('column-summary').locator('tr[data-column="deposits"] td').nth(2).innerText()).trim() === '2', 'the column summary counts 2 invalid cells');
    await sampleStillWorks(page);
  },

  async 'corpus csv-all-missing-column.csv: the empty column is named in the report'({ page, base }) {
    await open(page, base);
    await upload(page, 'csv-all-missing-column.csv');
    await readProblem(page, 'Column "loans" is empty in all 4 rows.');
    await sampleStillWorks(page);
  },

  async 'corpus csv-empty.csv: an empty file is refused next to the picker and the previous data set, project and charts stay'({ page, base }) {
    await open(page, base);
    await page.getByTestId('file-input').setInputFiles({ name: 'csv-empty.csv', mimeType: 'text/csv', buffer: readFileSync(BAD + 'csv-empty.csv') });
    const problem = page.getByTestId('data-problem');
    await problem.waitFor({ timeout: 10_000 });
    expect((await problem.innerText()).includes('csv-empty.csv could not be read. The file is empty.'), await problem.innerText());
    expect((await page.getByTestId('report-file').innerText()).trim() === 'corporate_customers.csv', 'the previous data set stays');
    await importRefusedKeepsAll(page);
  },

  async 'corpus csv-fewer-rows-than-k.csv: k = 4 on 3 customers is refused in the clusters step, naming k; k = 2 then computes'({ page, base }) {
    await open(page, base);
    await importFile(page, 'corpus-k4.json', Buffer.from(JSON.stringify(smallProject(4))));
    await page.getByTestId('import-result').filter({ hasText: 'Imported corpus-k4.json' }).waitFor();
    await upload(page, 'csv-fewer-rows-than-k.csv');
    const clusters = page.locator('#step-clusters');
    await clusters.getByText('k = 4 but only 3 customers: k must be smaller than the number of customers.').waitFor({ timeout: 20_000 });
    await stepShot(page, 'clusters', 'corpus-fewer-rows-than-k.png');
    // Only the clustering failed: the weights chart and the ranking still show the three customers' weights and scores.
    await until(() => page.getByTestId('ranking-status').innerText(), (s) => /of 3$/.test(s.trim()), 'the ranking of the three customers');
    const bars = await page.getByRole('figure', { name: 'Weights chart' }).locator('svg rect').count();
    expect(bars >= 3, `the weights chart has ${bars} bars; expected one per method for each of the 3 indicators`);
    // The data step reads the file without a problem of its own: the refusal belongs to k.
    expect((await page.getByTestId('report-rows').innerText()).trim() === '3', 'three rows');
    await page.getByTestId('cluster-k').selectOption('2');
    await page.getByTestId('status').filter({ hasText: /3 customers, 3 indicators, k = 2/ }).waitFor({ timeout: 20_000 });
  },

  async 'corpus project-judgment-zero.json: the import panel names the judgment by path and items, and the current project stays'({ page, base }) {
    await open(page, base);
    await importFile(page, 'project-judgment-zero.json', readFileSync(BAD + 'project-judgment-zero.json'));
    const box = page.getByTestId('import-problems');
    await box.waitFor();
    const text = (await box.innerText()).replace(/\s+/g, ' ');
    expect(text.includes('project-judgment-zero.json is not a valid project; the current project is kept.'), text);
    expect(text.includes('judgments[1].matrix[0][1]') && text.includes('Judgment "Average daily deposits" vs "Loan balance" (node Current value, expert Expert 1) is 0; a judgment is a positive ratio from 1/9 to 9 (1 means equally important).'), text);
    await stepShot(page, 'export', 'corpus-judgment-zero.png');
    await importRefusedKeepsAll(page);
  },

  async 'corpus project-not-reciprocal.json: the import panel names both judgments of the pair, and the current project stays'({ page, base }) {
    await open(page, base);
    await importFile(page, 'project-not-reciprocal.json', readFileSync(BAD + 'project-not-reciprocal.json'));
    const box = page.getByTestId('import-problems');
    await box.waitFor();
    const text = (await box.innerText()).replace(/\s+/g, ' ');
    expect(text.includes('judgments[0].matrix[0][1]') && text.includes('= 2 and "Potential value" vs "Current value" = 3 (node Corporate customer value, expert Expert 1) are not reciprocal; the second should be 1/2'), text);
    await importRefusedKeepsAll(page);
  },

  async 'corpus project-missing-column.json: imported, the unbound indicator is flagged in place; undo brings the sample back computed'({ page, base }) {
    await open(page, base);
    await importFile(page, 'project-missing-column.json', readFileSync(BAD + 'project-missing-column.json'));
    await page.getByTestId('import-result').filter({ hasText: 'Imported project-missing-column.json' }).waitFor();
    const card = page.locator('#step-indicators [data-testid="criterion"][data-id="current"]');
    const flagged = card.getByTestId('indicator-problems').filter({ hasText: 'loan_bal' });
    await flagged.waitFor();
    expect(/no column “?"?loan_bal/.test(await flagged.innerText()), await flagged.innerText());
    await stepShot(page, 'indicators', 'corpus-missing-column.png');
    await page.getByTestId('status').filter({ hasText: /invalid|problem/i }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByTestId('status').filter({ hasText: /600 customers, 10 indicators, k = 4/ }).waitFor({ timeout: 30_000 });
    expect((await card.getByTestId('indicator-problems').count()) === 0, 'the flag stays after undo');
  },
};
