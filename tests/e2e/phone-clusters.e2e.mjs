// At 390 × 844 (a phone) the step bar sticks to the top of the screen (issue 8): the clusters step
// reached from the bar starts below it, and what the step scrolls into view (its heading, the
// k chosen, the charts' controls) is not hidden under it, in en and zh-CN. Screenshots.
import { expect } from './helpers.mjs';

const out = (file) => `${process.env.E2E_OUT ?? '.ci-out'}/${file}`;

/** Waits until the page has stopped scrolling (the step bar's links scroll smoothly). */
async function settle(page) {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) return;
    last = y;
    await page.waitForTimeout(200);
  }
}

async function run({ newContext, base }, locale) {
  const context = await newContext({ locale, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
  await page.locator('nav.rail a[href="#step-clusters"]').click();
  await settle(page);
  const m = await page.evaluate(() => {
    const bar = document.querySelector('nav.rail').getBoundingClientRect();
    const step = document.querySelector('#step-clusters');
    const heading = step.querySelector('h2') ?? step;
    return { barBottom: bar.bottom, barHeight: bar.height, heading: heading.getBoundingClientRect().top, text: heading.textContent.trim().slice(0, 40) };
  });
  await page.screenshot({ path: out(`phone-clusters-${locale}-0-jump.png`) });
  expect(m.heading >= m.barBottom - 1, `the clusters heading "${m.text}" starts at ${m.heading} px, under the step bar (bottom ${m.barBottom} px)`);

  // Each control of the step scrolled into view (as the browser does for focus and for the
  // tour) shows below the bar; the first and the last few give screenshots.
  const controls = page.locator('#step-clusters').locator('input, select, button, summary');
  const n = await controls.count();
  expect(n >= 5, `the clusters step has ${n} controls`);
  const hidden = [];
  for (let i = 0; i < n; i++) {
    const c = controls.nth(i);
    if (!(await c.isVisible())) continue;
    const r = await c.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      const bar = document.querySelector('nav.rail').getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { top: box.top, bar: bar.bottom, what: `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}` };
    });
    if (r.top < r.bar - 1) hidden.push(`${r.what} at ${Math.round(r.top)} px under the bar (bottom ${Math.round(r.bar)} px)`);
    if (i === 2 || i === n - 1) await page.screenshot({ path: out(`phone-clusters-${locale}-${i}.png`) });
  }
  expect(hidden.length === 0, `under the step bar: ${hidden.slice(0, 5).join('; ')}`);
}

export const tests = {
  async 'at 390 × 844 the clusters step reached from the step bar starts below the bar, nothing of it under the bar (en)'(t) {
    await run(t, 'en');
  },
  async 'at 390 × 844 the clusters step reached from the step bar starts below the bar, nothing of it under the bar (zh-CN)'(t) {
    await run(t, 'zh-CN');
  },
};
