/**
 * Responsiveness of the built page at 10,000 customers, in Debian's Chromium (a benchmark,
 * not a test: it prints figures against goals and asserts nothing).
 *
 *   npm run build && npx tsx bench/ui.ts [rows]
 *
 * 1. A judgment edit (ArrowRight on the first judgment slider) → the weights chart, the ranking
 *    table's scores and the value matrix redrawn (goal < 100 ms). Timed in the page from the
 *    input event until a painted frame shows new content in all three (checked every frame:
 *    text, SVG markup and canvas pixels, so a chart that redraws in place still counts).
 * 2. The k sweep k = 2..10 after a change of the restarts → the elbow and silhouette charts
 *    redrawn (goal < 2 s), while the main thread's responsiveness is probed every 16 ms
 *    (largest gap between timer ticks = the worst input delay a user would feel).
 */
import os from 'node:os';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { generate } from '../datasets/generate-sample.ts';
import { median } from './measure.ts';

const rows = Number(process.argv[2] ?? 10_000);
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const server = await preview({ preview: { host: '127.0.0.1', port: 4180, strictPort: false }, logLevel: 'warn', ...(process.env.E2E_DIST ? { build: { outDir: process.env.E2E_DIST } } : {}) });
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4180/';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).first().waitFor({ timeout: 60_000 });
  const csv = generate(rows, 99);
  await page.getByTestId('file-input').setInputFiles({ name: `customers_${rows}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const count = rows.toLocaleString('en-US');
  await page.getByRole('status').filter({ hasText: new RegExp(`${count}|${rows}`) }).first().waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=cluster-progress]'), null, { timeout: 120_000 });

  // 1. Judgment edit → weights chart, ranking table and value matrix redrawn, as the user sees
  //    them: from the input event until every frame after it shows new content in all three
  //    (the weights chart's text, its bar titles included; the ranking's scores; the value
  //    matrix's SVG markup and canvas pixels), and that frame has been painted. Between edits
  //    the full run is left to finish, so each edit starts from a settled page.
  const edits: number[] = [];
  // CPU time (not wall-clock) of the renderer's main thread and of its whole process (workers
  // included), from Chromium's Performance metrics: these do not grow when other processes
  // load the machine, so they show a change even when the wall-clock times are noisy.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const cpu = async (): Promise<{ thread: number; process: number }> => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const get = (n: string): number => (metrics.find((m) => m.name === n)?.value ?? NaN) * 1000;
    return { thread: get('ThreadTime'), process: get('ProcessTime') };
  };
  const editCpu: { thread: number; process: number }[] = [];
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.evaluate('globalThis.__name = (f) => f');
  for (let i = 0; i < 7; i++) {
    const slider = page.locator('#step-judgments input[type=range]').first();
    await slider.focus();
    const cpu0 = await cpu();
    const ms = await page.evaluate(
      (key) =>
        new Promise<number>((resolve) => {
          const hash = (s: string | Uint8ClampedArray): number => {
            let h = 2166136261;
            if (typeof s === 'string') for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
            else for (const w of new Uint32Array(s.buffer, s.byteOffset, s.byteLength >> 2)) h = Math.imul(h ^ w, 16777619);
            return h >>> 0;
          };
          /** What the user can see of an element: its text, its SVG markup and its canvases' pixels. */
          const look = (sel: string): string => {
            const el = document.querySelector(sel);
            if (!el) return 'missing';
            const svgs = [...el.querySelectorAll('svg')].map((x) => hash(x.outerHTML));
            const canvases = [...el.querySelectorAll('canvas')].map((c) => (c.width && c.height ? hash(c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data) : 0));
            return `${hash(el.textContent ?? '')}|${svgs.join(',')}|${canvases.join(',')}`;
          };
          const targets = ['figure[aria-label="Weights chart"]', '[data-testid=ranking]', 'figure[aria-label="Value matrix"]'];
          const before = targets.map(look);
          const t0 = performance.now();
          const el = document.activeElement as HTMLInputElement;
          el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          el.value = String(Number(el.value) + (key === 'ArrowRight' ? 1 : -1));
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
          const changed = new Set<number>();
          const frame = (): void => {
            targets.forEach((sel, i) => {
              if (!changed.has(i) && look(sel) !== before[i]) changed.add(i);
            });
            if (changed.size < targets.length) {
              if (performance.now() - t0 < 10_000) requestAnimationFrame(frame);
              else resolve(NaN);
              return;
            }
            // This frame shows all three: the time is taken once it has been painted.
            const ch = new MessageChannel();
            ch.port1.onmessage = () => resolve(performance.now() - t0);
            ch.port2.postMessage(0);
          };
          requestAnimationFrame(frame);
        }),
      i % 2 ? 'ArrowLeft' : 'ArrowRight',
    );
    const cpu1 = await cpu();
    if (i > 0) {
      // the first one warms up
      edits.push(ms);
      editCpu.push({ thread: cpu1.thread - cpu0.thread, process: cpu1.process - cpu0.process });
    }
    await page.waitForTimeout(200);
    await page.waitForFunction(() => !document.querySelector('[data-testid=cluster-progress]'), null, { timeout: 120_000 });
    await page.waitForTimeout(200);
  }

  // 2. The k sweep → both charts redrawn, with the main thread probed meanwhile. A change of
  //    the restarts reruns the whole sweep; timed until the progress block is gone.
  const sweepTimes: { ms: number; worstGap: number }[] = [];
  const sweepCpu: { thread: number; process: number }[] = [];
  for (const restarts of [9, 10, 9, 10]) {
    const input = page.getByTestId('restarts');
    const pending = page.evaluate(
      () =>
        new Promise<{ ms: number; worstGap: number }>((resolve) => {
          let last = performance.now();
          let worstGap = 0;
          const t0 = performance.now();
          const probe = setInterval(() => {
            const now = performance.now();
            worstGap = Math.max(worstGap, now - last);
            last = now;
          }, 16);
          let seenRunning = false;
          const watch = setInterval(() => {
            const running = !!document.querySelector('[data-testid=cluster-progress]');
            if (running) seenRunning = true;
            else if (seenRunning) {
              clearInterval(watch);
              clearInterval(probe);
              requestAnimationFrame(() => {
                // Once the frame without the progress block has been painted.
                const ch = new MessageChannel();
                ch.port1.onmessage = () => resolve({ ms: performance.now() - t0, worstGap });
                ch.port2.postMessage(0);
              });
            }
          }, 5);
        }),
    );
    const cpu0 = await cpu();
    await input.fill(String(restarts));
    await input.press('Tab');
    sweepTimes.push(await pending);
    const cpu1 = await cpu();
    sweepCpu.push({ thread: cpu1.thread - cpu0.thread, process: cpu1.process - cpu0.process });
  }
  const sweepMs = median(sweepTimes.slice(1).map((s) => s.ms));
  const gap = Math.max(...sweepTimes.map((s) => s.worstGap));
  const editMs = median(edits.filter(Number.isFinite));
  const missed = edits.filter((x) => !Number.isFinite(x)).length;
  // Other processes on the machine slow the page down: the load average says how busy it was.
  console.log(`UI responsiveness at ${count} customers (Chromium ${browser.version()}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}):`);
  console.log(`  judgment edit → weights chart, ranking and value matrix redrawn and painted: median ${editMs.toFixed(0)} ms over ${edits.length} edits${missed ? ` (${missed} never redrew!)` : ''}, range ${Math.min(...edits).toFixed(0)}–${Math.max(...edits).toFixed(0)} ms (goal < 100 ms) ${editMs < 100 ? 'meets goal' : 'misses goal'}`);
  console.log(`  k sweep k=2..10 → elbow and silhouette charts redrawn: median ${sweepMs.toFixed(0)} ms (goal < 2000 ms) ${sweepMs < 2000 ? 'meets goal' : 'misses goal'}`);
  const cpuText = (xs: { thread: number; process: number }[]): string => `main thread ${median(xs.map((x) => x.thread)).toFixed(0)} ms, renderer process with workers ${median(xs.map((x) => x.process)).toFixed(0)} ms`;
  console.log(`  CPU time per edit (median): ${cpuText(editCpu)}`);
  console.log(`  CPU time per sweep (median): ${cpuText(sweepCpu.slice(1))}`);
  console.log(`  worst main-thread gap while sweeping (input delay): ${gap.toFixed(0)} ms`);
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
}
