// The clustering step's calculation panels (issue 14, item 1), in English and in Chinese, on the
// sample: k-means stepped through by hand (the distances, nearest centres, sums, moved centres
// and inertia are checked here against the numbers the panel itself shows, recomputed in the
// test), and one customer's silhouette, whose s(i) must be the silhouette plot's own.
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';

const text = async (loc) => ((await loc.evaluate((el) => (el instanceof HTMLElement ? el.innerText : el.textContent))) ?? '').trim();
/** A number as the page writes it (thousands separators, a minus sign −). */
const num = (s) => Number(String(s).replace(/[,\s]/g, '').replace('−', '-').match(/-?\d+(?:\.\d+)?/)?.[0]);

async function openIn(newContext, base, locale) {
  const context = await newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  await page.locator('#step-clusters').getByTestId('cluster-scatter').waitFor({ timeout: 60_000 });
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
  return page;
}

/** The rows of a table's body, as cell texts (the row header first). */
const cells = (table) => table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));

async function kmeansWalk({ newContext, base }, locale) {
  const page = await openIn(newContext, base, locale);
  const step = page.locator('#step-clusters');
  const details = step.getByTestId('calc-kmeans-details');
  await details.locator('summary').click();
  const phase = details.getByTestId('calc-kmeans-phase');
  await until(() => phase.getAttribute('data-phase'), (p) => p === 'start', 'the walk starts at its starting centres');
  const m = Number(await details.getByTestId('calc-kmeans-size').inputValue());
  const k = Number(await step.getByTestId('cluster-k').inputValue());
  expect(m === 12, `the walk-through uses 12 customers, not ${m}`);
  await details.getByTestId('calc-kmeans-chart').screenshot({ path: `${OUT}/teach-kmeans-start-${locale}.png` });

  const next = details.getByTestId('calc-kmeans-next');
  const inertias = [];
  for (let t = 1; t <= 30; t++) {
    // assign: each distance is the Euclidean distance of the coordinates shown to the centres shown
    expect(/Assign|分配/.test(await text(next)), `the next step is named assign: ${await text(next)}`);
    await next.click();
    await until(() => phase.getAttribute('data-phase'), (p) => p === 'assign', `iteration ${t}: assign`);
    const centres = (await cells(details.getByTestId('calc-kmeans-centres'))).map((r) => r.slice(1).map(num));
    expect(centres.length === k, `${centres.length} centres for k = ${k}`);
    const rows = await cells(details.getByTestId('calc-kmeans-distances'));
    expect(rows.length === m, `${rows.length} customers in the distance table`);
    let j = 0;
    for (const r of rows) {
      const x = r.slice(1, 3).map(num);
      const d = r.slice(3, 3 + k).map(num);
      const own = Number(r[3 + k].replace('C', '')) - 1;
      d.forEach((v, c) => {
        const want = Math.hypot(x[0] - centres[c][0], x[1] - centres[c][1]);
        expect(Math.abs(v - want) < 0.003, `iteration ${t}, customer ${r[0]}: d to C${c + 1} is ${v}, the coordinates give ${want}`);
      });
      expect(d[own] <= Math.min(...d) + 0.0011, `iteration ${t}, customer ${r[0]} goes to C${own + 1} but its distances are ${d}`);
      j += d[own] ** 2;
    }
    const inertia = num(await text(details.getByTestId('calc-kmeans-inertia')));
    expect(Math.abs(inertia - j) <= 0.01 * m + 1e-6 * j, `iteration ${t}: inertia ${inertia}, the distances give ${j}`);
    inertias.push(inertia);
    if (t === 1) await details.getByTestId('calc-kmeans').screenshot({ path: `${OUT}/teach-kmeans-assign-${locale}.png` });
    if (await details.getByTestId('calc-kmeans-converged').count()) {
      expect(await next.isDisabled(), 'the walk goes on after it converged');
      expect(/(^|\D)0 (changed|位)/.test(await text(phase)), `the converged iteration moved customers: ${await text(phase)}`);
      break;
    }
    // move: the new centre is the mean of its customers (sums / n), and the inertia does not rise
    expect(/Move|移动/.test(await text(next)), `the next step is named move: ${await text(next)}`);
    await next.click();
    await until(() => phase.getAttribute('data-phase'), (p) => p === 'move', `iteration ${t}: move`);
    const moved = await cells(details.getByTestId('calc-kmeans-move'));
    let members = 0;
    for (const r of moved) {
      const n = num(r[1]);
      members += n;
      const sums = r.slice(2, 4).map(num);
      const centre = r.slice(4, 6).map(num);
      if (n > 0) sums.forEach((s, q) => expect(Math.abs(s / n - centre[q]) < 0.002, `iteration ${t}, ${r[0]}: ${s} / ${n} is not ${centre[q]}`));
    }
    expect(members === m, `the centres have ${members} customers, not ${m}`);
    const after = num(await text(details.getByTestId('calc-kmeans-inertia-after')));
    expect(after <= inertia + 0.001, `iteration ${t}: inertia rose from ${inertia} to ${after} when the centres moved`);
    if (t === 1) await details.getByTestId('calc-kmeans').screenshot({ path: `${OUT}/teach-kmeans-move-${locale}.png` });
  }
  expect(inertias.length >= 2, `the walk converged at once (${inertias.length} iteration)`);
  inertias.slice(1).forEach((v, i) => expect(v <= inertias[i] + 0.001, `the inertia rose from ${inertias[i]} to ${v}`));
  // back and start over
  await details.getByTestId('calc-kmeans-back').click();
  await until(() => phase.getAttribute('data-phase'), (p) => p === 'move', 'a step back from an assignment is the move before it');
  await details.getByTestId('calc-kmeans-restart').click();
  await until(() => phase.getAttribute('data-phase'), (p) => p === 'start', 'start over');
}

async function silhouette({ newContext, base }, locale) {
  const page = await openIn(newContext, base, locale);
  const step = page.locator('#step-clusters');
  const details = step.getByTestId('calc-silhouette-details');
  await details.locator('summary').click();
  const panel = details.getByTestId('calc-silhouette');
  for (const how of ['first', 'lowest', 'typed']) {
    if (how === 'lowest') await details.getByTestId('calc-silhouette-lowest').click();
    if (how === 'typed') {
      await details.getByTestId('calc-silhouette-customer').fill('37');
      await details.getByTestId('calc-silhouette-customer').press('Enter');
      await until(() => panel.getAttribute('data-customer'), (c) => c === '37', 'customer 37 chosen');
    }
    await until(() => panel.getAttribute('data-customer'), (c) => how !== 'lowest' || c !== '1', 'the lowest s(i) is another customer');
    const rows = await cells(panel.locator('table'));
    expect(rows.length === Number(await step.getByTestId('cluster-k').inputValue()), `${rows.length} clusters in the table`);
    const total = rows.reduce((s, r) => s + num(r[1]), 0);
    expect(total === 599, `the distances are to the 599 other customers, not ${total}`);
    for (const r of rows) if (num(r[1]) > 0) expect(Math.abs(num(r[2]) / num(r[1]) - num(r[3])) < 0.002, `${r[0]}: mean ${r[3]} is not ${r[2]} / ${r[1]}`);
    const a = num(await text(panel.getByTestId('calc-silhouette-a')));
    const b = num(await text(panel.getByTestId('calc-silhouette-b')));
    const s = num(await text(panel.getByTestId('calc-silhouette-s')));
    const own = rows.find((r) => /a\(i\)/.test(r[4]));
    const means = rows.filter((r) => r !== own).map((r) => num(r[3]));
    expect(Math.abs(num(own[3]) - a) < 1e-9 && Math.abs(Math.min(...means) - b) < 1e-9, `a = ${a}, b = ${b} are not the own and lowest other means of ${JSON.stringify(rows)}`);
    expect(Math.abs((b - a) / Math.max(a, b) - s) < 0.002, `s = ${s} is not (b − a)/max(a, b) with a = ${a}, b = ${b}`);
    const plotted = num(await text(panel.getByTestId('calc-silhouette-step')));
    expect(plotted === s, `the panel's s(i) = ${s} is not the silhouette plot's ${plotted}`);
    if (how === 'lowest') {
      expect(s < 0.2, `the lowest s(i) is ${s}`);
      await panel.screenshot({ path: `${OUT}/teach-silhouette-${locale}.png` });
    }
  }
  expect(await panel.getByTestId('calc-silhouette-chart').isVisible(), 'the distances are not drawn');
}

async function indicatorFeatures({ newContext, base }, locale) {
  const page = await openIn(newContext, base, locale);
  const step = page.locator('#step-clusters');
  await step.getByTestId('cluster-features').selectOption('indicators');
  await step.locator('[data-mode="pca"]').waitFor({ timeout: 60_000 }); // the scatter of the new clustering
  const details = step.getByTestId('calc-kmeans-details');
  await details.locator('summary').click();
  const phase = details.getByTestId('calc-kmeans-phase');
  await until(() => phase.getAttribute('data-phase'), (p) => p === 'start', 'the walk starts');
  expect((await details.getByTestId('calc-kmeans-chart').count()) === 0, 'no chart for ten features');
  await details.getByTestId('calc-kmeans-next').click();
  const head = await details.getByTestId('calc-kmeans-distances').locator('thead th').count();
  const k = Number(await step.getByTestId('cluster-k').inputValue());
  expect(head === 1 + 10 + k + 1, `customer, 10 coordinates, ${k} distances and the nearest centre: ${head} columns`);
  await details.getByTestId('calc-kmeans-next').click();
  await until(() => phase.getAttribute('data-phase'), (p) => p === 'move', 'the move');
  const width = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(width, 'the wide tables scroll inside the panel, not the page');
  await details.screenshot({ path: `${OUT}/teach-kmeans-indicators-${locale}.png` });
  // the silhouette on ten features: the table and the step's own s(i), no drawing
  const sil = step.getByTestId('calc-silhouette-details');
  await sil.locator('summary').click();
  const panel = sil.getByTestId('calc-silhouette');
  const s = num(await text(panel.getByTestId('calc-silhouette-s')));
  expect(s === num(await text(panel.getByTestId('calc-silhouette-step'))), 'the silhouette on the indicators is the step’s own');
  expect((await panel.getByTestId('calc-silhouette-chart').count()) === 0, 'no drawing for ten features');
}

export const tests = {
  async 'in English, with the weighted indicators as features the walk-through tables their ten coordinates and the silhouette is the step’s own'(t) {
    await indicatorFeatures(t, 'en');
  },
  async 'in Chinese, with the weighted indicators as features the walk-through tables their ten coordinates and the silhouette is the step’s own'(t) {
    await indicatorFeatures(t, 'zh-CN');
  },
  async 'in English, k-means stepped through assigns each customer to its nearest centre and moves the centres to the means until nothing changes'({ newContext, base }) {
    await kmeansWalk({ newContext, base }, 'en');
  },
  async 'in Chinese, k-means stepped through assigns each customer to its nearest centre and moves the centres to the means until nothing changes'({ newContext, base }) {
    await kmeansWalk({ newContext, base }, 'zh-CN');
  },
  async "in English, one customer's silhouette gives a(i), b(i) and the silhouette plot's s(i)"({ newContext, base }) {
    await silhouette({ newContext, base }, 'en');
  },
  async "in Chinese, one customer's silhouette gives a(i), b(i) and the silhouette plot's s(i)"({ newContext, base }) {
    await silhouette({ newContext, base }, 'zh-CN');
  },
};
