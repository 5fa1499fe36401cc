#!/usr/bin/env node
// End-to-end tests: the built page (dist/) served by Vite's preview server, driven in
// Debian's Chromium through playwright-core. Every test gets a fresh context; any console
// error, page error or request outside the page's origin fails it. Screenshots go to .ci-out/.
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = process.env.E2E_OUT ?? '.ci-out';
mkdirSync(OUT, { recursive: true });

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** @type {{ name: string, fn: (t: any) => Promise<void> }[]} */
const tests = [];
const only = process.argv[2];
for (const f of readdirSync(here).filter((f) => f.endsWith('.e2e.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(here, f)).href);
  for (const [name, fn] of Object.entries(mod.tests)) tests.push({ name: `${f}: ${name}`, fn });
}

// E2E_DIST serves another build folder (so several people can build and test side by side).
const server = await preview({ preview: { host: '127.0.0.1', port: 4173, strictPort: false }, logLevel: 'warn', ...(process.env.E2E_DIST ? { build: { outDir: process.env.E2E_DIST } } : {}) });
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
const origin = new URL(base).origin;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });

let passed = 0;
let failed = 0;
try {
  for (const { name, fn } of tests) {
    if (only && !name.includes(only)) continue;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = [];
    /** Patterns of errors a test expects (e.g. the CSP refusing a request it provokes). */
    const ignored = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) errors.push(`request outside the origin: ${u}`);
    });
    page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
    const t0 = Date.now();
    try {
      await fn({ page, context, base, shot: (file) => page.screenshot({ path: join(OUT, file), fullPage: true }), ignore: (re) => ignored.push(re) });
      const unexpected = errors.filter((e) => !ignored.some((re) => re.test(e)));
      if (unexpected.length) throw new Error(unexpected.join('\n'));
      passed++;
      console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${name}\n    ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n    ')}`);
      await page.screenshot({ path: join(OUT, `failed-${name.replace(/[^a-z0-9]+/gi, '_')}.png`), fullPage: true }).catch(() => {});
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
}
writeFileSync(join(OUT, 'e2e.json'), JSON.stringify({ passed, failed }));
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
