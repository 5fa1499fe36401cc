// SPSS-style clustering in the clusters step (docs/spss.md): the method choice, QUICK CLUSTER's
// tables, hierarchical clustering's dendrogram and agglomeration schedule, and the printed report's
// SPSS tables, in English and Chinese. Screenshots go to E2E_OUT.

const OUT = process.env.E2E_OUT ?? '.ci-out';

async function open(page, base) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  await page.getByRole('figure', { name: 'Cluster scatter' }).locator('svg canvas[data-dots]').first().waitFor();
}

async function section(page, file) {
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
  const s = page.locator('#step-clusters');
  await s.scrollIntoViewIfNeeded();
  await s.screenshot({ path: `${OUT}/${file}` });
}

async function text(locator) {
  return (await locator.innerText()).replace(/\s+/g, ' ');
}

export const tests = {
  async 'SPSS QUICK CLUSTER prints its initial centres, iteration history, final centres, distances, ANOVA and case counts, in English and Chinese'({ page, base }) {
    await open(page, base);
    await page.getByTestId('cluster-method').selectOption('quick-cluster');
    const out = page.getByTestId('spss-output');
    await out.waitFor({ timeout: 20_000 });
    for (const id of ['qc-initial', 'qc-iterations', 'qc-final', 'qc-distances', 'qc-anova', 'qc-sizes']) {
      await page.getByTestId(`spss-${id}`).waitFor();
    }
    const all = await text(out);
    for (const w of ['Initial Cluster Centers', 'Iteration History', 'Final Cluster Centers', 'Distances between Final Cluster Centers', 'ANOVA', 'Number of Cases in each Cluster', 'descriptive']) {
      if (!all.includes(w)) throw new Error(`QUICK CLUSTER output lacks "${w}"`);
    }
    if (!/Convergence achieved|Iterations stopped because the maximum number of iterations/.test(all)) throw new Error('no Iteration History footnote');
    const valid = await text(page.getByTestId('spss-qc-sizes'));
    if (!/Valid 600/.test(valid)) throw new Error(`case counts: ${valid}`);
    // MXITER 1 stops before converging: SPSS's note says so.
    await page.getByTestId('qc-mxiter').fill('1');
    await page.getByTestId('qc-mxiter').press('Enter');
    await page.getByTestId('spss-output').getByText('Iterations stopped because the maximum number of iterations was performed').waitFor({ timeout: 20_000 });
    await section(page, 'spss-quick-cluster-en.png');
    await page.getByLabel(/Language|语言/).selectOption('zh-CN');
    const zh = await text(page.getByTestId('spss-output'));
    for (const w of ['SPSS 快速聚类输出', '初始聚类中心', '迭代历史记录', '最终聚类中心', '最终聚类中心间的距离', '每个聚类中的个案数目', '由于已执行最大迭代次数']) {
      if (!zh.includes(w)) throw new Error(`Chinese QUICK CLUSTER output lacks "${w}"`);
    }
    await section(page, 'spss-quick-cluster-zh.png');
  },

  async 'hierarchical clustering draws the dendrogram with the cut at k and prints the agglomeration schedule, in English and Chinese'({ page, base }) {
    await open(page, base);
    await page.getByTestId('cluster-method').selectOption('hclust');
    const fig = page.getByRole('figure', { name: 'Dendrogram', exact: true });
    await fig.waitFor({ timeout: 20_000 });
    const links = await fig.locator('svg path, svg line').count();
    if (links < 50) throw new Error(`dendrogram has ${links} links`);
    const caption = await text(fig.locator('figcaption'));
    if (!/cuts the tree into k = 4/.test(caption) || !/Ward/.test(caption)) throw new Error(`dendrogram caption: ${caption}`);
    const schedule = await text(page.getByTestId('spss-hclust-schedule'));
    if (!/Agglomeration Schedule/.test(schedule) || !/Stage Cluster First Appears/.test(schedule) || !/599/.test(schedule)) throw new Error(`schedule: ${schedule.slice(0, 300)}`);
    await page.getByTestId('dendrogram-scale').selectOption('height');
    await fig.locator('svg').waitFor();
    await page.getByTestId('hc-linkage').selectOption('average');
    await fig.locator('figcaption').filter({ hasText: /between-groups linkage/ }).waitFor({ timeout: 20_000 });
    await page.getByTestId('hc-linkage').selectOption('ward');
    await page.getByTestId('dendrogram-scale').selectOption('rescaled');
    await fig.locator('figcaption').filter({ hasText: /Ward/ }).waitFor({ timeout: 20_000 });
    await section(page, 'spss-hclust-en.png');
    await page.getByLabel(/Language|语言/).selectOption('zh-CN');
    const zfig = page.getByRole('figure', { name: '树状图', exact: true });
    await zfig.waitFor();
    const zh = await text(page.getByTestId('spss-output'));
    for (const w of ['系统聚类输出', '聚类表（凝聚计划）', '首次出现阶段', '瓦尔德法']) if (!zh.includes(w)) throw new Error(`Chinese hierarchical output lacks "${w}"`);
    await section(page, 'spss-hclust-zh.png');
  },

  async 'the printed report carries the SPSS-style tables of the chosen method, in English and Chinese'({ page, base }) {
    await open(page, base);
    await page.getByTestId('cluster-method').selectOption('quick-cluster');
    await page.getByTestId('spss-output').waitFor({ timeout: 20_000 });
    await page.emulateMedia({ media: 'print' });
    const report = page.getByTestId('print-report');
    await report.waitFor();
    const en = await text(report);
    for (const w of ['SPSS QUICK CLUSTER', 'Initial Cluster Centers', 'Iteration History', 'Distances between Final Cluster Centers']) if (!en.includes(w)) throw new Error(`report lacks "${w}"`);
    await report.locator('[data-table="qc-initial"]').screenshot({ path: `${OUT}/spss-report-qc-en.png` });
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('cluster-method').selectOption('hclust');
    await page.getByRole('figure', { name: 'Dendrogram', exact: true }).waitFor({ timeout: 20_000 });
    await page.getByLabel(/Language|语言/).selectOption('zh-CN');
    await page.emulateMedia({ media: 'print' });
    await report.waitFor();
    const zh = await text(report);
    for (const w of ['系统聚类', '聚类表（凝聚计划）']) if (!zh.includes(w)) throw new Error(`Chinese report lacks "${w}"`);
    await report.locator('[data-table="hclust-schedule"]').screenshot({ path: `${OUT}/spss-report-hclust-zh.png` });
    await page.emulateMedia({ media: 'screen' });
  },
};
