// Exported charts stand alone (issue 8): the SVG carries the title and the legend that live
// outside the chart on the page, and the axis label; a PNG for print is marked 300 dpi.
import { readFileSync } from 'node:fs';
import { expect, until } from './helpers.mjs';

async function download(page, click) {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await dl.path());
}

export const tests = {
  async 'the weights chart exports with its title, its four named colours and its axis label, and as a 300 dpi PNG'({ page, base }) {
    await page.goto(base);
    await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
    const table = page.getByTestId('chart-exports');
    await until(() => table.locator('.chart-name').allInnerTexts(), (v) => v.includes('Weights chart'), 'charts listed');
    const svg = (await download(page, () => page.getByRole('button', { name: 'Download Weights chart as SVG' }).click())).toString('utf8');
    expect(svg.includes('<title>Weights chart</title>') && />Weights chart<\/text>/.test(svg), 'the title is drawn');
    for (const label of ['AHP', 'Entropy', 'Final']) expect(new RegExp(`>${label}</text>`).test(svg), `the legend names ${label}`);
    expect(svg.includes('Global weight'), 'the axis label is in the file');
    const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)[1]);
    const png = await download(page, () => page.getByRole('button', { name: 'Print copy of Weights chart (PNG, 300 dpi)' }).click());
    expect(png.readUInt32BE(0) === 0x89504e47, 'a PNG');
    expect(png.readUInt32BE(16) === Math.round((width * 300) / 96), `the PNG is ${png.readUInt32BE(16)} px wide for ${width} px at 300 dpi`);
    expect(png.subarray(37, 41).toString('ascii') === 'pHYs' && png.readUInt32BE(41) === 11811, 'marked 300 dpi (11811 px/m)');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${process.env.E2E_OUT ?? '.ci-out'}/export-weights-standalone.svg`, svg);
    writeFileSync(`${process.env.E2E_OUT ?? '.ci-out'}/export-weights-300dpi.png`, png);
  },
};
