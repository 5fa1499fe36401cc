// A link to a template project names the template (issue 14, item 4): copied on the ICBC template
// (its example data are shipped with the page), the link carries the data set's name, the sharer
// is told which template the data belong to, and a fresh browser is offered "the template …", then
// opens the same project on the same data (same final weights). From English to Chinese and back.
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const TITLE = { en: 'ICBC star-rated customers', 'zh-CN': '工商银行星级客户' };

async function finalWeights(page) {
  return page.locator('#step-weights [data-testid^="w-final-"]').evaluateAll((cells) => Object.fromEntries(cells.map((c) => [c.dataset.testid, c.firstChild?.textContent?.trim()])));
}

async function open(newContext, base, locale, hash = '') {
  const context = await newContext({ locale, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(base + hash);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
  return page;
}

export const tests = {};

for (const [from, to] of [['en', 'zh-CN'], ['zh-CN', 'en']]) {
  tests[`a link copied on a template project (${from}) names the template, and opens it with its data in a fresh browser (${to})`] = async ({ newContext, base }) => {
    const a = await open(newContext, base, from);
    await a.getByTestId('start-template').click();
    await a.getByTestId('template-gallery').getByTestId('template-icbc-star').getByTestId('template-open').click();
    await a.getByTestId('segment-cards').waitFor({ timeout: 30_000 });
    // the template's own weights (its value index indicator), read once they are on the page
    const weights = await until(() => finalWeights(a), (w) => 'w-final-index' in w, 'the template’s weights', 30_000);
    await a.getByTestId('copy-link').click();
    const named = a.getByTestId('copy-link-template');
    await named.waitFor();
    expect((await named.innerText()).includes(TITLE[from]), `the sharer is told the template: ${await named.innerText()}`);
    const link = await a.getByTestId('link-field').inputValue();
    expect(/#data=icbc-star\.csv&project=/.test(link), `the link names the template's data set: ${link.slice(0, 100)}`);
    await a.getByTestId('share-link').screenshot({ path: `${OUT}/teach-link-template-copied-${from}.png` });

    const b = await open(newContext, base, to, new URL(link).hash);
    const offer = b.getByTestId('linked-project');
    await offer.waitFor({ timeout: 30_000 });
    expect((await offer.getByTestId('linked-template').innerText()).includes(TITLE[to]), `the offer names the template in the viewer's language: ${await offer.innerText()}`);
    await offer.screenshot({ path: `${OUT}/teach-link-template-offer-${to}.png` });
    await offer.getByTestId('linked-accept').click();
    await b.getByTestId('linked-opened').waitFor({ timeout: 30_000 });
    await until(() => finalWeights(b), (w) => JSON.stringify(w) === JSON.stringify(weights), `the same final weights as the sharer's ${JSON.stringify(weights)}`);
    expect((await b.getByTestId('linked-opened').innerText()).length > 0 && (await b.getByTestId('linked-opened').innerText()).indexOf('step 1') < 0, 'no request to load the data by hand');
  };
}
