// The post hoc tables' layout in Chinese (issue 10): indicator names and numbers stay on one line
// (the interval table was a one-character name column with rows several lines tall), at 1280 px
// and 390 px. Screenshots go to E2E_OUT.
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';

async function openTests(page, base, width) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  await page.getByLabel(/Language|语言/).selectOption('zh-CN');
  const step = page.locator('#step-segments');
  await step.getByTestId('segment-effect').waitFor({ timeout: 30_000 });
  await step.getByText(/多重比较/).first().click();
  const ci = step.getByTestId('segment-posthoc-ci');
  await until(() => ci.innerText(), (v) => v.includes('95% 置信区间'), 'Chinese interval table');
  return { step, ci };
}

/** Each body row's height against the height of one line of its text. */
async function rowHeights(table) {
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.slice(0, 12).map((r) => {
      const th = r.querySelector('th');
      const line = parseFloat(getComputedStyle(th).lineHeight) || parseFloat(getComputedStyle(th).fontSize) * 1.4;
      return { name: th.innerText, height: r.getBoundingClientRect().height, line };
    }),
  );
}

async function shoot(page, locator, file) {
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
  await locator.scrollIntoViewIfNeeded();
  await locator.screenshot({ path: `${OUT}/${file}` });
}

export const tests = {
  async 'the Chinese confidence-interval and comparison tables keep each row on one line at 1280 px and 390 px'({ page, base }) {
    for (const width of [1280, 390]) {
      const { step, ci } = await openTests(page, base, width);
      for (const id of ['segment-posthoc-ci', 'segment-posthoc']) {
        for (const r of await rowHeights(step.getByTestId(id))) {
          expect(r.height < 2 * r.line + 10, `${id} at ${width}px: row "${r.name}" is ${r.height}px tall for a ${r.line}px line`);
        }
      }
      // The page itself does not scroll sideways; a wide table scrolls in its box.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow <= 1, `page is ${overflow}px wider than the screen at ${width}px`);
      if (width === 1280) {
        const spill = await ci.evaluate((t) => t.scrollWidth - t.parentElement.clientWidth);
        expect(spill <= 1, `the interval table is ${spill}px wider than its box at 1280px`);
      }
      await shoot(page, ci, `posthoc-ci-zh-${width}.png`);
    }
  },
};
