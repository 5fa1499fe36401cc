// Step 1 Data: read report, column summary, virtualised preview, shipped data sets, uploads
// (UTF-8, GBK, hostile header), column type overrides and the missing-value policy.
import { expect } from './helpers.mjs';

const ready = (page) => page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 20_000 });
const dataStep = (page) => page.locator('#step-data');
const OUT = process.env.E2E_OUT ?? '.ci-out';
/** A screenshot of one element, taken on the full page so the sticky header does not cover it. */
async function clipShot(page, locator, file) {
  const box = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
  });
  await page.evaluate(() => window.scrollTo(0, 0)); // the sticky header stays at the top of the page
  await page.screenshot({ path: `${OUT}/${file}`, fullPage: true, clip: box });
}
const text = async (loc) => (await loc.textContent())?.trim();

/** Scrolls the preview to its end and waits for the row of the given file line to be rendered. */
async function scrollPreviewToEnd(page, lastLine) {
  const preview = page.getByTestId('preview');
  await preview.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const cell = preview.locator('td.line', { hasText: new RegExp(`^${lastLine}$`) });
  await cell.waitFor({ timeout: 5_000 });
  // the last row is inside the scroll box, not just in the DOM
  const box = await preview.boundingBox();
  const row = await cell.boundingBox();
  expect(row && box && row.y >= box.y && row.y + row.height <= box.y + box.height + 1, `line ${lastLine} is not visible in the preview`);
  return preview;
}

async function upload(page, name, buffer, mimeType = 'text/csv') {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType, buffer });
}

export const tests = {
  async 'first load shows the sample’s read report, a column summary with histograms and a preview of the first rows'({ page, base, shot }) {
    await page.goto(base);
    await ready(page);
    const step = dataStep(page);
    expect((await text(step.getByTestId('report-file'))) === 'corporate_customers.csv', 'report names the sample file');
    expect((await text(step.getByTestId('report-rows'))) === '600', `rows: ${await text(step.getByTestId('report-rows'))}`);
    expect((await text(step.getByTestId('report-encoding'))) === 'UTF-8', 'encoding UTF-8');
    expect(/^13/.test(await text(step.getByTestId('report-columns'))), 'columns: 13');
    const summaryRows = step.getByTestId('column-summary').locator('tbody tr');
    expect((await summaryRows.count()) === 13, 'one summary row per column');
    // the summary's own row: the new-project panel (issue 8) lists numeric columns in rows too
    const loanRow = step.getByTestId('column-summary').locator('tr[data-column="loan_balance"]');
    expect((await text(loanRow.locator('td').nth(1))) === '2', 'loan_balance has 2 missing cells');
    const hist = step.getByRole('figure', { name: 'Histogram of avg_daily_deposits' });
    await hist.locator('svg rect').first().waitFor();
    expect((await hist.locator('svg rect').count()) >= 10, 'the histogram has bars');
    expect((await step.getByRole('figure', { name: /^Histogram of / }).count()) === 10, 'a histogram for each of the 10 numeric columns');
    const preview = step.getByTestId('preview');
    expect((await text(preview.locator('tbody tr[data-row="0"] td.line'))) === '2', 'first data row is file line 2');
    expect((await text(preview.locator('tbody tr[data-row="0"] td').nth(1))) === 'C10497', 'first customer id');
    const rendered = await preview.locator('tbody tr[data-row]').count();
    expect(rendered > 5 && rendered < 40, `only the visible rows are rendered (${rendered})`);
    await clipShot(page, step, 'data-sample-step.png');
    await shot('data-sample.png');
  },

  async 'picking bank_churners.csv reports 10,127 rows, keeps the project with its binding problems shown, and the preview scrolls to the last row'({ page, base, shot }) {
    await page.goto(base);
    await ready(page);
    const step = dataStep(page);
    await step.getByLabel('Shipped data sets').selectOption('bank_churners.csv');
    await step.getByRole('button', { name: 'Load data set' }).click();
    await step.getByTestId('report-rows').filter({ hasText: '10,127' }).waitFor({ timeout: 10_000 });
    expect((await text(step.getByTestId('report-file'))) === 'bank_churners.csv', 'report names bank_churners.csv');
    expect(/^23/.test(await text(step.getByTestId('report-columns'))), '23 columns');
    const fit = step.getByTestId('project-fit');
    await fit.waitFor();
    const fitText = await fit.textContent();
    expect(fitText.includes('Indicator “Average daily deposits” is bound to column avg_daily_deposits, which is not in the data.'), 'the old indicators no longer bind, said in words');
    expect(!fitText.includes('hierarchy.criteria[0]') && (await fit.locator('li[title="hierarchy.criteria[0].indicators[0].column"]').count()) === 1, 'the path is in the tooltip, not the text');
    // the project was kept: step 2 still shows the sample's criteria
    expect((await page.locator('#step-indicators').getByLabel('Goal').inputValue()) === 'Corporate customer value', 'project kept');
    const preview = await scrollPreviewToEnd(page, 10128);
    const last = preview.locator('tr[data-row="10126"] td');
    expect((await text(last.nth(1))) === '714337233', `last CLIENTNUM: ${await text(last.nth(1))}`);
    expect((await preview.locator('tbody tr[data-row]').count()) < 60, 'still only the visible rows in the DOM');
    await clipShot(page, step, 'data-bank-churners-step.png');
    await shot('data-bank-churners.png');
  },

  async 'a CSV whose header and cells hold <img src=x onerror=alert(1)> renders them as text'({ page, base, shot }) {
    page.on('dialog', (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    await page.goto(base);
    await ready(page);
    const evil = '<img src=x onerror=alert(1)>';
    const csv = `id,"${evil}",amount\nA1,"${evil}",10\nA2,plain,20\nA3,"${evil}",30\n`;
    await upload(page, 'evil.csv', Buffer.from(csv));
    const step = dataStep(page);
    await step.getByTestId('report-file').filter({ hasText: 'evil.csv' }).waitFor({ timeout: 10_000 });
    expect((await page.locator('img').count()) === 0, 'no <img> element was created');
    const header = step.getByTestId('preview').locator('thead th', { hasText: evil });
    expect((await header.count()) === 1, 'the header shows the tag as text');
    expect((await step.getByTestId('preview').locator('td', { hasText: evil }).count()) === 2, 'the cells show the tag as text');
    expect((await step.getByTestId('column-summary').locator('th', { hasText: evil }).count()) === 1, 'the summary names the column as text');
    await page.waitForTimeout(200);
    await clipShot(page, step, 'data-xss-step.png');
    await shot('data-xss.png');
  },

  async 'a messy CSV dropped on the zone has its problems listed with the file lines they concern'({ page, base }) {
    await page.goto(base);
    await ready(page);
    const csv = 'id,amount,grp\n1,10,a\n2,abc,b\n3,,c,extra\n4,#DIV/0!,d\n5,7\n';
    // dropped on the drop zone
    await page.getByTestId('drop-zone').evaluate((zone, text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'messy.csv', { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, csv);
    const step = dataStep(page);
    await step.getByTestId('report-file').filter({ hasText: 'messy.csv' }).waitFor({ timeout: 10_000 });
    const list = step.getByTestId('read-problems');
    await list.waitFor({ timeout: 10_000 });
    const items = (await list.locator('li').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
    expect(items.length === 4, `four problems: ${JSON.stringify(items)}`);
    expect(items[0] === 'Warning Line 4 has 4 fields; the header has 3. The extra field is dropped. (line 4)', items[0]);
    expect(items[1].startsWith('Warning Line 6 has 2 fields') && items[1].endsWith('(line 6)'), items[1]);
    expect(items[2].includes('"#DIV/0!"') && items[2].endsWith('(line 5)'), items[2]);
    expect(items[3].startsWith('Note Column "amount" is read as categorical'), items[3]);
    // the short line's missing cell is shaded in the preview
    const cell = step.getByTestId('preview').locator('tr[data-row="4"] td').nth(3);
    expect(await cell.evaluate((el) => el.classList.contains('empty')), 'missing cell shaded');
    await clipShot(page, step.locator('.top'), 'data-messy-report.png');
  },

  async 'a GBK file with Chinese headers is read and reported as GBK'({ page, base }) {
    await page.goto(base);
    await ready(page);
    // "客户号,日均存款余额,行业\nA1,100,制造业\nA2,250,零售\n" encoded in GBK (Python: str.encode('gbk'))
    const bytes = Buffer.from('bfcdbba7bac52cc8d5bef9b4e6bfeed3e0b6ee2cd0d0d2b50a41312c3130302cd6c6d4ecd2b50a41322c3235302cc1e3cadb0a', 'hex');
    await upload(page, '客户.csv', bytes);
    const step = dataStep(page);
    await step.getByTestId('report-file').filter({ hasText: '客户.csv' }).waitFor({ timeout: 10_000 });
    expect((await text(step.getByTestId('report-encoding'))) === 'GBK / GB18030', `encoding: ${await text(step.getByTestId('report-encoding'))}`);
    await step.getByTestId('preview').locator('th', { hasText: '日均存款余额' }).waitFor();
    await step.getByTestId('preview').locator('td', { hasText: '制造业' }).waitFor();
    await page.getByLabel(/Language|语言/).selectOption('zh-CN');
    await step.getByText('读取报告').waitFor();
    await step.getByRole('figure', { name: '日均存款余额 的直方图' }).waitFor();
    await clipShot(page, step, 'data-gbk-zh.png');
  },

  async 'in Chinese, a ragged CSV’s read report says in Chinese which line has too few fields, and an unreadable file why'({ page, base }) {
    await page.goto(base);
    await ready(page);
    await page.getByLabel(/Language|语言/).selectOption('zh-CN');
    const step = dataStep(page);
    await step.getByText('读取报告').waitFor();
    await upload(page, 'ragged.csv', Buffer.from('id,deposits,loans\nA1,100,5\nA2,200\nA3,300,7,9\nA4,400,8\n'));
    await step.getByTestId('report-file').filter({ hasText: 'ragged.csv' }).waitFor({ timeout: 10_000 });
    const problems = step.getByTestId('read-problems');
    await problems.locator('li', { hasText: '第 3 行有 2 个字段，而表头有 3 列；该行的 "loans" 列按缺失值读取。' }).waitFor({ timeout: 5_000 });
    await problems.locator('li', { hasText: '第 4 行有 4 个字段，而表头有 3 列；多出的 1 个字段被舍弃。' }).waitFor();
    expect(!/Line \d/.test(await problems.textContent()), `no English message left: ${await problems.textContent()}`);
    await clipShot(page, step.locator('.top'), 'data-ragged-zh.png');
    await upload(page, 'header-only.csv', Buffer.from('id,deposits\n'));
    const problem = step.getByTestId('data-problem');
    await problem.waitFor({ timeout: 10_000 });
    expect((await problem.textContent()).includes('文件只有表头（2 列），没有数据行。'), `the reason in Chinese: ${await problem.textContent()}`);
  },

  async 'a file that cannot be read is reported next to the picker and the previous data stays'({ page, base, shot }) {
    await page.goto(base);
    await ready(page);
    await upload(page, 'empty.csv', Buffer.from(''));
    const step = dataStep(page);
    const problem = step.getByTestId('data-problem');
    await problem.waitFor({ timeout: 10_000 });
    expect((await problem.textContent()).includes('empty.csv could not be read. The file is empty.'), `names the file and the reason: ${await problem.textContent()}`);
    expect((await problem.textContent()).includes('corporate_customers.csv'), 'says the previous data is kept');
    expect((await text(step.getByTestId('report-file'))) === 'corporate_customers.csv', 'the previous report stays');
    await clipShot(page, step.locator('.top'), 'data-unreadable.png');
  },

  async 'overriding column types reads the file again with all of them, which the project validation sees'({ page, base, shot }) {
    await page.goto(base);
    await ready(page);
    const step = dataStep(page);
    await step.getByLabel('Type of column credit_rating').selectOption('categorical');
    await step.getByTestId('project-fit').filter({ hasText: 'Indicator “Credit rating” is bound to column credit_rating, which is not numeric.' }).waitFor({ timeout: 10_000 });
    await step.getByLabel('Type of column industry_outlook').selectOption('categorical');
    await step.getByTestId('project-fit').filter({ hasText: 'Indicator “Industry outlook” is bound to column industry_outlook, which is not numeric.' }).waitFor({ timeout: 10_000 });
    // the first override is remembered when the file is read again for the second
    expect((await step.getByLabel('Type of column credit_rating').inputValue()) === 'categorical', 'credit_rating stays categorical');
    expect((await step.getByTestId('column-summary').locator('tr[data-column="credit_rating"]').textContent()).includes('set by you'), 'marked as set by the user');
    expect((await step.getByRole('figure', { name: 'Histogram of credit_rating' }).count()) === 0, 'no histogram for a categorical column');
    // the same file loaded again is read with the remembered types
    await step.getByLabel('Shipped data sets').selectOption('corporate_customers.csv');
    await step.getByRole('button', { name: 'Load data set' }).click();
    await page.waitForTimeout(500);
    expect((await step.getByLabel('Type of column credit_rating').inputValue()) === 'categorical', 'remembered for the file');
    // and when the page is opened again (the autosaved file is read with them)
    await page.reload();
    await step.getByTestId('project-fit').filter({ hasText: 'Indicator “Credit rating” is bound to column credit_rating, which is not numeric.' }).waitFor({ timeout: 20_000 });
    expect((await step.getByLabel('Type of column industry_outlook').inputValue()) === 'categorical', 'remembered after a reload');
    await clipShot(page, step, 'data-type-override-step.png');
    await shot('data-type-override.png');
    await step.getByRole('button', { name: 'Use the detected types' }).click();
    await step.getByTestId('project-fit').waitFor({ state: 'detached', timeout: 10_000 });
    expect((await step.getByLabel('Type of column credit_rating').inputValue()) === 'numeric', 'back to numeric');
    await ready(page);
  },

  async 'changing the missing-value policy recomputes: dropping rows leaves 591 of 600 customers'({ page, base, shot }) {
    await page.goto(base);
    await ready(page);
    const step = dataStep(page);
    await step.getByTestId('missing-outcome').filter({ hasText: '9 missing values filled in 7 indicator column(s).' }).waitFor();
    await step.getByLabel('Missing values in indicator columns').selectOption('drop');
    await page.getByTestId('status').filter({ hasText: /591 customers/ }).waitFor({ timeout: 20_000 });
    await step.getByTestId('missing-outcome').filter({ hasText: '9 customers dropped; 591 used.' }).waitFor();
    expect((await step.getByTestId('missing-policy').textContent()).replace(/\s+/g, ' ').includes('loan_balance: 2 missing (lines 19, 385)'), 'lines of the missing cells');
    await clipShot(page, step.getByTestId('missing-policy'), 'data-missing-drop.png');
    await step.getByLabel('Missing values in indicator columns').selectOption('mean');
    await ready(page);
  },

  async 'a 100,000-row file is read, and its preview scrolls to the last row with only the visible rows in the DOM'({ page, base, shot }) {
    await page.goto(base);
    await ready(page);
    const rows = ['customer_id,deposits,loans,segment'];
    for (let i = 1; i <= 100_000; i++) rows.push(`C${i},${(i * 37) % 1000},${(i * 53) % 777}.5,${'ABCD'[i % 4]}`);
    await upload(page, 'big.csv', Buffer.from(rows.join('\n')));
    const step = dataStep(page);
    await step.getByTestId('report-rows').filter({ hasText: '100,000' }).waitFor({ timeout: 15_000 });
    const t0 = Date.now();
    const preview = await scrollPreviewToEnd(page, 100001);
    const ms = Date.now() - t0;
    expect(ms < 3000, `scrolling to the end took ${ms} ms`);
    expect((await text(preview.locator('tr[data-row="99999"] td').nth(1))) === 'C100000', 'last customer');
    expect((await preview.locator('tbody tr[data-row]').count()) < 60, 'only the visible rows in the DOM');
    // the middle of the table, by scrolling half way
    await preview.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    await preview.locator('td.line', { hasText: /^500\d\d$/ }).first().waitFor();
    await clipShot(page, step, 'data-100k-step.png');
    await shot('data-100k.png');
  },
};
