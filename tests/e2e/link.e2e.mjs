// Links that open an analysis (issue 14, item 4): "Copy link" puts the project, compressed, into
// the URL fragment; a fresh browser opens the same project (same weights, same k) once the user
// accepts it, and a hostile fragment gives a message while the previous project stays.
import { deflateRawSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const SAMPLE = JSON.parse(readFileSync('datasets/corporate_customers.project.json', 'utf8'));
const TEXT = {
  en: { copy: 'Copy link', accept: 'Open the linked project', keep: 'Keep my project', offer: 'This link opens the project', bad: 'This link could not be opened', kept: 'Your current project is kept', copied: 'Link copied', shipped: 'is shipped with ValueSeg' },
  'zh-CN': { copy: '复制链接', accept: '打开链接中的项目', keep: '保留我的项目', offer: '此链接将打开项目', bad: '无法打开此链接', kept: '当前项目保持不变', copied: '链接已复制', shipped: '随 ValueSeg 提供' },
};

/** A fragment holding `text` compressed by Node's zlib (not by the page's code). */
const fragmentOf = (text) => `#data=corporate_customers.csv&project=${deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url')}`;

const statusK = (page, k) => page.getByTestId('status').filter({ hasText: new RegExp(`600.*k = ${k}`) }).waitFor({ timeout: 30_000 });

/** The final weight of every indicator as the weights step prints it, by indicator id. */
async function finalWeights(page) {
  return page.locator('#step-weights [data-testid^="w-final-"]').evaluateAll((cells) => Object.fromEntries(cells.map((c) => [c.dataset.testid, c.firstChild?.textContent?.trim()])));
}

/** Opens the page in a fresh context of `locale`, computed on the sample. */
async function open(newContext, base, locale, hash = '') {
  const context = await newContext({ locale, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(base + hash);
  return { page, dialogs };
}

/** The sample with a judgment changed (deposits vs loans 2 → 5) and k = 5: weights and k unlike the sample's. */
async function editProject(page) {
  await statusK(page, 4);
  const cur = page.locator('#step-judgments').getByTestId('judgments-node-current');
  await cur.getByTestId('cell-0-1').fill('5');
  await cur.getByTestId('cell-0-1').press('Enter');
  await page.getByTestId('cluster-k').selectOption('5');
  await statusK(page, 5);
}

export const tests = {};

for (const [from, to] of [['en', 'zh-CN'], ['zh-CN', 'en']]) {
  tests[`a link copied in one browser (${from}) opens the same project, same weights and same k, in a fresh one (${to}) once accepted`] = async ({ newContext, base }) => {
    const a = await open(newContext, base, from);
    await editProject(a.page);
    const weights = await finalWeights(a.page);
    expect(Object.keys(weights).length === 10, `ten final weights, got ${JSON.stringify(weights)}`);
    await a.page.getByRole('button', { name: TEXT[from].copy }).click();
    const result = a.page.getByTestId('copy-link-result');
    await result.filter({ hasText: TEXT[from].copied }).waitFor();
    expect((await result.innerText()).includes(TEXT[from].shipped), `the sample data is named as shipped: ${await result.innerText()}`);
    const link = await a.page.getByTestId('link-field').inputValue();
    const clip = await a.page.evaluate(() => navigator.clipboard.readText());
    expect(clip === link, 'the clipboard holds the link shown');
    expect(/#data=corporate_customers\.csv&project=[A-Za-z0-9_-]+$/.test(link), `the project is in the fragment: ${link.slice(0, 120)}`);
    expect(link.length < 3000, `a short link (${link.length} characters)`);
    await a.page.getByTestId('share-link').screenshot({ path: `${OUT}/link-copied-${from}.png` });

    const b = await open(newContext, base, to, new URL(link).hash);
    const offer = b.page.getByTestId('linked-project');
    await offer.waitFor({ timeout: 30_000 });
    expect((await offer.innerText()).includes(TEXT[to].offer), 'the offer is in the viewer’s language');
    // The viewer's own project (the sample) stays until accepted.
    await statusK(b.page, 4);
    expect(!b.page.url().includes('#'), `the fragment leaves the address once read: ${b.page.url()}`);
    await b.page.screenshot({ path: `${OUT}/link-offer-${to}.png` });
    await offer.getByRole('button', { name: TEXT[to].accept }).click();
    await statusK(b.page, 5);
    await b.page.getByTestId('linked-opened').waitFor();
    await until(() => finalWeights(b.page), (w) => JSON.stringify(w) === JSON.stringify(weights), `the same final weights as the sharer’s ${JSON.stringify(weights)}`);
    expect((await b.page.getByTestId('project-name').inputValue()) === (await a.page.getByTestId('project-name').inputValue()), 'the same project name');
    await b.page.screenshot({ path: `${OUT}/link-opened-${to}.png` });
    expect(a.dialogs.length + b.dialogs.length === 0, `no dialog: ${[...a.dialogs, ...b.dialogs]}`);
  };
}

/** Hostile fragments: each gives a message, and the project open before (k = 5) stays. */
for (const locale of ['en', 'zh-CN']) {
  tests[`a hostile link fragment (${locale}: bad JSON, 10 MB, a deflate bomb, __proto__, a script in a name) gives a message and the previous project stays`] = async ({ newContext, base }) => {
    const { page, dialogs } = await open(newContext, base, locale);
    await editProject(page);
    const name = await page.getByTestId('project-name').inputValue();
    const unchanged = async (what) => {
      await statusK(page, 5);
      expect((await page.getByTestId('project-name').inputValue()) === name, `${what}: the project name stays`);
      expect((await page.getByTestId('cluster-k').inputValue()) === '5', `${what}: k stays 5`);
      expect(await page.evaluate(() => ({}).polluted === undefined && Object.prototype.polluted === undefined), `${what}: no prototype polluted`);
      expect(await page.evaluate(() => window.__pwned === undefined), `${what}: no script of the link ran`);
    };
    const problem = page.getByTestId('linked-problem');
    const refused = async (what, hash, shot) => {
      await page.evaluate((h) => {
        location.hash = h;
      }, hash);
      await problem.waitFor({ timeout: 20_000 });
      const text = await problem.innerText();
      expect(text.includes(TEXT[locale].bad) && text.includes(TEXT[locale].kept), `${what}: the message says the link failed and the project is kept: ${text}`);
      if (shot) await page.screenshot({ path: `${OUT}/link-hostile-${shot}-${locale}.png` });
      await unchanged(what);
      await problem.getByRole('button').click();
      await problem.waitFor({ state: 'detached' });
      return text;
    };

    await refused('bad JSON', fragmentOf('{"version": 1, "name": "x", '), 'json');
    await refused('not base64', '#project=<script>window.__pwned=1</script>');
    const long = await refused('a 10 MB fragment', `#project=${'A'.repeat(10 * 2 ** 20)}`, 'long');
    expect(/262[,.]?144/.test(long), `the 10 MB fragment names the limit: ${long}`);
    await refused('a deflate bomb (a few kB inflating to 10 MB)', fragmentOf(`{"version":1,"name":"${' '.repeat(10 * 2 ** 20)}"}`), 'bomb');
    await refused('a data set that is not shipped', `#data=..%2F..%2Fetc%2Fpasswd&project=${deflateRawSync(Buffer.from(JSON.stringify(SAMPLE))).toString('base64url')}`);

    // __proto__: the project opens without the key, said in the offer; declined, nothing changes.
    const proto = JSON.stringify(SAMPLE).replace(/^\{/, '{"__proto__":{"polluted":"yes"},');
    await page.evaluate((h) => (location.hash = h), fragmentOf(proto));
    const offer = page.getByTestId('linked-project');
    await offer.waitFor();
    expect((await offer.getByTestId('linked-warnings').innerText()).includes('__proto__'), 'the removed __proto__ key is named');
    await unchanged('__proto__ offered');
    await page.screenshot({ path: `${OUT}/link-hostile-proto-${locale}.png` });
    await offer.getByRole('button', { name: TEXT[locale].keep }).click();
    await offer.waitFor({ state: 'detached' });
    await unchanged('__proto__ declined');

    // A script in the project's name: shown as text, never run; declined, nothing changes.
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await page.evaluate((h) => (location.hash = h), fragmentOf(JSON.stringify({ ...SAMPLE, name: evil })));
    await offer.waitFor();
    expect((await offer.innerText()).includes(evil), 'the name is shown as the text it is');
    expect((await offer.locator('img, script').count()) === 0, 'no element made from the name');
    await page.screenshot({ path: `${OUT}/link-hostile-script-${locale}.png` });
    await unchanged('script in a name offered');
    await offer.getByRole('button', { name: TEXT[locale].keep }).click();
    await unchanged('script in a name declined');

    // The same on opening the page: a fresh load with a bad link keeps the autosaved project.
    await page.goto(`${base}${fragmentOf('not json at all')}`);
    await problem.waitFor({ timeout: 30_000 });
    await unchanged('bad JSON on a fresh load');
    expect(dialogs.length === 0, `no dialog: ${dialogs}`);
  };
}

/** The sample file less its last ten customers, under the sample's own name: the user's data, not the shipped set. */
function lookalikeCsv() {
  const lines = readFileSync('datasets/corporate_customers.csv', 'utf8').trimEnd().split('\n');
  return Buffer.from(lines.slice(0, -10).join('\n') + '\n');
}

const OWN = {
  en: { copied: 'not your data', offer: 'sharer’s own data (corporate_customers.csv)', opened: 'Load corporate_customers.csv in step 1' },
  'zh-CN': { copied: '不包含您的数据', offer: '分享者自己的数据（corporate_customers.csv）', opened: '请在第 1 步载入 corporate_customers.csv' },
};

for (const [from, to] of [['en', 'zh-CN'], ['zh-CN', 'en']]) {
  tests[`a link to a project on the user's own file (${from} → ${to}) carries no data, even under a shipped data set's name, and says so to both sides`] = async ({ newContext, base }) => {
    const a = await open(newContext, base, from);
    await statusK(a.page, 4);
    await a.page.getByTestId('file-input').setInputFiles({ name: 'corporate_customers.csv', mimeType: 'text/csv', buffer: lookalikeCsv() });
    await a.page.getByTestId('status').filter({ hasText: /590/ }).waitFor({ timeout: 30_000 });
    await a.page.getByRole('button', { name: TEXT[from].copy }).click();
    const result = a.page.getByTestId('copy-link-result');
    await result.waitFor();
    expect((await result.innerText()).includes(OWN[from].copied), `the sharer is told the data stays: ${await result.innerText()}`);
    const link = await a.page.getByTestId('link-field').inputValue();
    expect(/#project=[A-Za-z0-9_-]+$/.test(link) && !link.includes('data='), `no data set in the link: ${link.slice(0, 100)}`);
    await a.page.getByTestId('share-link').screenshot({ path: `${OUT}/link-own-copied-${from}.png` });

    const b = await open(newContext, base, to, new URL(link).hash);
    const offer = b.page.getByTestId('linked-project');
    await offer.waitFor({ timeout: 30_000 });
    expect((await offer.innerText()).includes(OWN[to].offer), `the viewer is told the data is the sharer’s own: ${await offer.innerText()}`);
    await offer.getByRole('button', { name: TEXT[to].accept }).click();
    const opened = b.page.getByTestId('linked-opened');
    await opened.waitFor();
    expect((await opened.innerText()).includes(OWN[to].opened), `the viewer is asked to load the file: ${await opened.innerText()}`);
    // The viewer still has the shipped sample loaded (600 customers): the sharer's 590 rows never travelled.
    await b.page.getByTestId('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
    await b.page.screenshot({ path: `${OUT}/link-own-opened-${to}.png` });
  };
}
