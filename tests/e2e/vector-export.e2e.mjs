// Issue 8 item 6: the value matrix and the cluster scatter, whose dots the page draws on a canvas,
// export as vectors — one SVG circle per dot drawn — up to 5,000 dots (above that an image with a
// note: tests/ui/export/canvas-layers.dom.test.ts, since the page samples 2,000 dots at most), and
// say so, in the current language, when the dots are a sample of more customers.
import { writeFileSync } from 'node:fs';
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';

async function download(page, name) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  const { readFileSync } = await import('node:fs');
  return { name: dl.suggestedFilename(), text: readFileSync(await dl.path(), 'utf8') };
}

const circles = (svg) => (svg.match(/<circle cx="[\d.-]+" cy="[\d.-]+" r="[\d.]+"/g) ?? []).length;

export const tests = {
  async 'the value matrix and the cluster scatter export their 600 dots as SVG circles, in English and Chinese, and a 10,000-customer value matrix as its 2,000 sampled dots with a note saying so'({ page, base }) {
    await page.goto(base);
    await page.getByRole('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
    await page.locator('#step-export').scrollIntoViewIfNeeded();
    for (const chart of ['Value matrix', 'Cluster scatter']) {
      const svg = await download(page, `Download ${chart} as SVG`);
      expect(!/<image|<foreignObject/.test(svg.text), `${chart}: the SVG still embeds a bitmap`);
      expect(circles(svg.text) === 600, `${chart}: ${circles(svg.text)} circles, expected one per customer (600)`);
      writeFileSync(`${OUT}/vector-${chart.replace(' ', '-').toLowerCase()}.svg`, svg.text);
    }

    await page.getByLabel('Language').selectOption('zh-CN');
    const matrix = await download(page, '将“客户价值矩阵”下载为 SVG');
    expect(circles(matrix.text) === 600, `zh: ${circles(matrix.text)} circles`);

    // 10,000 customers: the page draws a sample of 2,000 (as before); the export carries those as circles and says they are a sample.
    const data = page.locator('#step-data');
    await data.scrollIntoViewIfNeeded();
    await data.getByTestId('shipped-select').selectOption('churn_modelling.csv');
    await data.getByRole('button', { name: '载入数据集', exact: true }).click();
    await data.getByTestId('report-file').filter({ hasText: 'churn_modelling.csv' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '用此文件新建项目' }).click();
    await page.getByRole('status').filter({ hasText: /10,000|10000/ }).waitFor({ timeout: 60_000 });
    const fig = page.getByRole('figure', { name: '客户价值矩阵', exact: true });
    await until(() => fig.locator('svg canvas[data-total]').first().getAttribute('data-total'), (d) => d === '10000', 'the value matrix of 10,000 customers', 60_000);
    await page.locator('#step-export').scrollIntoViewIfNeeded();
    const big = await download(page, '将“客户价值矩阵”下载为 SVG');
    expect(circles(big.text) === 2000 && !/<image/.test(big.text), `${circles(big.text)} circles in the sampled export`);
    expect(big.text.includes('绘制了 10,000 位客户中的 2,000 位（随机抽样）'), `the sample note in Chinese: ${big.text.match(/data-testid="bitmap-note"[^<]*</)?.[0]}`);
    writeFileSync(`${OUT}/vector-sample-note-zh.svg`, big.text);
    await page.getByLabel('语言').selectOption('en');
    const bigEn = await download(page, 'Download Value matrix as SVG');
    expect(bigEn.text.includes('2,000 of 10,000 customers drawn (a random sample)'), 'the sample note in English');
  },
};
