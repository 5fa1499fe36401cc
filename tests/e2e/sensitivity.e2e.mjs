// Weight sensitivity in the weights step (issue 10, item 6): the tornado chart, the table of every
// perturbation and the chart's export, in English and Chinese. Screenshots go to E2E_OUT.
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';

async function open(page, base) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  const panel = page.getByTestId('sensitivity');
  await panel.getByTestId('sensitivity-table').waitFor({ timeout: 30_000 });
  return panel;
}

async function shoot(page, locator, file) {
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
  await locator.scrollIntoViewIfNeeded();
  await locator.screenshot({ path: `${OUT}/${file}` });
}

const pctOf = (s) => Number(s.replace('%', ''));

export const tests = {
  async 'the weights step shows a tornado chart and a table of every judgment moved one scale step and every weight ±10 %, in English'({ page, base }) {
    const panel = await open(page, base);
    // The sample: 21 judgments (goal 1, two nodes of 5 indicators 10 each) × up/down, less the steps past 9 or 1/9, and 10 weights × ±10 %.
    const rows = await panel.getByTestId('sensitivity-table').locator('tbody tr').count();
    expect(rows >= 40 && rows <= 62, `sensitivity table has ${rows} rows`);
    const weightRows = await panel.getByTestId('sensitivity-table').locator('tbody tr', { hasText: /^weight of / }).count();
    expect(weightRows === 20, `expected 20 weight rows (10 indicators × ±10 %), got ${weightRows}`);
    const cells = await panel.getByTestId('sensitivity-table').locator('tbody tr').first().locator('td').allInnerTexts();
    for (const c of cells.slice(3)) expect(/^\d+(\.\d)?%$/.test(c) && pctOf(c) <= 100, `share cell ${c}`);
    const fig = page.getByRole('figure', { name: 'Tornado chart of the weight sensitivity' });
    await fig.locator('svg').first().waitFor();
    const bars = await fig.locator('g[aria-label="bar"] rect').count();
    expect(bars === 30, `tornado has ${bars} bars, expected 30 (15 factors × down and up)`);
    const legend = await fig.innerText();
    expect(legend.includes('down (one scale step') && legend.includes('up (one scale step'), `legend: ${legend.slice(0, 200)}`);
    expect(/customers changing segment when each judgment or weight is moved/.test(await fig.locator('figcaption').innerText()), 'caption names the segment measure');
    expect(/Largest change: .* moves \d+(\.\d)?% of customers to another segment/.test(await panel.getByTestId('sensitivity-summary').innerText()), 'summary sentence');
    await panel.getByTestId('sensitivity-metric').selectOption('rankReversals');
    await until(() => fig.locator('figcaption').innerText(), (v) => /indicator rank reversals/.test(v), 'caption follows the chosen measure');
    await panel.getByTestId('sensitivity-metric').selectOption('segmentChange');
    await shoot(page, panel, 'sensitivity-en.png');
    // Exportable like the other charts: listed in the export step with SVG and PNG.
    const list = page.getByTestId('chart-exports');
    await until(() => list.locator('.chart-name').allInnerTexts(), (v) => v.includes('Tornado chart of the weight sensitivity'), 'tornado chart listed for export');
    await page.getByRole('button', { name: 'Download Tornado chart of the weight sensitivity as SVG' }).waitFor();
  },

  async 'the sensitivity panel speaks Chinese in zh-CN: heading, measures, table and chart'({ page, base }) {
    await open(page, base);
    await page.getByLabel(/Language|语言/).selectOption('zh-CN');
    const panel = page.getByTestId('sensitivity');
    await panel.getByRole('heading', { name: '权重敏感性分析' }).waitFor();
    const fig = page.getByRole('figure', { name: '权重敏感性龙卷风图' });
    await fig.locator('svg').first().waitFor();
    const text = (await panel.innerText()).replace(/\s+/g, ' ');
    for (const w of ['沿 Saaty 1–9 标度上调和下调一级', '改变细分类别的客户', '下调（标度降一级', '上调（标度升一级', '共', '排序逆转', '细分类别变动', '象限变动', '匈牙利算法']) {
      expect(text.includes(w), `Chinese panel lacks "${w}"`);
    }
    expect(!/\b(weight of|customers|Changed|Rank reversals|down|up)\b/.test(text), `English words in the Chinese panel: ${text.slice(0, 400)}`);
    await shoot(page, panel, 'sensitivity-zh.png');
  },
};
