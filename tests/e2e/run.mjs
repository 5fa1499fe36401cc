#!/usr/bin/env node
// End-to-end tests: the built page (dist/) served by Vite's preview server, driven in
// Debian's Chromium through playwright-core. Every test gets a fresh context; any console
// error, page error or HTTP error fails it. Privacy: every request of every context a test
// uses goes through request interception; one for another origin (fetch, image, beacon,
// frame, form post, websocket, service worker) is aborted and fails the test, whatever the
// test says it ignores. Screenshots go to .ci-out/.
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = process.env.E2E_OUT ?? '.ci-out';
mkdirSync(OUT, { recursive: true });

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** @type {{ name: string, fn: (t: any) => Promise<void>, clipboard: boolean, alone: boolean }[]} */
const tests = [];
const only = process.argv[2];
for (const f of readdirSync(here).filter((f) => f.endsWith('.e2e.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(here, f)).href);
  // The clipboard is one per browser, not per context: a file that uses it runs in one lane.
  const source = readFileSync(join(here, f), 'utf8');
  const clipboard = source.includes('clipboard');
  // A file that slows the CPU down (to catch a worker mid-read) runs alone, after the lanes.
  const alone = source.includes('setCPUThrottlingRate');
  for (const [name, fn] of Object.entries(mod.tests)) tests.push({ name: `${f}: ${name}`, fn, clipboard, alone });
}

// E2E_DIST serves another build folder (so several people can build and test side by side).
const server = await preview({ preview: { host: '127.0.0.1', port: 4173, strictPort: false }, logLevel: 'warn', ...(process.env.E2E_DIST ? { build: { outDir: process.env.E2E_DIST } } : {}) });
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
const origin = new URL(base).origin;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });

/** True for a URL the page may use: its own origin, data: and blob:. */
const own = (u) => u.startsWith(`${origin}/`) || u === origin || u.startsWith('data:') || u.startsWith('blob:');

/**
 * Watches a browser context for a test: intercepts every request and aborts (and records in
 * `leaks`) any not for the page's own origin; websockets to anywhere are closed and recorded
 * (unless `sockets: false`);
 * service workers are blocked at creation (`serviceWorkers: 'block'`) and any that appear are
 * recorded. Console errors, page errors and HTTP errors of its pages go to `errors`; requests
 * the Content-Security-Policy refused (they never left the page) to `refused`.
 */
async function watch(context, errors, leaks, refused, { sockets = true } = {}) {
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (own(u)) return route.fallback();
    leaks.push(`request outside the origin (${route.request().resourceType()}): ${u}`);
    return route.abort('blockedbyclient');
  });
  // Routing websockets replaces the page's WebSocket with Playwright's stand-in, so the CSP
  // never sees them; `sockets: false` leaves them to the CSP (a socket that opens is still recorded).
  if (sockets)
    await context.routeWebSocket(/.*/, (ws) => {
      leaks.push(`websocket: ${ws.url()}`);
      ws.close();
    });
  context.on('serviceworker', (w) => leaks.push(`service worker: ${w.url()}`));
  const onPage = (page) => {
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    // Requests that never reached the router (e.g. from a worker) are still seen here; one the
    // CSP refused never left the page, and the router aborted the rest (recorded above).
    page.on('requestfinished', (r) => !own(r.url()) && leaks.push(`request outside the origin answered (${r.resourceType()}): ${r.url()}`));
    page.on('requestfailed', (r) => {
      if (own(r.url())) return;
      const why = r.failure()?.errorText ?? '';
      if (/BLOCKED_BY_CLIENT/.test(why)) return; // the router's abort, already recorded
      if (/csp/i.test(why)) refused.push(r.url());
      else leaks.push(`request outside the origin (${r.resourceType()}, ${why}): ${r.url()}`);
    });
    page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
    page.on('websocket', (w) => leaks.push(`websocket: ${w.url()}`));
    page.on('worker', (w) => !own(w.url()) && leaks.push(`worker from outside the origin: ${w.url()}`));
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
}

/** Options for every context (tests opening their own contexts use them too). */
const contextOptions = { viewport: { width: 1280, height: 900 }, acceptDownloads: true, serviceWorkers: 'block' };

let passed = 0;
let failed = 0;
let skipped = 0;

/** Runs one test in a fresh context under the watch; counts and prints its outcome. */
async function runOne({ name, fn }) {
  const context = await browser.newContext(contextOptions);
  const errors = [];
  /** Requests outside the origin: never ignorable. */
  const leaks = [];
  /** Requests outside the origin the CSP refused before they left the page. */
  const refused = [];
  /** Patterns of errors a test expects (e.g. the CSP refusing a request it provokes). */
  const ignored = [];
  /** Other contexts the test opened through `newContext`/`watch`, closed after it. */
  const extra = [];
  /** Why the test did not run (a browser it needs is not installed), when it says so. */
  let skippedBecause = null;
  await watch(context, errors, leaks, refused);
  const page = await context.newPage();
  const t0 = Date.now();
  try {
    await fn({
      page,
      context,
      base,
      origin,
      /** The browser itself, for a test that watches a context its own way (e.g. a page opened from file://). */
      browser,
      shot: (file) => page.screenshot({ path: join(OUT, file), fullPage: true }),
      ignore: (re) => ignored.push(re),
      /** A second fresh context under the same watch (closed after the test). */
      newContext: async (options = {}, watchOptions = {}) => {
        const c = await browser.newContext({ ...contextOptions, ...options });
        extra.push(c);
        await watch(c, errors, leaks, refused, watchOptions);
        return c;
      },
      /** Puts a context the test launched itself (e.g. a persistent one) under the same watch. */
      watch: (c) => watch(c, errors, leaks, refused),
      /** What the watch recorded so far (a test may assert on it). */
      leaks,
      refused,
      /** Marks the test skipped (it then returns): counted and printed apart from the passed ones. */
      skip: (why) => {
        skippedBecause = why;
      },
    });
    const unexpected = [...leaks, ...errors.filter((e) => !ignored.some((re) => re.test(e)))];
    if (unexpected.length) throw new Error(unexpected.join('\n'));
    if (skippedBecause !== null) {
      skipped++;
      console.log(`  - ${name} (skipped: ${skippedBecause})`);
    } else {
      passed++;
      console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
    }
  } catch (e) {
    failed++;
    console.log(`  ✗ ${name}\n    ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n    ')}`);
    await page.screenshot({ path: join(OUT, `failed-${name.replace(/[^a-z0-9]+/gi, '_')}.png`), fullPage: true }).catch(() => {});
  } finally {
    for (const c of extra) await c.close().catch(() => {});
    await context.close();
  }
}

// Two lanes share the browser and the server: each takes the next test when it is free. The
// tests that use the clipboard (one per browser, not per context) all run in lane 0, one at a time;
// those that throttle the CPU run alone once both lanes are done.
const JOBS = Math.max(1, Number(process.env.E2E_JOBS ?? 2));
const chosen = tests.filter((t) => !only || t.name.includes(only));
const pinned = chosen.filter((t) => t.clipboard && !t.alone);
const shared = chosen.filter((t) => !t.clipboard && !t.alone);
const alone = chosen.filter((t) => t.alone);
async function lane(i) {
  if (i === 0) for (const t of pinned) await runOne(t);
  for (let t = shared.shift(); t; t = shared.shift()) await runOne(t);
}
try {
  await Promise.all(Array.from({ length: JOBS }, (_, i) => lane(i)));
  for (const t of alone) await runOne(t);
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
}
writeFileSync(join(OUT, 'e2e.json'), JSON.stringify({ passed, failed, skipped }));
console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
