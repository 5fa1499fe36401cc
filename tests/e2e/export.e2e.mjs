// Step 8 Export: customers CSV (UTF-8 BOM), project JSON round trip, invalid import, charts as
// SVG and PNG, the printable report.
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { downloadFrom, expect, until } from './helpers.mjs';

const GBANK = ['High quality', 'High present value', 'High potential', 'Low quality'];
const out = (file) => `${process.env.E2E_OUT ?? '.ci-out'}/${file}`;
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

async function open(page, base) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  await page.getByTestId('segment-card').first().waitFor();
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
}

async function download(page, click) {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

const names = (page) => page.getByTestId('segment-name').evaluateAll((els) => els.map((e) => e.value));

/** What the segments step shows: names, sizes and shares, strategies, the ANOVA table. */
async function segmentsView(page) {
  return {
    names: await names(page),
    sizes: await page.getByTestId('segment-card').evaluateAll((els) => els.map((e) => e.querySelector('.size')?.textContent)),
    strategies: await page.getByTestId('segment-strategy').evaluateAll((els) => els.map((e) => e.value)),
    anova: await page.getByTestId('anova').innerText(),
    naming: await page.getByLabel('Naming scheme').inputValue(),
    composition: await page.getByLabel('Composition by').inputValue(),
  };
}

export const tests = {
  async 'Download customers pressed while the page recomputes saves the CSV of the new result once it is ready'({ page, base }) {
    await page.goto(base);
    await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
    await page.getByTestId('cluster-k').selectOption('3');
    // Pressed at once, while k = 3 is being computed: the press is kept, not lost on a disabled button.
    const dl = await downloadFrom(page, page.getByTestId('export-csv'));
    const rows = Papa.parse(readFileSync(await dl.path(), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.length === 600, `600 customers in the CSV, got ${rows.length}`);
    const segments = new Set(rows.map((r) => r.Segment));
    expect(segments.size === 3, `the CSV carries the k = 3 result: segments ${[...segments].join(', ')}`);
  },

  async 'exports the customers as CSV: UTF-8 with a BOM, 601 lines, and it parses back to the segments on the cards'({ page, base }) {
    await open(page, base);
    const sizes = await page.getByTestId('segment-card').evaluateAll((els) => els.map((e) => Number(e.querySelector('.size')?.textContent?.match(/(\d+) customers/)?.[1])));
    const file = await download(page, () => page.getByRole('button', { name: 'Download customers (CSV)' }).click());
    if (!file.name.endsWith('.csv')) throw new Error(`file name ${file.name}`);
    if (!(file.bytes[0] === 0xef && file.bytes[1] === 0xbb && file.bytes[2] === 0xbf)) throw new Error(`no UTF-8 BOM: ${[...file.bytes.subarray(0, 3)]}`);
    const text = file.bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    if (lines.at(-1) !== '') throw new Error('the last line should end with CRLF');
    if (lines.length - 1 !== 601) throw new Error(`${lines.length - 1} lines, expected 601 (header + 600 customers)`);
    const parsed = Papa.parse(text, { header: true, skipEmptyLines: true });
    if (parsed.errors.length) throw new Error(`CSV does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
    if (parsed.data.length !== 600) throw new Error(`${parsed.data.length} rows`);
    const fields = parsed.meta.fields;
    // the categorical columns (issue 8 item 10) come right after the id
    if (!same(fields.slice(0, 3), ['customer_id', 'industry', 'region'])) throw new Error(`the categorical columns are not after the id: ${fields.join(', ')}`);
    if (!parsed.data.every((r) => r.industry && r.region)) throw new Error('a customer lacks its industry or region');
    for (const f of ['customer_id', 'avg_daily_deposits', 'Composite score', 'Current value score', 'Potential value score', 'Value matrix quadrant', 'Tier', 'ABC class', 'Segment', 'Segment name']) {
      if (!fields.includes(f)) throw new Error(`CSV lacks column "${f}": ${fields.join(', ')}`);
    }
    const counts = [0, 0, 0, 0];
    for (const row of parsed.data) {
      const k = Number(row.Segment);
      if (row['Segment name'] !== GBANK[k - 1]) throw new Error(`row ${row.customer_id}: segment ${k} named ${row['Segment name']}`);
      counts[k - 1]++;
    }
    if (!same(counts, sizes)) throw new Error(`CSV segment counts ${counts} differ from the cards ${sizes}`);
    if (!/^C\d+$/.test(parsed.data[0].customer_id)) throw new Error(`id column: ${parsed.data[0].customer_id}`);
  },

  async 'exports the project as JSON, and importing it in a fresh browser restores the same segments'({ page, base, newContext }) {
    // A fresh browser profile (no autosave) loads the sample meanwhile, under the same request watch.
    const fresh = await newContext();
    {
      const other = await fresh.newPage();
      const errors = [];
      other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      other.on('pageerror', (e) => errors.push(e.message));
      const opening = open(other, base);
      await open(page, base);
      // Choices that differ from the sample.
      await page.getByLabel('Naming scheme').selectOption('bankA');
      await page.getByLabel('Composition by').selectOption('region');
      const name = page.locator('[data-cluster="2"]').getByTestId('segment-name');
      await name.fill('Steady earners');
      await name.press('Enter');
      const area = page.locator('[data-cluster="4"]').getByTestId('segment-strategy');
      await area.fill('Move them to mobile banking.');
      await area.press('Tab');
      await until(() => names(page), (v) => same(v, ['Optimal customers', 'Steady earners', 'Sub-optimal customers', 'Low-value customers']), 'names before export');
      await until(() => page.locator('[data-cluster="1"]').innerText(), (t) => t.includes('Composition by region'), 'composition by region');
      const before = await segmentsView(page);
      const file = await download(page, () => page.getByRole('button', { name: 'Download project (JSON)' }).click());
      const project = JSON.parse(file.bytes.toString('utf8'));
      if (project.options.segmentation.naming !== 'bankA' || project.segments?.length !== 2) throw new Error(`exported project lacks the choices: ${JSON.stringify(project.segments)}`);
      const path = out('exported-project.json');
      writeFileSync(path, file.bytes);

      await opening;
      if (!same(await names(other), GBANK)) throw new Error('the fresh page should open with the sample');
      other.once('dialog', (d) => {
        errors.push(`asked "${d.message()}" although the sample was unchanged`);
        void d.dismiss();
      });
      await other.getByLabel('Import a project (JSON)').setInputFiles(path);
      await other.getByTestId('import-result').filter({ hasText: 'Imported ' }).waitFor();
      const after = await until(() => segmentsView(other), (v) => same(v, before), 'segments after import');
      if (!same(after, before)) throw new Error('segments differ after import');
      await other.locator('#step-export').screenshot({ path: out('export-imported.png') });
      if (errors.length) throw new Error(errors.join('\n'));
    }
  },

  async 'a column type chosen in the data step travels in the exported project: importing it in a fresh browser reads the table with it again'({ page, base, newContext }) {
    await open(page, base);
    const data = page.locator('#step-data');
    const counts = () => data.getByTestId('report-columns').innerText();
    if (!/1 identifier/.test(await counts())) throw new Error(`the sample reads customer_id as an identifier: ${await counts()}`);
    await data.getByLabel('Type of column customer_id').selectOption('categorical');
    await until(counts, (c) => /0 identifier/.test(c), 'the table read again with customer_id categorical');
    const file = await download(page, () => page.getByRole('button', { name: 'Download project (JSON)' }).click());
    const project = JSON.parse(file.bytes.toString('utf8'));
    if (!same(project.data.types, { customer_id: 'categorical' })) throw new Error(`exported data.types: ${JSON.stringify(project.data.types)}`);
    const path = out('exported-project-types.json');
    writeFileSync(path, file.bytes);

    const fresh = await newContext();
    const other = await fresh.newPage();
    const errors = [];
    other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    other.on('pageerror', (e) => errors.push(e.message));
    await open(other, base);
    const otherData = other.locator('#step-data');
    if ((await otherData.getByLabel('Type of column customer_id').inputValue()) !== 'identifier') throw new Error('the fresh page starts with the detected type');
    await other.getByLabel('Import a project (JSON)').setInputFiles(path);
    await other.getByTestId('import-result').filter({ hasText: 'Imported ' }).waitFor();
    await until(() => otherData.getByTestId('report-columns').innerText(), (c) => /0 identifier/.test(c), 'the imported project re-reads the table');
    if ((await otherData.getByLabel('Type of column customer_id').inputValue()) !== 'categorical') throw new Error('the override is shown after import');
    if (!(await otherData.getByTestId('column-summary').locator('tr[data-column="customer_id"]').innerText()).includes('set by you')) throw new Error('marked as set by the user');
    // autosave carries it too: reopening the fresh page keeps it
    await other.reload();
    await other.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
    await until(() => otherData.getByTestId('report-columns').innerText(), (c) => /0 identifier/.test(c), 'the reopened page reads the table with the override');
    await otherData.getByTestId('column-summary').screenshot({ path: out('data-types-imported.png') });
    if (errors.length) throw new Error(errors.join('\n'));
  },

  async 'a column type remembered by the old per-file storage moves into the project once'({ page, base }) {
    await open(page, base);
    await page.evaluate(() => localStorage.setItem('valueseg.columnTypes', JSON.stringify({ 'corporate_customers.csv': { customer_id: 'categorical', region: 'bogus' }, 'other.csv': { x: 'numeric' } })));
    await page.reload();
    await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
    const data = page.locator('#step-data');
    await until(() => data.getByTestId('report-columns').innerText(), (c) => /0 identifier/.test(c), 'the migrated type is used');
    const state = await until(
      () => page.evaluate(() => ({ old: localStorage.getItem('valueseg.columnTypes'), types: JSON.parse(localStorage.getItem('valueseg.project') ?? '{}').data?.types })),
      (v) => v.types !== undefined,
      'the project saved with the migrated types',
    );
    if (state.old !== null) throw new Error('the old entry is removed');
    if (!same(state.types, { customer_id: 'categorical' })) throw new Error(`migrated types: ${JSON.stringify(state.types)}`);
  },

  async 'importing over unsaved work asks first: refusing keeps the project, accepting replaces it'({ page, base }) {
    await open(page, base);
    const sample = JSON.parse(readFileSync('datasets/corporate_customers.project.json', 'utf8'));
    sample.options.segmentation.naming = 'bankA';
    const file = { name: 'bank-a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sample)) };
    const n1 = page.locator('[data-cluster="1"]').getByTestId('segment-name');
    await n1.fill('Unsaved name');
    await n1.press('Enter');
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.dismiss();
    });
    const input = page.getByLabel('Import a project (JSON)');
    await input.setInputFiles(file);
    await page.getByText('Import cancelled: the current project is kept.').waitFor();
    if (!asked.includes('bank-a.json') || !asked.includes('not in a project file')) throw new Error(`no confirmation before replacing unsaved work: "${asked}"`);
    if ((await names(page))[0] !== 'Unsaved name') throw new Error('a refused import changed the project');
    page.once('dialog', (d) => void d.accept());
    await input.setInputFiles(file);
    await page.getByTestId('import-result').filter({ hasText: 'Imported bank-a.json.' }).waitFor();
    await until(() => names(page), (v) => same(v, ['Optimal customers', 'General customers', 'Sub-optimal customers', 'Low-value customers']), 'names after the accepted import');
    // The imported file is now the saved state: importing it again does not ask.
    let again = false;
    page.once('dialog', (d) => {
      again = true;
      void d.dismiss();
    });
    await input.setInputFiles({ ...file, name: 'bank-a-again.json' });
    await page.getByTestId('import-result').filter({ hasText: 'Imported bank-a-again.json.' }).waitFor();
    if (again) throw new Error('asked again although nothing changed since the import');
    // Undo brings back the work the import replaced.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(() => names(page), (v) => v[0] === 'Unsaved name', 'undo after import');
  },

  async 'importing an invalid project shows every problem with its path and keeps the current project'({ page, base }) {
    await open(page, base);
    const sample = JSON.parse(readFileSync('datasets/corporate_customers.project.json', 'utf8'));
    sample.options.segmentation.k = 'four';
    delete sample.hierarchy.criteria[0].indicators[1].column;
    sample.segments = [{ cluster: 0, name: 'x' }];
    sample.options.segmentation.naming = 'other';
    const input = page.getByLabel('Import a project (JSON)');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sample)) });
    const box = page.getByTestId('import-problems');
    await box.waitFor();
    const text = await box.innerText();
    for (const p of ['options.segmentation.k', 'hierarchy.criteria[0].indicators[1].column', 'options.segmentation.naming', 'segments[0].cluster']) {
      if (!text.includes(p)) throw new Error(`the problem at ${p} is not shown: ${text}`);
    }
    if (!text.includes('broken.json is not a valid project; the current project is kept. 4 problem(s):')) throw new Error(`summary line: ${text}`);
    await page.addStyleTag({ content: 'header.top { position: static !important; }' });
    await page.locator('#step-export').screenshot({ path: out('export-invalid-import.png') });
    if (!same(await names(page), GBANK)) throw new Error('an invalid import changed the segments');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('valueseg.project') ?? 'null'));
    if (saved && saved.options.segmentation.k !== 4) throw new Error('an invalid import reached the saved project');

    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ "version": 1, ') });
    await until(() => box.innerText(), (t) => t.startsWith('notes.json is not a JSON file ('), 'a file that is not JSON');
    if ((await page.getByTestId('status').innerText()).match(/600 customers/) === null) throw new Error('the status changed');
  },

  async 'in Chinese, importing an invalid project lists every problem in Chinese with its path'({ page, base }) {
    await open(page, base);
    await page.getByLabel('Language').selectOption('zh-CN');
    const sample = JSON.parse(readFileSync('datasets/corporate_customers.project.json', 'utf8'));
    sample.options.segmentation.k = 'four';
    delete sample.hierarchy.criteria[0].indicators[1].column;
    sample.segments = [{ cluster: 0, name: 'x' }];
    sample.data.types = { customer_id: 'text' };
    await page.getByLabel('导入项目文件（JSON）').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sample)) });
    const box = page.getByTestId('import-problems');
    await box.waitFor();
    const text = await box.innerText();
    for (const line of [
      'options.segmentation.k 为 "four"；应为 1 到 50 之间的整数',
      'hierarchy.criteria[0].indicators[1].column 缺少数据列',
      'segments[0].cluster 为 0；应为从 1 开始的聚类编号',
      'data.types["customer_id"] 为 "text"；应为 identifier（标识）、numeric（数值）或 categorical（分类）',
    ]) {
      if (!text.includes(line)) throw new Error(`missing "${line}" in: ${text}`);
    }
    if (/expected|missing column/.test(text)) throw new Error(`English left in: ${text}`);
    await page.locator('#step-export').screenshot({ path: out('export-invalid-import-zh.png') });
  },

  async 'downloads each chart on the page as SVG and as PNG at twice its size'({ page, base }) {
    await open(page, base);
    const table = page.getByTestId('chart-exports');
    await until(() => table.locator('.chart-name').allInnerTexts(), (v) => ['Elbow chart', 'Silhouette chart', 'Segment 1 profile', 'Segment 4 profile'].every((l) => v.includes(l)), 'charts listed');
    const svg = await download(page, () => page.getByRole('button', { name: 'Download Segment 1 profile as SVG' }).click());
    const text = svg.bytes.toString('utf8');
    if (svg.name !== 'Corporate-customer-value-G-Bank-method-sample-Segment-1-profile.svg') throw new Error(`SVG file name ${svg.name}`);
    if (!text.startsWith('<?xml') || !/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/.test(text)) throw new Error(`not a standalone SVG: ${text.slice(0, 200)}`);
    if (!text.includes('Average daily deposits') || (text.match(/<rect/g) ?? []).length < 11) throw new Error('the SVG lacks the bars or the labels');
    writeFileSync(out('export-segment-1-profile.svg'), svg.bytes);
    const width = Number(text.match(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/)[1]);

    const png = await download(page, () => page.getByRole('button', { name: 'Download Segment 1 profile as PNG' }).click());
    if (png.bytes.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
    const pw = png.bytes.readUInt32BE(16);
    const ph = png.bytes.readUInt32BE(20);
    if (pw !== Math.round(width * 2)) throw new Error(`PNG is ${pw} px wide, expected 2 × ${width}`);
    writeFileSync(out('export-segment-1-profile.png'), png.bytes);
    const elbow = await download(page, () => page.getByRole('button', { name: 'Download Elbow chart as PNG' }).click());
    writeFileSync(out('export-elbow.png'), elbow.bytes);
    if (elbow.bytes.length < 5000 || ph < 100) throw new Error(`PNG too small to hold a chart: ${elbow.bytes.length} bytes`);
    // The value matrix draws its dots on a canvas: the files carry them as vector circles, one per customer (issue 8 item 6).
    const matrixSvg = (await download(page, () => page.getByRole('button', { name: 'Download Value matrix as SVG' }).click())).bytes.toString('utf8');
    if (/<foreignObject/i.test(matrixSvg) || /<image/.test(matrixSvg)) throw new Error(`value matrix SVG still embeds a bitmap: ${matrixSvg.slice(0, 300)}`);
    const circles = matrixSvg.match(/<circle cx="[\d.-]+" cy="[\d.-]+" r="[\d.]+"/g) ?? [];
    if (circles.length !== 600 || !/<g data-dots="600"/.test(matrixSvg)) throw new Error(`value matrix SVG has ${circles.length} circles, expected the 600 customers`);
    writeFileSync(out('export-value-matrix.svg'), matrixSvg);
    const matrixPng = await download(page, () => page.getByRole('button', { name: 'Download Value matrix as PNG' }).click());
    writeFileSync(out('export-value-matrix.png'), matrixPng.bytes);
  },

  async 'the printed report carries the weights, value-matrix, elbow and silhouette charts, numbered with their captions, in the current language'({ page, base }) {
    await open(page, base);
    await page.setViewportSize({ width: 700, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const figures = page.getByTestId('report-figures').locator('figure.chart');
    await until(() => figures.count(), (c) => c === 4, 'four charts in the report');
    const read = () =>
      figures.evaluateAll((els) =>
        els.map((f) => ({ caption: f.querySelector(':scope > figcaption')?.textContent ?? '', marks: f.querySelectorAll('svg circle, svg rect, svg path, svg line').length, width: Math.max(0, ...[...f.querySelectorAll('svg')].map((g) => g.getBoundingClientRect().width)) })),
      );
    const en = await read();
    const labels = ['Figure 1. Weights chart.', 'Figure 2. Value matrix.', 'Figure 3. Elbow chart.', 'Figure 4. Silhouette chart.'];
    labels.forEach((l, i) => {
      if (!en[i].caption.startsWith(l)) throw new Error(`caption ${i + 1}: ${en[i].caption}`);
      if (en[i].caption.length < l.length + 20) throw new Error(`caption ${i + 1} lacks the chart's own caption: ${en[i].caption}`);
      if (en[i].marks < 10 || en[i].width < 200) throw new Error(`chart ${i + 1} looks empty: ${JSON.stringify(en[i])}`);
    });
    // the value matrix's dots (a canvas on the page) are printed as vector circles (issue 8 item 6), so the PDF has them as vectors too
    const dots = await figures.nth(1).evaluate((f) => ({ layer: Number(f.querySelector('svg g[data-dots]')?.getAttribute('data-dots')), circles: f.querySelectorAll('svg g[data-dots] circle').length, images: f.querySelectorAll('svg image').length }));
    if (dots.layer !== 600 || dots.circles !== 600 || dots.images !== 0) throw new Error(`the value matrix prints without its dots as circles: ${JSON.stringify(dots)}`);
    await page.getByTestId('report-figures').screenshot({ path: out('export-print-figures-en.png') });
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.emulateMedia({ media: 'print' });
    await until(() => read(), (v) => v.length === 4 && v[0].caption.startsWith('图 1 权重对比图。') && v[2].caption.startsWith('图 3 肘部法则图。'), 'Chinese captions');
    await page.getByTestId('report-figures').screenshot({ path: out('export-print-figures-zh.png') });
    const pdf = await page.pdf({ format: 'A4' });
    if (pdf.length < 50_000) throw new Error(`the PDF is suspiciously small (${pdf.length} bytes)`);
    writeFileSync(out('export-report-figures.pdf'), pdf);
  },

  async 'print preview shows only the report: the methods paragraph and three-line tables in the current language'({ page, base, shot }) {
    await open(page, base);
    await page.evaluate(() => {
      window.print = () => {
        window.__printed = (window.__printed ?? 0) + 1;
      };
    });
    await page.getByRole('button', { name: 'Print report…' }).click();
    if ((await page.evaluate(() => window.__printed)) !== 1) throw new Error('the button did not call window.print()');
    if (await page.getByTestId('print-report').isVisible()) throw new Error('the report should be hidden on screen');
    // About the width of an A4 page's text block.
    await page.setViewportSize({ width: 700, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const report = page.getByTestId('print-report');
    if (!(await report.isVisible())) throw new Error('the report is not shown in print');
    for (const sel of ['header.top', 'nav.rail', '#step-segments', '#step-export button']) {
      if (await page.locator(sel).first().isVisible()) throw new Error(`${sel} is printed`);
    }
    const methods = await page.getByTestId('report-methods').innerText();
    for (const w of ['k-means', 'random seed 1', 'k = 4', 'eigenvector']) if (!methods.includes(w)) throw new Error(`methods paragraph lacks "${w}": ${methods}`);
    const tables = report.locator('table.three-line');
    const n = await tables.count();
    if (n < 10) throw new Error(`only ${n} tables in the report`);
    const style = await tables.first().evaluate((t) => {
      const cs = getComputedStyle(t);
      const th = getComputedStyle(t.querySelector('thead th'));
      const cap = t.querySelector('caption');
      return { top: cs.borderTopWidth, bottom: cs.borderBottomWidth, head: th.borderBottomWidth, caption: cap ? getComputedStyle(cap).captionSide : null, title: cap?.textContent };
    });
    if (style.top !== '2px' || style.bottom !== '2px' || style.head !== '1px' || style.caption !== 'top') throw new Error(`not a three-line table: ${JSON.stringify(style)}`);
    if (!/^Table 1 /.test(style.title)) throw new Error(`table title: ${style.title}`);
    const text = await report.innerText();
    for (const w of ['ANOVA', 'Final cluster centres', 'Segments and strategies', 'High quality']) if (!text.includes(w)) throw new Error(`report lacks "${w}"`);
    await shot('export-print-en.png');
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.emulateMedia({ media: 'print' });
    await until(() => page.getByTestId('report-methods').innerText(), (t) => t.includes('K 均值聚类') && t.includes('随机种子为 1'), 'Chinese methods paragraph');
    const zh = await report.innerText();
    for (const w of ['研究方法说明', '表 1', '判断矩阵', '高质量型']) if (!zh.includes(w)) throw new Error(`Chinese report lacks "${w}"`);
    await shot('export-print-zh.png');
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(out('export-report.pdf'), pdf);
  },
};
