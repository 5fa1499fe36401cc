// Step 6 Clusters: the live k sweep (elbow, silhouette, CH/DB on request), the chosen k's
// silhouette plot and cluster scatter, and every setting recomputing in the worker.

const OUT = process.env.E2E_OUT ?? '.ci-out';

async function open(page, base) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  await page.getByRole('figure', { name: 'Cluster scatter' }).locator('svg canvas[data-dots]').first().waitFor();
}

async function until(fn, what, ms = 15_000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out: ${what} (last: ${JSON.stringify(last)})`);
}

const fig = (page, name) => page.getByRole('figure', { name, exact: true });

/**
 * The scatter's points, read from its canvas layer: how many it says it drew, and how many of the
 * cluster colours cover at least 20 pixels (a blank or one-colour canvas shows).
 */
async function scatterColours(page) {
  return fig(page, 'Cluster scatter').locator('svg canvas[data-dots]').evaluate((c) => {
    const palette = ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f', '#edc949', '#af7aa1', '#ff9da7', '#9c755f', '#bab0ab'].map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
    const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const pixels = palette.map(() => 0);
    for (let i = 0; i < px.length; i += 4) {
      if (px[i + 3] < 100) continue;
      const q = palette.findIndex((rgb) => Math.abs(rgb[0] - px[i]) + Math.abs(rgb[1] - px[i + 1]) + Math.abs(rgb[2] - px[i + 2]) < 12);
      if (q >= 0) pixels[q]++;
    }
    return { n: Number(c.dataset.dots), colours: pixels.filter((p) => p >= 20).length };
  });
}

async function silhouetteBars(page) {
  // Legend swatches carry no fill attribute of their own: count the bars' colours only.
  return fig(page, 'Silhouette plot').locator('svg rect[fill]').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('fill'))).size);
}

async function section(page, file) {
  // The sticky header would cover the top of an element screenshot.
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
  const s = page.locator('#step-clusters');
  await s.scrollIntoViewIfNeeded();
  await s.screenshot({ path: `${OUT}/${file}` });
}

export const tests = {
  async 'first load shows the elbow and silhouette charts for k = 2..10, the silhouette plot and the cluster scatter in 4 colours'({ page, base, shot }) {
    await open(page, base);
    for (const name of ['Elbow chart', 'Silhouette chart']) {
      const dots = await fig(page, name).locator('svg circle').count();
      if (dots !== 9) throw new Error(`${name} has ${dots} points, expected 9 (k = 2..10)`);
      const ticks = await fig(page, name).locator('svg [aria-label="x-axis tick label"] text').evaluateAll((els) => els.map((e) => e.textContent));
      if (ticks.join(',') !== '2,3,4,5,6,7,8,9,10') throw new Error(`${name} ticks ${ticks}`);
    }
    const elbowText = await fig(page, 'Elbow chart').textContent();
    if (!/knee/.test(elbowText ?? '')) throw new Error('knee not marked');
    const silText = await fig(page, 'Silhouette chart').textContent();
    if (!/best/.test(silText ?? '')) throw new Error('best silhouette not marked');
    const bars = await fig(page, 'Silhouette plot').locator('svg rect[fill]').count();
    if (bars < 600) throw new Error(`silhouette plot has ${bars} bars, expected one per customer (600)`);
    if ((await silhouetteBars(page)) !== 4) throw new Error('silhouette plot not in 4 cluster colours');
    const mean = await fig(page, 'Silhouette plot').locator('figcaption').innerText();
    if (!/mean \(0\.\d{3}\)/.test(mean)) throw new Error(`silhouette plot caption: ${mean}`);
    const { n, colours } = await scatterColours(page);
    if (n !== 600 || colours !== 4) throw new Error(`scatter: ${n} points in ${colours} colours`);
    const notes = await page.getByTestId('cluster-notes').innerText();
    if (!/agree on k = 4|elbow is at k = \d/.test(notes)) throw new Error(`notes: ${notes}`);
    await section(page, 'clusters-first-load.png');
    await shot('clusters-page.png');
  },

  async 'choosing k = 3 redraws the silhouette plot and the scatter in 3 colours; clicking a point on the elbow chart picks k'({ page, base }) {
    await open(page, base);
    await page.getByTestId('cluster-k').selectOption('3');
    await until(async () => (await scatterColours(page)).colours === 3, 'scatter in 3 colours');
    await until(async () => (await silhouetteBars(page)) === 3, 'silhouette plot in 3 colours');
    const caption = await fig(page, 'Silhouette plot').locator('figcaption').innerText();
    if (!/k = 3/.test(caption)) throw new Error(`caption ${caption}`);
    await section(page, 'clusters-k3.png');
    // Click the k = 5 point (the fourth dot) of the elbow chart.
    const dot = fig(page, 'Elbow chart').locator('svg circle').nth(3);
    await dot.hover();
    await dot.click();
    await until(async () => (await page.getByTestId('cluster-k').inputValue()) === '5', 'k = 5 picked on the chart');
    await until(async () => (await scatterColours(page)).colours === 5, 'scatter in 5 colours');
  },

  async 'lowering kMax to 6 redraws both sweep charts with 5 points; kMin above kMax is refused next to it, naming the allowed range'({ page, base }) {
    await open(page, base);
    await page.getByTestId('k-max').fill('6');
    await page.getByTestId('k-max').press('Enter');
    for (const name of ['Elbow chart', 'Silhouette chart']) {
      await until(async () => (await fig(page, name).locator('svg circle').count()) === 5, `${name} with 5 points`);
    }
    const options = await page.getByTestId('cluster-k').locator('option').allInnerTexts();
    if (options.join(',') !== '2,3,4,5,6') throw new Error(`k choices ${options}`);
    await section(page, 'clusters-kmax6.png');
    await page.getByTestId('k-min').fill('8');
    await page.getByTestId('k-min').press('Enter');
    const msg = page.getByTestId('k-min-error');
    await msg.waitFor();
    // Refused in place, naming the allowed range (2 up to kMax); the charts keep k = 2..6.
    if (!/from 2 to 6/.test(await msg.innerText())) throw new Error(`kMin message: ${await msg.innerText()}`);
    if ((await fig(page, 'Elbow chart').locator('svg circle').count()) !== 5) throw new Error('a refused kMin reached the project');
    if ((await page.getByTestId('k-min').inputValue()) !== '8') throw new Error('typed kMin lost');
    await page.getByTestId('k-min').fill('3');
    await page.getByTestId('k-min').press('Enter');
    await msg.waitFor({ state: 'detached' });
    await until(async () => (await fig(page, 'Elbow chart').locator('svg circle').count()) === 4, 'elbow with k = 3..6');
  },

  async 'restarts 0 is refused in place naming the allowed range 1 to 1000, in English and Chinese, and the typed text stays'({ page, base }) {
    await open(page, base);
    const field = page.getByTestId('restarts');
    const before = await field.inputValue();
    await field.fill('0');
    await field.press('Enter');
    const msg = page.getByTestId('restarts-error');
    await msg.waitFor();
    if (!/from 1 to 1000/.test(await msg.innerText())) throw new Error(`restarts message: ${await msg.innerText()}`);
    if ((await field.inputValue()) !== '0') throw new Error('typed restarts lost');
    // Never silently taken: fixing the text removes the message, and the value committed is the new one.
    await field.fill(before);
    await field.press('Enter');
    await msg.waitFor({ state: 'detached' });
    await page.getByLabel(/Language|语言/).selectOption('zh-CN');
    await field.fill('0');
    await field.press('Enter');
    await msg.waitFor();
    if (!/请输入 1 到 1000 之间的数/.test(await msg.innerText())) throw new Error(`zh restarts message: ${await msg.innerText()}`);
  },

  async 'switching the features to the weighted indicators draws the principal-component scatter'({ page, base }) {
    await open(page, base);
    await page.getByTestId('cluster-features').selectOption('indicators');
    const scatter = page.locator('[data-mode="pca"]');
    await scatter.waitFor({ timeout: 15_000 });
    const text = await fig(page, 'Cluster scatter').textContent();
    if (!/PC1 \(\d+\.\d%\)/.test(text ?? '') || !/PC2/.test(text ?? '')) throw new Error(`axes: ${text}`);
    const caption = await fig(page, 'Cluster scatter').locator('figcaption').innerText();
    if (!/principal components of the 10 clustering features/.test(caption)) throw new Error(`caption: ${caption}`);
    await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
    const { n, colours } = await scatterColours(page);
    if (n !== 600 || colours < 2) throw new Error(`PCA scatter: ${n} points in ${colours} colours`);
    await section(page, 'clusters-pca.png');
  },

  async 'choosing mini-batch k-means explains it, asks for a batch size (a bad one is named next to it), recomputes and is named in the methods paragraph, in English and Chinese'({ page, base }) {
    await open(page, base);
    const help = page.getByTestId('cluster-algorithm-help');
    if (!/Exact: every iteration uses all customers/.test(await help.innerText())) throw new Error(`help: ${await help.innerText()}`);
    if (await page.getByTestId('batch-size').count()) throw new Error('batch size shown for the exact method');
    await page.getByRole('combobox', { name: 'k-means method' }).selectOption('mini-batch');
    await until(async () => /close to, not equal to, exact k-means/.test(await help.innerText()), 'mini-batch explanation');
    const batch = page.getByTestId('batch-size');
    if ((await batch.inputValue()) !== '1024') throw new Error(`default batch size ${await batch.inputValue()}`);
    await batch.fill('5');
    await batch.press('Enter');
    const msg = page.getByTestId('batch-size-error');
    await msg.waitFor();
    if (!/10/.test(await msg.innerText())) throw new Error(`batch size message: ${await msg.innerText()}`);
    if ((await batch.inputValue()) !== '5') throw new Error('typed batch size lost');
    await batch.fill('100');
    await batch.press('Enter');
    await msg.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
    await until(async () => /mini-batch k-means \(an approximation of k-means: random batches of 100 customers/.test((await page.getByTestId('report-methods').textContent()) ?? ''), 'methods paragraph names mini-batch', 20_000);
    await until(async () => (await scatterColours(page)).n === 600, 'scatter of all 600 customers');
    for (const name of ['Elbow chart', 'Silhouette chart']) {
      const dots = await fig(page, name).locator('svg circle').count();
      if (dots !== 9) throw new Error(`${name} has ${dots} points with mini-batch`);
    }
    await section(page, 'clusters-mini-batch.png');
    await page.getByLabel(/Language|语言/).selectOption('zh-CN');
    await until(async () => /小批量：每一步只随机抽取一批客户/.test(await help.innerText()), 'Chinese explanation');
    await until(async () => /采用小批量 K 均值聚类/.test((await page.getByTestId('report-methods').textContent()) ?? ''), 'Chinese methods paragraph');
    await section(page, 'clusters-mini-batch-zh.png');
    // back to exact: the batch size goes and the explanation with it
    await page.getByTestId('cluster-algorithm').selectOption('exact');
    await batch.waitFor({ state: 'detached' });
    await until(async () => /精确：每次迭代使用全部客户/.test(await help.innerText()), 'exact explanation again');
  },

  async 'Calinski–Harabasz and Davies–Bouldin appear on request, with a table of every measure'({ page, base }) {
    await open(page, base);
    if (await fig(page, 'Calinski–Harabasz chart').count()) throw new Error('CH shown before asked');
    await page.getByLabel('Show Calinski–Harabasz and Davies–Bouldin').check();
    for (const name of ['Calinski–Harabasz chart', 'Davies–Bouldin chart']) {
      const dots = await fig(page, name).locator('svg circle').count();
      if (dots !== 9) throw new Error(`${name} has ${dots} points`);
    }
    const rows = await page.getByTestId('sweep-table').locator('tbody tr').count();
    if (rows !== 9) throw new Error(`sweep table has ${rows} rows`);
    await section(page, 'clusters-ch-db.png');
  },

  async 'a long run shows the progress bar and Cancel in the step, and cancelling keeps the last result'({ page, base }) {
    await open(page, base);
    await page.getByTestId('restarts').fill('1000');
    await page.getByTestId('restarts').press('Enter');
    const progress = page.getByTestId('cluster-progress');
    await progress.waitFor({ timeout: 5_000 });
    await progress.locator('progress').waitFor();
    // A small screenshot only, so that the run is still going when Cancel is pressed.
    await progress.screenshot({ path: `${OUT}/clusters-running.png` });
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await progress.waitFor({ state: 'detached' });
    const { n } = await scatterColours(page);
    if (n !== 600) throw new Error('the last result was not kept after cancelling');
    await page.getByTestId('cluster-outdated').waitFor();
  },
};
