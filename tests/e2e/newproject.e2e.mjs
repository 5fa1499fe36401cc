// Your own data first (issue 8): a Chinese GBK file that does not fit the sample becomes a
// project in one click, computed with no other click; problems land on the step that holds them.
import { readFileSync } from 'node:fs';
import { downloadFrom, expect, until } from './helpers.mjs';

const GBK = readFileSync(new URL('../fixtures/newproject/wholesale_gbk.csv', import.meta.url));

/** Latin words of two letters or more left in `text`, less the allowed ones (acronyms, units, k). */
export function englishWords(text, allowed = []) {
  const allow = new Set(['AHP', 'CRITIC', 'ABC', 'ANOVA', 'SSE', 'CSV', 'JSON', 'SVG', 'PNG', 'ValueSeg', 'CR', 'CI', 'RI', 'vs', 'MB', 'KB', 'UTF', 'GBK', 'TSV', 'TXT', 'Excel', 'Word', 'UTF-8', 'English', ...allowed]);
  return (text.match(/[A-Za-z][A-Za-z0-9_'’-]*/g) ?? []).map((w) => w.replace(/[-'’]+$/, '')).filter((w) => /[A-Za-z]{2}/.test(w) && !allow.has(w));
}

export const tests = {
  async 'in Chinese, a GBK file that does not fit the sample becomes a project with 用此文件新建项目: elbow and silhouette drawn, no badge, no English in the rail and headings'({ newContext, base }) {
    const context = await newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(base);
    await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
    await page.getByTestId('file-input').setInputFiles({ name: '批发客户.csv', mimeType: 'text/csv', buffer: GBK });
    const step = page.locator('#step-data');
    await step.getByTestId('report-file').filter({ hasText: '批发客户.csv' }).waitFor({ timeout: 10_000 });
    // The sample's indicators do not bind: said in words, the path only in the tooltip.
    const fit = step.getByTestId('project-fit');
    await fit.waitFor();
    const fitText = await fit.innerText();
    expect(fitText.includes('绑定的字段 avg_daily_deposits 不在数据中'), `the problem in words: ${fitText.slice(0, 200)}`);
    expect(!fitText.includes('hierarchy.criteria['), 'no raw path shown');
    expect((await fit.locator('li[title^="hierarchy.criteria[0]"]').count()) > 0, 'the path is in the tooltip');
    await step.getByRole('button', { name: '用此文件新建项目' }).click();
    const elbow = page.getByRole('figure', { name: '肘部法则图' });
    const sil = page.getByRole('figure', { name: '轮廓系数图' });
    await elbow.locator('svg circle').first().waitFor({ timeout: 20_000 });
    await sil.locator('svg').first().waitFor({ timeout: 20_000 });
    expect((await elbow.locator('svg circle').count()) === 9, 'k = 2..10 on the elbow chart');
    await until(() => page.locator('nav.rail .badge').count(), (n) => n === 0, 'no problem badge on the rail');
    await page.getByRole('status').filter({ hasText: /440/ }).waitFor({ timeout: 20_000 });
    expect((await page.getByTestId('project-name').inputValue()) === '批发客户', 'the project takes the file’s name');
    const rail = await page.locator('nav.rail').innerText();
    const headings = (await page.locator('main h2, main h3, header h1').allInnerTexts()).join('\n');
    // 'Word' is the product's name in the export heading (下载 Word 章节), as the Chinese e2e allows
    const words = englishWords(`${rail}\n${headings}`, ['Word']);
    expect(words.length === 0, `English words in the rail and headings: ${words.join(', ')}`);
    await page.screenshot({ path: `${process.env.E2E_OUT ?? '.ci-out'}/newproject-zh-gbk.png`, fullPage: false });
  },

  async 'every export file name (customers CSV, project JSON, chart SVG, PNG and 300 dpi PNG, Word, Excel, scoring model, printed report) carries the project name, so two projects’ exports do not collide'({ page, base }) {
    await page.goto(base);
    await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
    const exportsOf = async () => {
      const table = page.getByTestId('chart-exports');
      await until(() => table.locator('.chart-name').allInnerTexts(), (v) => v.includes('Elbow chart'), 'charts listed');
      const out = [];
      for (const name of ['Download customers (CSV)', 'Download project (JSON)', 'Download Elbow chart as SVG', 'Download Elbow chart as PNG', 'Print copy of Elbow chart (PNG, 300 dpi)']) {
        const dl = await downloadFrom(page, page.getByRole('button', { name }));
        out.push(dl.suggestedFilename());
      }
      // The Word chapter, the Excel workbook and the warehouse scoring model too.
      for (const id of ['export-docx', 'export-xlsx', 'export-model']) {
        const dl = await downloadFrom(page, page.getByTestId(id));
        out.push(dl.suggestedFilename());
      }
      return out;
    };
    const name = page.getByTestId('project-name');
    await name.fill('Branch A 2024');
    await name.press('Enter');
    const first = await exportsOf();
    expect(first.length === 8 && first.every((f) => f.startsWith('Branch-A-2024')), `file names carry the project name: ${first.join(', ')}`);
    expect((await page.title()).startsWith('Branch A 2024'), 'the page title (the printed report’s file name) carries it too');
    const reportTitle = async () => (await page.getByTestId('print-report').locator('header h1').textContent())?.trim();
    expect((await reportTitle()) === 'Branch A 2024', `the printed report's title: ${await reportTitle()}`);
    await page.getByTestId('file-input').setInputFiles({ name: '批发客户.csv', mimeType: 'text/csv', buffer: GBK });
    await page.locator('#step-data').getByTestId('report-file').filter({ hasText: '批发客户.csv' }).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'New project from this file' }).click();
    await page.getByRole('status').filter({ hasText: /440/ }).waitFor({ timeout: 20_000 });
    const second = await exportsOf();
    expect(second.length === 8 && second.every((f) => f.startsWith('批发客户')), `file names carry the new project's name: ${second.join(', ')}`);
    expect((await page.title()).startsWith('批发客户'), 'the page title (the printed report’s file name) follows the new project');
    expect((await reportTitle()) === '批发客户', `the printed report's title: ${await reportTitle()}`);
    expect(!second.some((f) => first.includes(f)), `no file name is shared: ${first.join(', ')} / ${second.join(', ')}`);
  },
};
