// Never lose work: reopening the page restores the project and returns to the step the user was at.
export const tests = {
  async 'reopening the page returns to the step the user was at, and the rail marks it'({ page, base }) {
    await page.goto(base);
    await page.getByRole('status').filter({ hasText: /600/ }).first().waitFor({ timeout: 30_000 });
    await page.getByRole('navigation').getByRole('link', { name: /Segments/ }).click();
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('valueseg.ui') ?? '{}').step === 'segments', null, { timeout: 10_000 });
    await page.reload();
    await page.getByRole('status').filter({ hasText: /600/ }).first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => {
      const r = document.getElementById('step-segments')?.getBoundingClientRect();
      return !!r && r.top < window.innerHeight / 2 && r.bottom > 0;
    }, null, { timeout: 10_000 });
    const current = await page.locator('nav a[aria-current="step"]').innerText();
    if (!current.includes('Segments')) throw new Error(`the rail marks "${current}" after reopening`);
  },
};
