// The placeholder page: opens with the sample project computed in the worker.
export const tests = {
  async 'first load shows the sample project computed: weights, elbow and silhouette charts, four named segments'({ page, base, shot }) {
    await page.goto(base);
    await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
    const elbow = page.getByRole('figure', { name: /Elbow chart|肘部法则图/ });
    const sil = page.getByRole('figure', { name: /Silhouette chart|轮廓系数图/ });
    await elbow.locator('svg').first().waitFor();
    await sil.locator('svg').first().waitFor();
    const dots = await elbow.locator('svg circle').count();
    if (dots !== 9) throw new Error(`elbow chart has ${dots} points, expected 9 (k = 2..10)`);
    const rows = page.getByTestId('segments').locator('tbody tr');
    const n = await rows.count();
    if (n !== 4) throw new Error(`expected 4 segment rows, got ${n}`);
    await shot('placeholder-sample.png');
  },

  async 'the language switch changes the page to Chinese and back, and is remembered'({ page, base, shot }) {
    await page.goto(base);
    await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
    await page.getByLabel(/Language|语言/).selectOption('zh-CN');
    await page.getByText('高质量型').first().waitFor();
    await page.getByRole('figure', { name: '肘部法则图' }).waitFor();
    await shot('placeholder-zh.png');
    await page.reload();
    await page.getByText('高质量型').first().waitFor({ timeout: 20_000 });
    await page.getByLabel('语言').selectOption('en');
    await page.getByText('High quality').first().waitFor();
  },
};
