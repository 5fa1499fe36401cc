/**
 * Where the page's main thread spends its time when a large file loads and its full run arrives
 * (a diagnostic, not a test): a V8 CPU profile of the page (not the workers) from choosing the
 * file until "Computed", the long tasks (≥ 50 ms) seen by a PerformanceObserver, and the
 * functions with the most self and inclusive time inside those long tasks.
 *
 *   npx vite build --minify false --outDir /tmp/dist-dbg && E2E_DIST=/tmp/dist-dbg npx tsx bench/profile-scale.ts [rows]
 *
 * The file is the scale benchmark's (`/tmp/valueseg-scale-<rows>.csv`, made if missing).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { generate } from '../datasets/generate-sample.ts';

const rows = Number(process.argv[2] ?? 200_000);
const path = join(tmpdir(), `valueseg-scale-${rows}.csv`);
if (!existsSync(path)) writeFileSync(path, generate(rows, 2026));
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const server = await preview({ preview: { host: '127.0.0.1', port: 4183, strictPort: false }, logLevel: 'warn', ...(process.env.E2E_DIST ? { build: { outDir: process.env.E2E_DIST } } : {}) });
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4183/';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base);
  await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 120_000 });
  await page.evaluate(() => {
    const w = window as unknown as { __long: { start: number; duration: number }[] };
    w.__long = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const count = rows.toLocaleString('en-US');
  await page.getByTestId('file-input').setInputFiles(path);
  await page.getByTestId('report-rows').filter({ hasText: new RegExp(`^${count}$`) }).waitFor({ timeout: 600_000 });
  const loadedAt = await page.evaluate(() => performance.now());
  await page.getByTestId('status').filter({ hasText: new RegExp(`Computed: (${count}|${rows}) customers`) }).waitFor({ timeout: 1_800_000 });
  await page.waitForTimeout(1000);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const long = await page.evaluate(() => (window as unknown as { __long: { start: number; duration: number }[] }).__long);
  console.log(`rows ${count}; read report shown at ${loadedAt.toFixed(0)} ms`);
  console.log('long tasks (page ms, duration):', long.map((l) => `${l.start.toFixed(0)}+${l.duration.toFixed(0)}`).join('  '));

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  // Sample times in page time (ms since timeOrigin); profile times are µs on the monotonic clock.
  let t = profile.startTime;
  const inLong = (ms: number) => long.some((l) => ms >= l.start && ms <= l.start + l.duration);
  // Align: the first sample's time relative to the profile start, mapped by the page clock.
  const pageNowAtStop = await page.evaluate(() => performance.now());
  const offset = pageNowAtStop - profile.endTime / 1000; // page ms = profile µs / 1000 + offset (approx.)
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const ms = t / 1000 + offset;
    if (!inLong(ms)) continue;
    const n = byId.get(profile.samples[i])!;
    if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') continue;
    self.set(label(n), (self.get(label(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const l = label(byId.get(id)!);
      if (seen.has(l)) continue;
      seen.add(l);
      incl.set(l, (incl.get(l) ?? 0) + dt);
    }
  }
  const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([l, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${l}`).join('\n');
  console.log('\nself time inside long tasks:\n' + top(self, 25));
  console.log('\ninclusive time inside long tasks:\n' + top(incl, 45));
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
