// The one-file build (issue 11, item 5): dist-single/valueseg.html opened from disk (file://)
// computes the sample to its clusters and reads the largest other shipped data set with no request at all
// (every request the browser sees is the page's own file, a data: or a blob: URL), no console
// error and no CSP violation, in en and zh-CN. E2E_SINGLE names another build of the file; when
// the file is missing it is built here (`vite build --mode single`).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const FILE = resolve(process.env.E2E_SINGLE ?? 'dist-single/valueseg.html');

export async function singleFile() {
  if (!existsSync(FILE)) {
    if (process.env.E2E_SINGLE) throw new Error(`E2E_SINGLE=${process.env.E2E_SINGLE} does not exist`);
    await build({ mode: 'single', logLevel: 'warn' });
  }
  return FILE;
}

const WORDS = {
  en: { elbow: 'Elbow chart', silhouette: 'Silhouette chart', scatter: 'Cluster scatter', load: 'Load data set' },
  'zh-CN': { elbow: '肘部法则图', silhouette: '轮廓系数图', scatter: '聚类散点图', load: '载入数据集' },
};

/**
 * Opens the file in a fresh context of its own (the harness's watch allows only its server's
 * origin), recording every request, console error, page error and CSP violation.
 */
async function openFromDisk(browser, locale) {
  const file = await singleFile();
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const requests = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('serviceworker', (w) => errors.push(`service worker: ${w.url()}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('worker', (w) => requests.push(w.url()));
  const url = pathToFileURL(file).href;
  await page.goto(url);
  return { context, page, url, requests, errors };
}

async function runOffline({ browser }, locale) {
  const w = WORDS[locale];
  const { context, page, url, requests, errors } = await openFromDisk(browser, locale);
  try {
    // First visit: the sample (600 customers) is read in the read worker and computed in the
    // pipeline worker, both started from blob URLs, to the elbow and silhouette charts.
    await page.getByRole('status').filter({ hasText: /600/ }).first().waitFor({ timeout: 30_000 });
    const fig = (name) => page.getByRole('figure', { name, exact: true });
    for (const name of [w.elbow, w.silhouette]) {
      await until(() => fig(name).locator('svg circle').count(), (n) => n === 9, `${name}: one point per k = 2..10`, 30_000);
    }
    await fig(w.scatter).locator('svg canvas[data-dots]').first().waitFor({ timeout: 30_000 });
    const dots = await fig(w.scatter).locator('svg canvas[data-dots]').first().getAttribute('data-dots');
    expect(dots === '600', `cluster scatter draws ${dots} customers, expected 600`);
    await page.screenshot({ path: `${OUT}/single-file-${locale}.png`, fullPage: false });
    await page.locator('#step-clusters').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/single-file-clusters-${locale}.png` });

    // The largest other shipped data set, inlined as a gzip data URL, decoded without a fetch.
    const data = page.locator('#step-data');
    await data.scrollIntoViewIfNeeded();
    await data.getByTestId('shipped-select').selectOption('bank_churners.csv');
    await data.getByRole('button', { name: w.load, exact: true }).click();
    await data.getByTestId('report-rows').filter({ hasText: /10,?127/ }).waitFor({ timeout: 30_000 });
    expect((await data.getByTestId('report-file').innerText()).trim() === 'bank_churners.csv', 'the read report names bank_churners.csv');

    const outside = requests.filter((u) => !(u === url || u.startsWith('data:') || u.startsWith('blob:')));
    expect(outside.length === 0, `requests other than the page's own file, data: and blob: URLs:\n${outside.join('\n')}`);
    expect(requests.filter((u) => u.startsWith('file:')).length === 1, `file: requests beyond the page itself: ${requests.filter((u) => u.startsWith('file:')).join(', ')}`);
    expect(requests.some((u) => u.startsWith('blob:')), 'no worker was started from a blob URL');
    expect(errors.length === 0, `errors:\n${errors.join('\n')}`);
  } finally {
    await context.close();
  }
}

export const tests = {
  async 'the one-file build keeps a CSP with no unsafe-eval and no unsafe-inline script, allowing only its own inline script by hash'() {
    const html = readFileSync(await singleFile(), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const script = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(/'sha256-[A-Za-z0-9+/=]+'/.test(script), `script-src has no hash: ${script}`);
    expect(!/unsafe-eval|unsafe-inline|\*|data:|blob:/.test(script), `script-src allows too much: ${script}`);
    expect(/worker-src 'self' blob:/.test(csp) && /connect-src 'self'/.test(csp), `worker-src/connect-src changed: ${csp}`);
    expect(!/<script[^>]+src=|<link[^>]+rel="(stylesheet|modulepreload)"/.test(html), 'the page still loads a script or style from a file');
    expect((html.match(/<script\b/g) ?? []).length === 1, 'expected exactly one inline script');
  },
  async 'the one-file build opened from disk computes the sample to its clusters and loads a shipped data set with no request (en)'(t) {
    await runOffline(t, 'en');
  },
  async 'the one-file build opened from disk computes the sample to its clusters and loads a shipped data set with no request (zh-CN)'(t) {
    await runOffline(t, 'zh-CN');
  },
};
