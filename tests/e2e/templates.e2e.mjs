// Thesis templates (issue 9): every template opened from the gallery on the first screen, in
// zh-CN and in English, computed on its example data, with a screenshot of each; and a template
// applied to the loaded file lists what it could not bind.
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const TEMPLATES = [
  { id: 'gbank-corporate', rows: 400, zh: 'G 银行甘肃分行对公客户价值细分', en: 'G Bank Gansu branch: corporate customer value segments' },
  { id: 'banka-retail', rows: 500, zh: 'A 银行零售客户价值细分', en: 'Bank A: retail customer value segments' },
  { id: 'icbc-star', rows: 600, zh: '工商银行星级客户价值评价', en: 'ICBC star-rated customer value' },
  { id: 'banka-corporate', rows: 450, zh: '股份制 A 银行对公客户分层管理', en: 'Joint-stock Bank A: corporate customer layers' },
  { id: 'spdb-survey', rows: 300, zh: '浦发银行 A 分行客户满意度与价值', en: 'SPDB Branch A: customer satisfaction and value' },
];

async function openEach(page, base, locale) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
  for (const tpl of TEMPLATES) {
    await page.getByTestId('start-template').click();
    const gallery = page.getByTestId('template-gallery');
    await gallery.waitFor();
    const card = gallery.getByTestId(`template-${tpl.id}`);
    expect((await card.locator('.method').innerText()).split('\n').length === 2, `${tpl.id}: the method in two lines`);
    await card.getByTestId('template-open').click();
    await until(() => page.getByTestId('project-name').inputValue(), (v) => v === tpl[locale === 'zh-CN' ? 'zh' : 'en'], `${tpl.id}: the template's project is open`, 20_000);
    await page.getByRole('status').filter({ hasText: new RegExp(String(tpl.rows)) }).waitFor({ timeout: 30_000 });
    if (tpl.id === 'banka-corporate') {
      // Tiers by rules over several columns, with the customers who meet no rule counted.
      const unmatched = page.getByTestId('tier-unmatched');
      await unmatched.waitFor({ timeout: 10_000 });
      expect(/\d/.test(await unmatched.innerText()), 'the unmatched customers are counted');
    }
    await page.locator('#step-segments').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/template-${tpl.id}-${locale}.png`, fullPage: false });
  }
}

export const tests = {
  async 'in Chinese, each of the five templates opens from the gallery (从论文模板开始) and is computed on its example data'({ newContext, base }) {
    const context = await newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await openEach(page, base, 'zh-CN');
    // The last one opened is the survey; the G Bank one names its four segments once each.
    await page.getByTestId('start-template').click();
    await page.getByTestId('template-gallery').getByTestId('template-gbank-corporate').getByTestId('template-open').click();
    await page.getByRole('status').filter({ hasText: /400/ }).waitFor({ timeout: 30_000 });
    const text = await page.locator('#step-segments').innerText();
    for (const name of ['高质量型', '高潜力型', '高现值型', '低质量型']) expect(text.includes(name), `segment ${name} shown`);
    expect(!/高质量型 II|低质量型 II/.test(text), 'no name twice');
  },

  async 'in English, each of the five templates opens from the gallery (Start from a thesis) and is computed on its example data'({ page, base }) {
    await openEach(page, base, 'en');
  },

  async 'a template applied to the loaded sample file says which of its columns the file lacks'({ page, base }) {
    await page.goto(base);
    await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
    await page.getByTestId('new-project').click();
    await page.getByTestId('new-from-template').click();
    const card = page.getByTestId('template-gallery').getByTestId('template-banka-retail');
    await card.getByTestId('template-apply').click();
    const out = page.getByTestId('template-binding');
    await out.waitFor();
    const text = await out.innerText();
    expect(/Not found in your data/.test(text) && text.includes('acquisition_cost'), `unbound columns listed: ${text}`);
    await page.screenshot({ path: `${OUT}/template-apply-en.png`, fullPage: false });
  },
};
