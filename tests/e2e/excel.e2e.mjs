// Excel in: the bank-style export (tests/fixtures/xlsx/bank-export.xlsx, made with openpyxl)
// dropped on the page is read in the worker with the same report as `cli sweep` gives: the
// sheet, the header row under the merged title, the 合计 row left out; another sheet can be
// chosen; an .xls 97 file gets its message and the data stay.
import { readFileSync } from 'node:fs';
import { expect } from './helpers.mjs';

const root = new URL('../../', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('tests/fixtures/xlsx/bank-export.expected.json', root), 'utf8'));
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const text = async (loc) => (await loc.textContent())?.trim();

export const tests = {
  async 'a bank export in .xlsx is read with the header under its merged title, the 合计 row left out and named, and another sheet can be chosen'({ page, base, shot }) {
    await page.goto(base);
    await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 20_000 });
    const step = page.locator('#step-data');
    await page.getByTestId('file-input').setInputFiles({ name: 'bank-export.xlsx', mimeType: XLSX, buffer: readFileSync(new URL('tests/fixtures/xlsx/bank-export.xlsx', root)) });
    await step.getByTestId('report-file').filter({ hasText: 'bank-export.xlsx' }).waitFor({ timeout: 15_000 });
    expect((await text(step.getByTestId('report-sheet'))) === expected.sheet, 'the report names the sheet');
    expect((await text(step.getByTestId('report-header-row'))) === String(expected.headerRow), 'the report names the header row');
    expect((await text(step.getByTestId('report-rows'))) === String(expected.rows), `rows: ${await text(step.getByTestId('report-rows'))}`);
    const excluded = await text(step.getByTestId('report-excluded'));
    expect(excluded.includes(`row ${expected.totalsRow}`) && excluded.includes('合计'), `excluded: ${excluded}`);
    const problems = await text(step.getByTestId('read-problems'));
    expect(problems.includes(`Row ${expected.totalsRow} ("合计") is a totals row; it was left out.`), problems);
    expect(problems.includes(`Row ${expected.headerRow} of sheet "客户明细" was taken as the header`), problems);
    const options = await step.getByTestId('sheet-select').locator('option').allTextContents();
    expect(JSON.stringify(options) === JSON.stringify(['客户明细', '说明']), `sheets: ${options}`);
    await shot('excel-bank-export.png');

    await step.getByTestId('sheet-select').selectOption('说明');
    await step.getByTestId('sheet-reread').click();
    await step.getByTestId('report-sheet').filter({ hasText: '说明' }).waitFor({ timeout: 15_000 });
  },

  async 'the export step downloads the Word chapter (three-line tables, numbered captions, pictures) and the Excel workbook (customers and a sheet per table)'({ page, base, shot }) {
    await page.goto(base);
    await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 20_000 });
    const button = page.getByTestId('export-docx');
    await button.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('[data-testid="export-docx"]')?.disabled, null, { timeout: 60_000 });
    await shot('office-export.png');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
    expect(/\.docx$/.test(download.suggestedFilename()), download.suggestedFilename());
    const path = await download.path();
    const bytes = readFileSync(path);
    expect(bytes[0] === 0x50 && bytes[1] === 0x4b, 'a zip (docx)');
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(new Uint8Array(bytes));
    const xml = strFromU8(files['word/document.xml']);
    expect((xml.match(/<w:tbl>/g) ?? []).length >= 5, 'at least five tables');
    expect(/Table 4-1|表 4-1/.test(xml), 'numbered table caption');
    expect(Object.keys(files).filter((f) => f.startsWith('word/media/')).length >= 3, 'at least three pictures');
    // The charts as vector pictures (Word's svgBlip) with their PNG as the fallback, as the CLI writes them.
    const svgs = Object.keys(files).filter((f) => /^word\/media\/.*\.svg$/.test(f));
    const pngs = Object.keys(files).filter((f) => /^word\/media\/.*\.png$/.test(f));
    const blips = (xml.match(/<asvg:svgBlip /g) ?? []).length;
    expect(svgs.length >= 3 && pngs.length === svgs.length && blips === svgs.length, `SVG pictures with PNG fallbacks: ${svgs.length} svg, ${pngs.length} png, ${blips} svgBlip`);
    expect(strFromU8(files[svgs[0]]).startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), 'an SVG part');

    const [xlsx] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-xlsx').click()]);
    expect(/\.xlsx$/.test(xlsx.suggestedFilename()), xlsx.suggestedFilename());
    const wb = unzipSync(new Uint8Array(readFileSync(await xlsx.path())));
    const sheets = strFromU8(wb['xl/workbook.xml']);
    expect((sheets.match(/<sheet /g) ?? []).length >= 10, 'customers and a sheet per table');
  },

  async '"Copy table" puts tab-separated text and three-line HTML on the clipboard'({ page, base, context, origin }) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(base);
    await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 20_000 });
    const button = page.locator('#step-segments').getByTestId('copy-table').first();
    await button.waitFor({ timeout: 60_000 });
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await page.locator('#step-segments .copied').first().waitFor({ timeout: 10_000 });
    const got = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items[0];
      const get = async (type) => (item.types.includes(type) ? (await item.getType(type)).text() : '');
      return { types: item.types, text: await get('text/plain'), html: await get('text/html'), status: document.querySelector('#step-segments .copied')?.textContent ?? '' };
    });
    expect(got.types.includes('text/html') && got.types.includes('text/plain'), `types: ${got.types} (${got.status})`);
    expect(got.text.split('\r\n')[0].includes('\t'), `tsv: ${got.text.slice(0, 80)}`);
    expect(got.html.includes('border-top:1.5pt solid'), `html: ${got.html.slice(0, 200)}`);
  },

  async 'an Excel 97 .xls file gets a message naming it and saying to save it as .xlsx, and the previous data stay'({ page, base }) {
    await page.goto(base);
    await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 20_000 });
    await page.getByTestId('file-input').setInputFiles({ name: 'old.xls', mimeType: 'application/vnd.ms-excel', buffer: readFileSync(new URL('tests/fixtures/bad/xlsx-xls97.xls', root)) });
    const problem = page.getByTestId('data-problem');
    await problem.waitFor({ timeout: 10_000 });
    const t = await text(problem);
    expect(t.includes('old.xls is an old Excel 97–2003 workbook (.xls)') && t.includes('"Excel Workbook (.xlsx)"'), t);
    expect((await text(page.locator('#step-data').getByTestId('report-file'))) === 'corporate_customers.csv', 'the sample stays');
  },
};
