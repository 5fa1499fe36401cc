// Phone and tablet (issue 8): the step rail collapses to a bar, the page is never wider than the
// screen on any step (tables scroll inside their box, charts fit), screenshots of every step.
import { expect } from './helpers.mjs';

const STEPS = ['data', 'indicators', 'judgments', 'weights', 'scores', 'clusters', 'segments', 'export'];
const out = (file) => `${process.env.E2E_OUT ?? '.ci-out'}/${file}`;

async function check(newContext, base, width, height, shots) {
  const context = await newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
  await page.getByTestId('segment-card').first().waitFor({ timeout: 20_000 });
  if (shots) await page.screenshot({ path: out(`mobile-${width}-0-top.png`) });
  const wide = [];
  for (const [i, step] of STEPS.entries()) {
    await page.locator(`nav.rail a[href="#step-${step}"]`).click();
    await page.waitForTimeout(400);
    const { doc, view, culprits } = await page.evaluate(() => {
      const view = document.documentElement.clientWidth;
      // The outermost elements that stick out (their parent does not), to name in a failure.
      const out = (el) => el.getBoundingClientRect().right > view + 1;
      const culprits = [...document.querySelectorAll('body *')]
        .filter((el) => out(el) && el.parentElement && !out(el.parentElement))
        .filter((el) => /absolute|fixed/.test(getComputedStyle(el).position) || ![...(function* () { for (let a = el.parentElement; a; a = a.parentElement) yield a; })()].some((a) => getComputedStyle(a).overflowX !== 'visible'))
        .slice(0, 6)
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className?.baseVal ?? el.className).split(' ')[0]}[${el.getAttribute('data-testid') ?? ''}] ${Math.round(el.getBoundingClientRect().right)}`);
      return { doc: document.documentElement.scrollWidth, view, culprits };
    });
    if (doc > view) wide.push(`${step}: ${doc} > ${view} (${culprits.join('; ')})`);
    if (shots) await page.locator(`#step-${step}`).screenshot({ path: out(`mobile-${width}-${i + 1}-${step}.png`) });
  }
  expect(wide.length === 0, `the page is wider than the screen at ${width} px: ${wide.join(' | ')}`);
  const rail = await page.locator('nav.rail').boundingBox();
  expect(rail.width >= width - 40, `the step rail is a bar across the top at ${width} px (${rail.width} px wide)`);
  const main = await page.locator('main').boundingBox();
  expect(main.width >= width - 40, `the content uses the width (${main.width} of ${width} px)`);
}

export const tests = {
  async 'on a 390 × 844 phone the rail collapses, the content uses the width, and no step is wider than the screen'({ newContext, base }) {
    await check(newContext, base, 390, 844, true);
  },
  async 'on a 768 × 1024 tablet no step is wider than the screen'({ newContext, base }) {
    await check(newContext, base, 768, 1024, false);
  },
};
