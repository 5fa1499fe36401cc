// User strings never reach HTML unescaped: payloads typed into the page or carried by an
// imported project are shown literally, no dialog opens, no element gets an onerror/onload
// attribute, and the exported CSV, report and SVG carry them as text.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const IMG = '<img src=x onerror=alert(1)>';
const SVG = '"><svg onload=alert(1)>';

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Fails the test on any dialog (alert/confirm/prompt), whatever opened it. */
function noDialogs(page) {
  const opened = [];
  page.on('dialog', (d) => {
    opened.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return opened;
}

/** Nothing in the page was made from a payload: no handler attributes, no injected img/svg. */
async function noInjectedElements(page) {
  const found = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) if (/^on/i.test(a.name)) out.push(`<${el.tagName.toLowerCase()} ${a.name}>`);
    }
    for (const img of document.querySelectorAll('img')) if (img.getAttribute('src') === 'x') out.push('<img src=x>');
    if (window.__xss) out.push('window.__xss set');
    return out;
  });
  expect(found.length === 0, `elements made from user text: ${found.join(', ')}`);
}

async function open(page, base) {
  await page.goto(base);
  await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
  await page.getByTestId('segment-card').first().waitFor();
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
  // A payload that ran would call alert (a dialog) or set this flag.
  await page.evaluate(() => {
    window.alert = () => {
      window.__xss = true;
    };
  });
}

async function download(page, click) {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await dl.path());
}

/** The sample project with a payload in every free-text field (each tagged so it can be found). */
function hostileProject() {
  const p = JSON.parse(readFileSync('datasets/corporate_customers.project.json', 'utf8'));
  let n = 0;
  const evil = () => `${n++ % 2 ? SVG : IMG} #${n}`;
  p.name = evil();
  p.description = evil();
  p.hierarchy.goal = evil();
  for (const c of p.hierarchy.criteria) {
    c.name = evil();
    for (const i of c.indicators) i.name = evil();
  }
  p.experts = [{ id: 'e1', name: evil() }];
  p.options.scoring.tiers.labels = [evil(), evil(), evil(), evil()];
  p.segments = [1, 2, 3, 4].map((cluster) => ({ cluster, name: evil(), strategy: `${evil()}\n${evil()}` }));
  return { project: p, count: n };
}

export const tests = {
  async 'an imported project with a payload in every text field shows each literally, runs nothing, and exports them as text'({ page, base }) {
    const dialogs = noDialogs(page);
    await open(page, base);
    const { project, count } = hostileProject();
    await page.getByLabel('Import a project (JSON)').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(project)) });
    await page.getByTestId('import-result').filter({ hasText: 'Imported hostile.json' }).waitFor();
    await page.getByTestId('status').filter({ hasText: /600 customers, 10 indicators, k = 4/ }).waitFor({ timeout: 30_000 });
    await until(() => page.getByTestId('segment-name').evaluateAll((els) => els.map((e) => e.value)), (v) => v.every((s) => s.startsWith(IMG) || s.startsWith(SVG)), 'segment names');
    // Shown as text: in inputs (criteria, indicators, segments, tiers, expert) and as page text
    // (judgment labels, charts, report). Each tagged payload appears somewhere on the page.
    const shown = await page.evaluate(() => {
      const values = [...document.querySelectorAll('input, textarea')].map((e) => e.value);
      return values.join('\n') + '\n' + document.body.textContent;
    });
    // Every payload but the project's name and description (#1, #2: not shown on the page).
    for (let i = 3; i <= count; i++) expect(new RegExp(`(${esc(IMG)}|${esc(SVG)}) #${i}\\b`).test(shown), `payload #${i} is not shown literally`);
    // Chart labels are SVG text nodes, not markup.
    const weights = page.getByRole('figure', { name: 'Weights chart' });
    await weights.locator('svg').first().waitFor();
    expect((await weights.locator('svg text', { hasText: IMG }).count()) + (await weights.locator('svg text', { hasText: SVG }).count()) > 0, 'the weights chart does not show the indicator names as text');
    await noInjectedElements(page);
    await page.locator('#step-judgments').screenshot({ path: `${OUT}/xss-judgments.png` });
    await page.locator('#step-segments').screenshot({ path: `${OUT}/xss-segments.png` });

    // Exports: the customers CSV carries segment names and tier labels as (quoted) text.
    const csv = (await download(page, () => page.getByRole('button', { name: /customers.*CSV/i }).first().click())).toString('utf8');
    const rows = Papa.parse(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const cells = new Set(rows.slice(1).flat());
    expect([...cells].some((c) => c.startsWith(IMG) || c.startsWith(SVG)), 'the CSV lacks the names');
    // An SVG chart: the names are escaped text, never elements.
    const svg = (await download(page, () => page.getByRole('button', { name: 'Download Weights chart as SVG' }).click())).toString('utf8');
    expect(svg.includes('&lt;img src=x onerror=alert(') && svg.includes('"&gt;&lt;svg onload=alert(1)&gt;'), 'the SVG lacks the escaped names');
    // Every real tag (a raw "<") is one Plot or the export made: no img, no on* attribute, and
    // exactly two svg elements: the standalone file's frame (title and legend above the chart)
    // and Plot's chart nested in it; a name turned into markup would add a third.
    const tags = svg.match(/<[a-zA-Z][^>]*>/g) ?? [];
    expect(!tags.some((t) => /^<img\b/i.test(t) || /\son\w+\s*=/i.test(t)), `the SVG holds markup made from a name: ${tags.filter((t) => /img|\son\w+=/i.test(t)).slice(0, 3)}`);
    expect(tags.filter((t) => /^<svg\b/i.test(t)).length === 2, 'the SVG holds an <svg> element besides the frame and the chart');
    // The printed report shows them as text.
    await page.emulateMedia({ media: 'print' });
    const report = await page.getByTestId('print-report').innerText();
    expect(report.includes(IMG) && report.includes(SVG), 'the report does not show the names literally');
    await noInjectedElements(page);
    await page.screenshot({ path: `${OUT}/xss-report.png` });
    await page.emulateMedia({ media: 'screen' });
    expect(dialogs.length === 0, `dialogs opened: ${dialogs.join('; ')}`);
  },

  async 'payloads typed as a criterion name, an expert name, a segment name and strategy, a tier label and a CSV header are shown literally'({ page, base }) {
    const dialogs = noDialogs(page);
    await open(page, base);
    const crit = page.locator('#step-indicators [data-testid="criterion"][data-id="current"] > .head input[type="text"]');
    await crit.fill(IMG);
    await crit.press('Enter');
    const judgments = page.locator('#step-judgments');
    await judgments.getByRole('button', { name: /Add expert \(all equal\)/ }).click();
    const expert = judgments.getByTestId('expert-name');
    await expert.fill(SVG);
    await expert.press('Enter');
    await judgments.getByRole('tab', { name: SVG }).waitFor();
    const card = page.locator('[data-testid="segment-card"][data-cluster="1"]');
    await card.getByTestId('segment-name').fill(SVG);
    await card.getByTestId('segment-name').press('Enter');
    await card.getByTestId('segment-strategy').fill(`${IMG}\n${SVG}`);
    await card.getByTestId('segment-strategy').press('Tab');
    const label = page.getByLabel('Label of tier 1', { exact: true });
    await label.fill(IMG);
    await label.press('Enter');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('valueseg.project') ?? 'null'));
    expect(saved.options.scoring.tiers.labels[0] === IMG && saved.experts[1].name === SVG && saved.hierarchy.criteria[0].name === IMG, 'the payloads were not saved as typed');
    await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
    // The judgments step names the criterion in its headings and sliders, as text.
    await judgments.getByText(IMG).first().waitFor();
    expect((await page.getByRole('figure', { name: `Local weights of ${IMG}` }).count()) === 1, 'the local weights chart is not named by the criterion as text');
    await noInjectedElements(page);
    // A CSV header and cell with both payloads (the data step's preview and summary).
    const csv = `id,"${IMG}","${SVG.replace(/"/g, '""')}"\nA1,"${IMG}",1\nA2,"${SVG.replace(/"/g, '""')}",2\n`;
    await page.getByTestId('file-input').setInputFiles({ name: 'evil.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('report-file').filter({ hasText: 'evil.csv' }).waitFor({ timeout: 10_000 });
    const preview = page.getByTestId('preview');
    expect((await preview.locator('thead th', { hasText: SVG }).count()) === 1, 'the header shows the svg payload as text');
    expect((await preview.locator('td', { hasText: SVG }).count()) === 1, 'the cell shows the svg payload as text');
    await noInjectedElements(page);
    await page.locator('#step-judgments').screenshot({ path: `${OUT}/xss-typed-judgments.png` });
    expect(dialogs.length === 0, `dialogs opened: ${dialogs.join('; ')}`);
  },
};
