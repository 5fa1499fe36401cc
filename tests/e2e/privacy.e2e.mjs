// Privacy: the built page allows no request outside its own origin (Content-Security-Policy),
// and makes none by itself. The harness intercepts every request of every test and fails the
// test on any that is not for the page's origin; these tests provoke such requests on purpose
// and check that the CSP refuses each before it leaves the page.

import { readFileSync } from 'node:fs';
import { expect } from './helpers.mjs';

const OTHER = 'http://127.0.0.2:9';

/**
 * Makes the page try to reach another origin in one way (`kind`) and returns the CSP
 * directives that refused it. The violation events prove the page refused the request
 * (nothing listens on OTHER: a failure alone would prove nothing).
 */
async function violations(page, kind) {
  return page.evaluate(
    async ({ kind, other }) => {
      const seen = [];
      const on = (e) => seen.push({ directive: e.effectiveDirective, uri: e.blockedURI });
      document.addEventListener('securitypolicyviolation', on);
      try {
        if (kind === 'fetch') await fetch(`${other}/leak`, { mode: 'no-cors' });
        if (kind === 'beacon') navigator.sendBeacon(`${other}/beacon`, 'x');
        if (kind === 'websocket') new WebSocket(`${other.replace('http', 'ws')}/socket`);
        if (kind === 'iframe') {
          const f = document.createElement('iframe');
          f.src = `${other}/frame`;
          document.body.append(f);
        }
        if (kind === 'form') {
          const f = document.createElement('form');
          f.method = 'post';
          f.action = `${other}/form`;
          const i = document.createElement('input');
          i.name = 'data';
          i.value = 'secret';
          f.append(i);
          document.body.append(f);
          f.submit();
        }
        if (kind === 'image') {
          const i = new Image();
          i.src = `${other}/pixel.png`;
          document.body.append(i);
        }
      } catch {
        // a refused request may also throw; the violation event is what counts
      }
      await new Promise((r) => setTimeout(r, 300));
      document.removeEventListener('securitypolicyviolation', on);
      return seen;
    },
    { kind, other: OTHER },
  );
}

export const tests = {
  async 'the Content-Security-Policy refuses a fetch, a beacon, a websocket, an iframe, a form post and an image to another origin'({ base, ignore, leaks, newContext }) {
    // The refusals are reported on the console; nothing may reach the network (leaks stay empty).
    ignore(/Content Security Policy|Refused to|Failed to fetch|ERR_BLOCKED_BY_CSP/);
    // Websockets left to the CSP here (the harness's websocket router would stand in for them).
    const page = await (await newContext({}, { sockets: false })).newPage();
    await page.goto(base);
    await page.getByRole('status').filter({ hasText: /600/ }).first().waitFor({ timeout: 30_000 });
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const part of ["default-src 'self'", "connect-src 'self'", "form-action 'none'", "frame-src 'none'", "img-src 'self' data: blob:", "object-src 'none'"]) {
      expect(csp?.includes(part), `CSP lacks ${part}: ${csp}`);
    }
    expect(!csp.includes('unsafe-eval'), `the CSP allows eval: ${csp}`);
    for (const [kind, directive] of [['fetch', 'connect-src'], ['beacon', 'connect-src'], ['websocket', 'connect-src'], ['iframe', 'frame-src'], ['image', 'img-src'], ['form', 'form-action']]) {
      const seen = await violations(page, kind);
      expect(
        seen.some((v) => v.directive === directive && v.uri.startsWith(OTHER.replace('http', kind === 'websocket' ? 'ws' : 'http'))),
        `${kind}: no ${directive} violation for ${OTHER} (saw ${JSON.stringify(seen)})`,
      );
    }
    // The page is still the notebook (the form did not navigate away) and still works.
    expect(page.url().startsWith(base), `the page navigated to ${page.url()}`);
    // (read directly: Playwright still waits for the refused form navigation to settle)
    const status = await page.evaluate(() => document.querySelector('[data-testid="status"]')?.textContent ?? '');
    expect(/600 customers/.test(status), `the status line: ${status}`);
    expect(leaks.length === 0, `requests left the page: ${leaks.join('\n')}`);
  },

  async 'the harness aborts and reports a request outside the origin that the CSP would not stop'({ page, base, leaks }) {
    // A navigation is not governed by the CSP: the router must abort it and record it. The
    // test then empties the record so that this one deliberate request does not fail it.
    await page.goto(base);
    await page.getByRole('status').filter({ hasText: /600/ }).first().waitFor({ timeout: 30_000 });
    const response = await page.goto(`${OTHER}/navigated`).catch((e) => e);
    expect(response instanceof Error && /ERR_BLOCKED_BY_CLIENT/.test(response.message), `the navigation was not aborted: ${response}`);
    expect(leaks.length === 1 && leaks[0].includes(`${OTHER}/navigated`), `the leak was not recorded: ${JSON.stringify(leaks)}`);
    leaks.length = 0;
  },

  async 'a walk through every step — load, edit, judge, weigh, score, cluster, name, export, import and print — makes no request outside the page’s origin'({ page, base, leaks }) {
    await page.goto(base);
    const status = page.getByTestId('status');
    await status.filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
    // 1 Data: a shipped data set, then a file of one's own.
    await page.getByLabel('Shipped data sets').selectOption('wine.csv');
    await page.getByRole('button', { name: 'Load data set' }).click();
    await page.getByTestId('report-file').filter({ hasText: 'wine.csv' }).waitFor({ timeout: 15_000 });
    await page.getByTestId('file-input').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: readFileSync('datasets/corporate_customers.csv') });
    await status.filter({ hasText: /600 customers, 10 indicators/ }).waitFor({ timeout: 30_000 });
    // 2 Indicators, 3 Judgments, 4 Weights, 5 Scores, 6 Clusters, 7 Segments.
    const crit = page.locator('#step-indicators [data-testid="criterion"][data-id="current"] > .head input[type="text"]');
    await crit.fill('Present value');
    await crit.press('Enter');
    const slider = page.locator('#step-judgments').getByTestId('judgments-node-current').getByRole('slider').first();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('weighting-method').selectOption('combined');
    const tier = page.getByTestId('tier-threshold-1');
    await tier.fill('2000');
    await tier.press('Enter');
    await page.getByTestId('cluster-k').selectOption('3');
    await status.filter({ hasText: /k = 3/ }).waitFor({ timeout: 30_000 });
    const name = page.locator('[data-testid="segment-card"][data-cluster="1"]').getByTestId('segment-name');
    await name.fill('Walked');
    await name.press('Enter');
    // 8 Export: customers CSV, project JSON (and its import), a chart as SVG and PNG, the report.
    const save = async (click) => {
      const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
      return dl.path();
    };
    await save(() => page.getByTestId('export-csv').click());
    const json = await save(() => page.getByTestId('export-project').click());
    await save(() => page.getByRole('button', { name: 'Download Elbow chart as SVG' }).click());
    await save(() => page.getByRole('button', { name: 'Download Elbow chart as PNG' }).click());
    await page.getByLabel('Import a project (JSON)').setInputFiles(json);
    await page.getByTestId('import-result').filter({ hasText: 'Imported' }).waitFor();
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: 'Print report…' }).click();
    await page.emulateMedia({ media: 'print' });
    await page.getByTestId('print-report').waitFor();
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Language').selectOption('zh-CN');
    await status.filter({ hasText: /600 个客户/ }).waitFor({ timeout: 30_000 });
    // Nothing left the page: the router saw no request for another origin, the browser loaded none.
    expect(leaks.length === 0, `requests outside the origin: ${leaks.join('\n')}`);
    const foreign = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((u) => !u.startsWith(location.origin) && !u.startsWith('data:') && !u.startsWith('blob:')));
    expect(foreign.length === 0, `resources from another origin: ${foreign.join(', ')}`);
    const own = await page.evaluate(() => performance.getEntriesByType('resource').length);
    expect(own > 0, 'no resource entries at all (the check would prove nothing)');
  },
};
