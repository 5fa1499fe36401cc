/**
 * Where the main thread's time goes at 10,000 customers: a Chromium CPU profile of one judgment
 * edit and of one k sweep, self time summed by function and file (a diagnostic, not a test).
 *
 *   npm run build && npx tsx bench/profile-ui.ts [rows]
 */
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { generate } from '../datasets/generate-sample.ts';

const rows = Number(process.argv[2] ?? 10_000);
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const server = await preview({ preview: { host: '127.0.0.1', port: 4181, strictPort: false }, logLevel: 'warn', ...(process.env.E2E_DIST ? { build: { outDir: process.env.E2E_DIST } } : {}) });
const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4181/';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] };
function summarise(profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] }, top = 25): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.entries()].filter(([k]) => !k.startsWith('(idle)')).reduce((s, [, v]) => s + v, 0);
  console.log(`  busy ${total.toFixed(0)} ms`);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).first().waitFor({ timeout: 60_000 });
  await page.getByTestId('file-input').setInputFiles({ name: `customers_${rows}.csv`, mimeType: 'text/csv', buffer: Buffer.from(generate(rows, 99)) });
  await page.getByRole('status').filter({ hasText: new RegExp(`${rows.toLocaleString('en-US')}|${rows}`) }).first().waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=cluster-progress]'), null, { timeout: 120_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });

  await cdp.send('Profiler.start');
  const slider = page.locator('#step-judgments input[type=range]').first();
  await slider.focus();
  await slider.press('ArrowRight');
  await page.waitForTimeout(2500);
  await page.waitForFunction(() => !document.querySelector('[data-testid=cluster-progress]'), null, { timeout: 120_000 });
  await page.waitForTimeout(500);
  let { profile } = await cdp.send('Profiler.stop');
  console.log('judgment edit (fast result + full run catching up):');
  summarise(profile as never);

  await cdp.send('Profiler.start');
  const input = page.getByTestId('restarts');
  await input.fill('9');
  await input.press('Tab');
  await page.waitForTimeout(300);
  await page.waitForFunction(() => !document.querySelector('[data-testid=cluster-progress]'), null, { timeout: 120_000 });
  await page.waitForTimeout(500);
  ({ profile } = await cdp.send('Profiler.stop'));
  console.log('k sweep (restarts 10 → 9):');
  summarise(profile as never);
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
}
