// Export step, "Run it in your warehouse": the scoring model the page writes is the one
// `cli model` writes for the same project and data, and the SQL follows the dialect and table.
import { readFileSync } from 'node:fs';
import { until } from './helpers.mjs';

const out = (file) => `${process.env.E2E_OUT ?? '.ci-out'}/${file}`;

async function open(page, base) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  await page.getByTestId('segment-card').first().waitFor();
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
}

export const tests = {
  async 'writes the scoring model that cli model writes for the sample, and SQL for the chosen dialect and table'({ page, base }) {
    await open(page, base);
    const block = page.getByTestId('export-warehouse');
    await block.scrollIntoViewIfNeeded();
    const button = page.getByTestId('export-model');
    await until(() => button.isEnabled(), (v) => v, 'the model button to be enabled');
    const [dl] = await Promise.all([page.waitForEvent('download'), button.click()]);
    if (!dl.suggestedFilename().endsWith('.model.json')) throw new Error(`file name ${dl.suggestedFilename()}`);
    const got = JSON.parse(readFileSync(await dl.path(), 'utf8'));
    const want = JSON.parse(readFileSync('tests/fixtures/warehouse/sample.model.json', 'utf8'));
    got.provenance.createdAt = want.provenance.createdAt;
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      const diff = Object.keys(want).filter((k) => JSON.stringify(got[k]) !== JSON.stringify(want[k]));
      throw new Error(`the page's model differs from cli model's in ${diff.join(', ')}`);
    }
    const sql = page.getByTestId('sql-text');
    if (!(await sql.inputValue()).includes('FROM "customers"')) throw new Error('PostgreSQL SQL should read "customers"');
    await page.getByTestId('sql-dialect').selectOption('spark');
    await page.getByTestId('sql-table').fill('bank.cust`omers');
    await until(() => sql.inputValue(), (v) => v.includes('FROM `bank`.`cust``omers`'), 'Spark SQL with the table quoted');
    await block.screenshot({ path: out('warehouse-export.png') });
  },

  async 'in Chinese, the warehouse panel speaks Chinese and its model names segments in Chinese'({ page, base }) {
    await open(page, base);
    await page.getByLabel('Language').selectOption('zh-CN');
    const block = page.getByTestId('export-warehouse');
    await block.scrollIntoViewIfNeeded();
    await until(() => block.innerText(), (v) => v.includes('在数据仓库中运行') && v.includes('数据仓库 SQL'), 'the Chinese panel');
    const sql = page.getByTestId('sql-text');
    await until(() => sql.inputValue(), (v) => /WHEN vs_segment = 1 THEN '[\u4e00-\u9fff]/.test(v), 'Chinese segment names in the SQL');
    await block.screenshot({ path: out('warehouse-export-zh.png') });
  },
};
