// Issue 15: where the page is served cross-origin isolated (COOP/COEP headers, which GitHub Pages
// cannot send), the k-means workers share the points through a SharedArrayBuffer; the result must
// be the one the ordinary page computes. A second preview server sends the headers.
import { preview } from 'vite';
import { evaluateInWorkers, expect } from './helpers.mjs';

const HEADERS = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/** The segments table's text once the sample project is computed. */
async function segmentsOf(page) {
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
  const table = page.getByTestId('segments').locator('tbody');
  await table.locator('tr').nth(3).waitFor({ timeout: 30_000 });
  return table.innerText();
}

export const tests = {
  async 'served cross-origin isolated, the page computes the same segments as served without isolation'({ page, base, browser }) {
    await page.goto(base);
    expect((await page.evaluate(() => globalThis.crossOriginIsolated)) === false, 'the ordinary page is not isolated');
    const plain = await segmentsOf(page);

    const server = await preview({
      preview: { host: '127.0.0.1', port: 4300, strictPort: false, headers: HEADERS },
      logLevel: 'warn',
      ...(process.env.E2E_DIST ? { build: { outDir: process.env.E2E_DIST } } : {}),
    });
    // Another origin than the watched one, so its own context, with errors collected here.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const errors = [];
    try {
      const isolatedPage = await context.newPage();
      isolatedPage.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      isolatedPage.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
      const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4300/';
      const origin = new URL(url).origin;
      await context.route('**/*', (route) => (route.request().url().startsWith(origin) || /^(data|blob):/.test(route.request().url()) ? route.fallback() : route.abort()));
      await isolatedPage.goto(url);
      expect((await isolatedPage.evaluate(() => globalThis.crossOriginIsolated)) === true, 'the page served with COOP/COEP is cross-origin isolated');
      expect((await isolatedPage.evaluate(() => typeof SharedArrayBuffer)) === 'function', 'SharedArrayBuffer is available to it');
      const isolated = await segmentsOf(isolatedPage);
      // The workers that cluster are isolated too, so canShare() holds there and the points go shared.
      const inWorkers = await evaluateInWorkers(context, isolatedPage, (u) => /pipeline\.worker|kmeans\.worker/.test(u), 2, 'self.crossOriginIsolated === true && typeof SharedArrayBuffer === "function"');
      expect(Object.keys(inWorkers).some((u) => u.includes('kmeans.worker')), `a k-means worker answered: ${Object.keys(inWorkers).join(', ')}`);
      for (const [url, ok] of Object.entries(inWorkers)) expect(ok === true, `${url} is cross-origin isolated`);
      expect(isolated === plain, `the same segments isolated and not:\n${plain}\n---\n${isolated}`);
      expect(errors.length === 0, `errors on the isolated page: ${errors.join('\n')}`);
    } finally {
      await context.close();
      await new Promise((r) => server.httpServer.close(r));
    }
  },
};
