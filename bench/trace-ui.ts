/**
 * A Chromium trace of one judgment edit at 10,000 customers: for the page's main thread and
 * the workers, the time spent in script, style, layout, paint and garbage collection between
 * the key press and the redraw, and the user-timing marks (a diagnostic, not a test).
 *
 *   npx vite build --minify false --outDir /tmp/dist-dbg && E2E_DIST=/tmp/dist-dbg npx tsx bench/trace-ui.ts [rows]
 *   MODE=sweep (a change of the restarts) or MODE=edit-during-sweep instead of one edit; TRACE_MS=
 *   how long to record (default 1500); CSS= a style sheet to add first (to try a CSS change).
 */
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { generate } from '../datasets/generate-sample.ts';

const rows = Number(process.argv[2] ?? 10_000);
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const server = await preview({ preview: { host: '127.0.0.1', port: 4182, strictPort: false }, logLevel: 'warn', ...(process.env.E2E_DIST ? { build: { outDir: process.env.E2E_DIST } } : {}) });
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4182/';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });

interface Ev { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; cat: string; args?: Record<string, unknown> }

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).first().waitFor({ timeout: 60_000 });
  await page.getByTestId('file-input').setInputFiles({ name: `customers_${rows}.csv`, mimeType: 'text/csv', buffer: Buffer.from(generate(rows, 99)) });
  await page.getByRole('status').filter({ hasText: new RegExp(`${rows.toLocaleString('en-US')}|${rows}`) }).first().waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=cluster-progress]'), null, { timeout: 120_000 });
  if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
  const slider = page.locator('#step-judgments input[type=range]').first();
  await slider.focus();
  // One edit first, so the trace shows a warmed-up page (compiled code, allocated pools).
  await slider.press('ArrowLeft');
  await page.waitForTimeout(300);
  await page.waitForFunction(() => !document.querySelector('[data-testid=cluster-progress]'), null, { timeout: 120_000 });
  await page.waitForTimeout(500);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute', '__metadata'] });
  await page.evaluate(() => performance.mark('valueseg:edit'));
  if (process.env.MODE === 'edit-during-sweep') {
    // An edit while a sweep is running: the stale full run is stopped and restarted.
    const input = page.getByTestId('restarts');
    await input.fill('9');
    await input.press('Tab');
    await page.waitForTimeout(400);
    await slider.focus();
    await page.evaluate(() => performance.mark('valueseg:edit-mid-sweep'));
    await slider.press('ArrowRight');
  } else if (process.env.MODE === 'sweep') {
    const input = page.getByTestId('restarts');
    await input.fill('9');
    await input.press('Tab');
  } else await slider.press('ArrowRight');
  await page.waitForTimeout(Number(process.env.TRACE_MS ?? 1500));
  const buf = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buf.toString()) as { traceEvents: Ev[] };
  const threads = new Map<string, string>();
  for (const e of traceEvents) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, String((e.args as { name: string }).name));
  const t0 = traceEvents.find((e) => e.name === 'valueseg:edit')?.ts ?? traceEvents[0].ts;
  const marks = traceEvents.filter((e) => e.cat.includes('user_timing') && e.name.startsWith('valueseg')).map((e) => `${e.name} @${((e.ts - t0) / 1000).toFixed(1)}`);
  console.log('marks:', [...new Set(marks)].join('  '));
  const KINDS: Record<string, string> = {
    FunctionCall: 'script', EventDispatch: 'script', TimerFire: 'script', FireAnimationFrame: 'script', 'v8.execute': 'script', RunMicrotasks: 'script',
    UpdateLayoutTree: 'style', RecalculateStyles: 'style', Layout: 'layout', Paint: 'paint', PrePaint: 'paint', Layerize: 'paint', 'MajorGC': 'gc', 'MinorGC': 'gc', 'V8.GC_SCAVENGER': 'gc',
    ParseHTML: 'parse', HitTest: 'other', UpdateLayer: 'paint', CompositeLayers: 'paint', 'Document::updateStyleAndLayout': 'layout',
  };
  const byThread = new Map<string, Ev[]>();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !e.dur) continue;
    const k = `${e.pid}:${e.tid}`;
    const name = threads.get(k) ?? k;
    if (!/CrRendererMain|Worker/.test(name)) continue;
    (byThread.get(k) ?? byThread.set(k, []).get(k)!).push(e);
  }
  const paintBy = new Map<string, [number, number]>();
  for (const e of traceEvents) if (e.name === 'Paint' && e.dur) {
    const d = e.args?.data as { nodeName?: string; clip?: number[] };
    const key = `${d?.nodeName} ${d?.clip ? `${d.clip[2] - d.clip[0]}x${d.clip[5] - d.clip[1]}` : ''}`;
    const v = paintBy.get(key) ?? [0, 0];
    paintBy.set(key, [v[0] + 1, v[1] + e.dur / 1000]);
  }
  for (const [k, [n, ms]] of [...paintBy].sort((a, b) => b[1][1] - a[1][1]).slice(0, 12)) console.log(`paint ${ms.toFixed(0).padStart(6)} ms in ${n} × ${k}`);
  for (const [k, evs] of byThread) {
    // Top-level tasks on the thread and what's inside them.
    const total: Record<string, number> = {};
    let messages = 0;
    for (const e of evs) {
      if (e.name === 'FunctionCall' && String((e.args?.data as { functionName?: string })?.functionName).includes('onmessage')) messages++;
      const kind = KINDS[e.name];
      if (!kind) continue;
      if (evs.some((p) => p !== e && KINDS[p.name] === kind && p.ts <= e.ts && p.ts + p.dur! >= e.ts + e.dur!)) continue;
      total[kind] = (total[kind] ?? 0) + e.dur! / 1000;
    }
    console.log(`\n${threads.get(k)}: totals ${Object.entries(total).map(([a, b]) => `${a} ${b.toFixed(0)}`).join(', ')}; onmessage calls ${messages}`);
    if (process.env.QUIET) continue;
    const tasks = evs.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').filter((e) => e.dur! > 2000);
    console.log(`\n${threads.get(k)} (${k}): ${tasks.length} tasks > 2 ms`);
    for (const task of tasks) {
      const inside = evs.filter((e) => e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e !== task);
      const sums: Record<string, number> = {};
      for (const e of inside) {
        const kind = KINDS[e.name];
        if (!kind) continue;
        // count only outermost events of each kind
        const parent = inside.find((p) => p !== e && KINDS[p.name] === kind && p.ts <= e.ts && p.ts + p.dur! >= e.ts + e.dur!);
        if (parent) continue;
        sums[kind] = (sums[kind] ?? 0) + e.dur! / 1000;
      }
      const fn = inside.find((e) => e.name === 'FunctionCall' || e.name === 'EventDispatch' || e.name === 'TimerFire');
      const what = fn ? `${fn.name} ${JSON.stringify(fn.args?.data ?? {}).slice(0, 100)}` : '';
      console.log(`  @${((task.ts - t0) / 1000).toFixed(1).padStart(7)} ms  ${(task.dur! / 1000).toFixed(1).padStart(6)} ms  ${Object.entries(sums).map(([a, b]) => `${a} ${b.toFixed(1)}`).join(', ')}  ${what}`);
    }
  }
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
}
