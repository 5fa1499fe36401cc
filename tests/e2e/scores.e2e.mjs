// Step 5 Scores & value matrix: histogram, the value matrix and its counts, the split rule,
// tiers with validated thresholds, ABC with the Pareto chart, the sortable ranking table.

const OUT = process.env.E2E_OUT ?? '.ci-out';

async function open(page, base) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  await page.getByRole('figure', { name: 'Value matrix' }).locator('svg canvas[data-dots]').first().waitFor();
}

/**
 * The value matrix's dots, read from its canvas layer: how many it says it drew, and how many
 * pixels carry each quadrant colour (hh, hl, lh, ll), so a blank or one-colour canvas shows.
 */
async function matrixDots(page) {
  return page.getByRole('figure', { name: 'Value matrix' }).locator('svg canvas[data-dots]').evaluate((c) => {
    const colours = ['#1a7f37', '#1f6feb', '#bf8700', '#8c959f'].map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
    const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const pixels = [0, 0, 0, 0];
    for (let i = 0; i < px.length; i += 4) {
      if (px[i + 3] < 100) continue;
      const q = colours.findIndex((rgb) => Math.abs(rgb[0] - px[i]) + Math.abs(rgb[1] - px[i + 1]) + Math.abs(rgb[2] - px[i + 2]) < 12);
      if (q >= 0) pixels[q]++;
    }
    return { drawn: Number(c.dataset.dots), pixels };
  });
}

/** Polls `fn` until it returns a truthy value (returned) or throws `what` after `ms`. */
async function until(fn, what, ms = 10_000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out: ${what} (last: ${JSON.stringify(last)})`);
}

/** The four quadrant counts (hh, hl, lh, ll), read in one go so that a redraw cannot split them. */
async function quadrantCounts(page) {
  return page.getByTestId('quadrant-counts').evaluate((table) =>
    ['hh', 'hl', 'lh', 'll'].map((q) => Number(table.querySelector(`[data-testid="quadrant-count-${q}"]`)?.textContent)),
  );
}

async function section(page, file) {
  // The sticky header would cover the top of an element screenshot.
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
  const s = page.locator('#step-scores');
  await s.scrollIntoViewIfNeeded();
  await s.screenshot({ path: `${OUT}/${file}` });
}

const num = (s) => Number(s.replace(/,/g, ''));

export const tests = {
  async 'first load shows the score histogram, the value matrix with four quadrant counts summing to 600, tiers, the Pareto chart and the ranking'({ page, base, shot }) {
    await open(page, base);
    const hist = page.getByRole('figure', { name: 'Score histogram' });
    const bins = await hist.locator('svg rect').count();
    if (bins < 8) throw new Error(`histogram has ${bins} bins`);
    const matrix = page.getByRole('figure', { name: 'Value matrix' });
    const dots = await matrixDots(page);
    if (dots.drawn !== 600) throw new Error(`value matrix drew ${dots.drawn} points, expected 600`);
    const counts = await quadrantCounts(page);
    if (counts.reduce((a, b) => a + b, 0) !== 600 || counts.some((c) => c <= 0)) throw new Error(`quadrant counts ${counts}`);
    // Every quadrant's dots are painted in its colour (a few pixels per dot at least).
    dots.pixels.forEach((p, q) => {
      if (p < counts[q] * 2) throw new Error(`quadrant ${q} has ${counts[q]} customers but ${p} pixels of its colour: ${dots.pixels}`);
    });
    // The counts are drawn in the chart too.
    const chartText = (await matrix.locator('svg').evaluateAll((els) => els.map((e) => e.innerHTML))).join('');
    for (const c of counts) if (!chartText.includes(`>${c}<`)) throw new Error(`count ${c} not drawn in the value matrix`);
    const pareto = page.getByRole('figure', { name: 'Pareto chart' });
    if ((await pareto.locator('svg path').count()) < 2) throw new Error('Pareto chart has no curve');
    const abc = [];
    for (const c of ['A', 'B', 'C']) abc.push(Number(await page.getByTestId(`abc-count-${c}`).innerText()));
    if (abc.reduce((a, b) => a + b, 0) !== 600 || !(abc[0] > 0 && abc[0] < abc[2] + abc[1] + abc[0])) throw new Error(`ABC counts ${abc}`);
    const tiers = [];
    for (let i = 0; i < 4; i++) tiers.push(Number(await page.getByTestId(`tier-count-${i}`).innerText()));
    if (tiers.reduce((a, b) => a + b, 0) !== 600) throw new Error(`tier counts ${tiers}`);
    const status = await page.getByTestId('ranking-status').innerText();
    if (!/of 600/.test(status)) throw new Error(`ranking status "${status}"`);
    await section(page, 'scores-first-load.png');
    await shot('scores-page.png');
  },

  async 'the ranking table sorts by a column heading, both ways, and pages through all 600 customers'({ page, base }) {
    await open(page, base);
    const table = page.getByTestId('ranking');
    const col = async (i) => table.locator(`tbody tr td:nth-child(${i})`).allInnerTexts();
    // Default: by rank, composite descending.
    let comp = (await col(3)).map(num);
    for (let i = 1; i < comp.length; i++) if (comp[i] > comp[i - 1]) throw new Error(`default order not by composite: ${comp}`);
    await table.getByRole('button', { name: 'Sort by Customer' }).click();
    const ids = await until(async () => {
      const v = await col(2);
      return v[0] <= v[1] && v[1] <= v[2] && v[0].startsWith('C') ? v : null;
    }, 'ids ascending');
    const th = table.locator('th[aria-sort]');
    if ((await th.getAttribute('aria-sort')) !== 'ascending') throw new Error('aria-sort not ascending');
    await table.getByRole('button', { name: 'Sort by Customer' }).click();
    await until(async () => (await col(2))[0] > ids[ids.length - 1], 'ids descending');
    await table.getByRole('button', { name: 'Sort by Current value' }).click();
    comp = (await col(4)).map(num);
    for (let i = 1; i < comp.length; i++) if (comp[i] > comp[i - 1]) throw new Error(`current value not descending: ${comp}`);
    await table.getByRole('button', { name: 'Sort by Current value' }).click();
    comp = (await col(4)).map(num);
    for (let i = 1; i < comp.length; i++) if (comp[i] < comp[i - 1]) throw new Error(`current value not ascending: ${comp}`);
    await page.getByRole('navigation', { name: 'Ranking pages' }).getByRole('button', { name: 'Last' }).click();
    const status = await page.getByTestId('ranking-status').innerText();
    if (!/576.600 of 600/.test(status)) throw new Error(`last page status "${status}"`);
    const rows = await table.locator('tbody tr').count();
    if (rows !== 25) throw new Error(`last page has ${rows} rows`);
  },

  async 'changing the split rule to the median moves the cut lines and changes the quadrant counts'({ page, base }) {
    await open(page, base);
    const before = await quadrantCounts(page);
    const caption = page.getByRole('figure', { name: 'Value matrix' }).locator('figcaption');
    if (!/split at the mean/.test(await caption.innerText())) throw new Error(`caption: ${await caption.innerText()}`);
    await page.getByTestId('split-rule').selectOption('median');
    await until(async () => /split at the median/.test(await caption.innerText()), 'caption says median');
    const after = await until(async () => {
      const c = await quadrantCounts(page);
      return JSON.stringify(c) !== JSON.stringify(before) && c[0] + c[1] + c[2] + c[3] === 600 ? c : null;
    }, 'counts change and still sum to 600');
    if (after.reduce((a, b) => a + b, 0) !== 600) throw new Error(`median counts ${after}`);
    // With the median, the high-current side holds half the customers.
    if (after[0] + after[1] !== 300) throw new Error(`high current = ${after[0] + after[1]}, expected 300 at the median`);
    await page.getByTestId('split-rule').selectOption('value');
    await page.getByTestId('split-current').waitFor();
    await page.getByTestId('split-current').fill('80');
    await page.getByTestId('split-current').press('Enter');
    await until(async () => {
      const c = await quadrantCounts(page);
      return c[0] + c[1] < 100 ? c : null;
    }, 'few customers above a current cut of 80');
    await section(page, 'scores-split-value.png');
  },

  async 'a tier threshold out of order keeps the typed value, shows the message next to it, and fixing it recomputes'({ page, base }) {
    await open(page, base);
    const field = page.getByTestId('tier-threshold-1');
    if ((await field.inputValue()) !== '1000') throw new Error(`threshold 2 is ${await field.inputValue()}`);
    await field.fill('100');
    await field.press('Enter');
    const msg = page.getByTestId('tier-threshold-1-error');
    await msg.waitFor();
    if (!/greater than the threshold above it \(300\)/.test(await msg.innerText())) throw new Error(`message: ${await msg.innerText()}`);
    if ((await field.inputValue()) !== '100') throw new Error('the typed value was lost');
    if ((await field.getAttribute('aria-invalid')) !== 'true') throw new Error('field not marked invalid');
    // The rail flags the scores step.
    const rail = page.getByRole('navigation', { name: 'Steps' });
    await until(async () => /1/.test(await rail.getByRole('link', { name: /Scores/ }).innerText()), 'rail badge');
    await section(page, 'scores-tier-error.png');
    // Text that is not a number stays too, with its own message.
    await field.fill('lots');
    await field.press('Enter');
    await until(async () => /Type a number/.test(await msg.innerText()), 'not-a-number message');
    if ((await field.inputValue()) !== 'lots') throw new Error('the typed text was lost');
    await field.fill('2000');
    await field.press('Enter');
    await msg.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
    const counts = await until(async () => {
      const c = [];
      for (let i = 0; i < 4; i++) c.push(Number(await page.getByTestId(`tier-count-${i}`).innerText()));
      return c.reduce((a, b) => a + b, 0) === 600 ? c : null;
    }, 'tier counts');
    // Undo goes back through 100 (flagged again) to 1000: the text follows the project.
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(async () => (await field.inputValue()) === '100', 'undo restores 100');
    await msg.waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(async () => (await field.inputValue()) === '1000', 'second undo restores 1000');
    await msg.waitFor({ state: 'detached' });
    if (!counts) throw new Error('no counts');
  },

  async 'ABC cut-offs are editable and move the classes; the Pareto chart follows'({ page, base }) {
    await open(page, base);
    const a0 = Number(await page.getByTestId('abc-count-A').innerText());
    await page.getByTestId('abc-cut-a').fill('50');
    await page.getByTestId('abc-cut-a').press('Enter');
    await until(async () => Number(await page.getByTestId('abc-count-A').innerText()) < a0, 'fewer A customers at a 50% cut');
    const caption = await page.getByRole('figure', { name: 'Pareto chart' }).locator('figcaption').innerText();
    if (!/50%/.test(caption)) throw new Error(`Pareto caption: ${caption}`);
    await page.getByTestId('abc-cut-b').fill('40');
    await page.getByTestId('abc-cut-b').press('Enter');
    await page.getByTestId('abc-cut-b-error').waitFor();
    await page.getByTestId('abc-cut-b').fill('90');
    await page.getByTestId('abc-cut-b').press('Enter');
    await page.getByTestId('abc-cut-b-error').waitFor({ state: 'detached' });
  },
};
