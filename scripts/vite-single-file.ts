/**
 * The one-file build (`npm run build:single` = `vite build --mode single`): the whole app in
 * `dist-single/valueseg.html`, to be opened from disk (file://) where nothing can be installed
 * and the hosted page is blocked (issue 11, item 5). Everything is inlined:
 * - the scripts: one module (dynamic imports inlined), in the page as an inline script whose
 *   SHA-256 is added to the CSP's `script-src` (no `'unsafe-inline'`, still no `'unsafe-eval'`);
 * - the styles: one inline `<style>` (the CSP already allows inline styles);
 * - the two workers: `src/workers/spawn.ts` is swapped for `spawn.single.ts`, which inlines each
 *   worker's bundle and starts it from a blob URL (`worker-src blob:` is in the CSP), as a classic
 *   worker (Chromium refuses a module worker from a blob URL under file://'s opaque origin);
 * - the shipped data sets (`datasets/*.csv`, templates included): gzip-compressed data URLs,
 *   decoded in the page by `src/ui/data/data-url.ts` (no fetch, so no `connect-src data:`).
 * The page bundles no font. The build fails if any file other than the page would be written.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin, UserConfig } from 'vite';

export const SINGLE_FILE_NAME = 'valueseg.html';

/** JS text made safe inside `<script>…</script>`: no `</script` ends it early. */
export function scriptSafe(code: string): string {
  const safe = code.replace(/<\/(script)/gi, '<\\/$1');
  // `<!--` then `<script` with no `-->` between would put the HTML parser in its "double
  // escaped" state, where the closing tag no longer ends the script.
  if (/<!--(?:(?!-->)[\s\S])*?<script/i.test(safe)) throw new Error('single file: the bundle holds "<!--" before "<script"; it cannot be inlined safely');
  return safe;
}

/** The CSP with `hash` added to `script-src`. */
export function cspWithScriptHash(csp: string, hash: string): string {
  if (!/script-src [^;]*/.test(csp)) throw new Error('single file: the CSP has no script-src');
  return csp.replace(/script-src ([^;]*)/, (_, v: string) => `script-src ${v.trim()} 'sha256-${hash}'`);
}

export function singleFile(): Plugin[] {
  return [
    {
      name: 'valueseg:single-file-config',
      enforce: 'pre',
      config(user): UserConfig {
        return {
          // Chromium starts no module worker from a blob URL in a page opened from disk (its
          // origin is opaque): the workers are classic scripts here.
          worker: { format: 'iife' },
          build: {
            outDir: user.build?.outDir ?? 'dist-single',
            emptyOutDir: true,
            modulePreload: false,
            cssCodeSplit: false,
            assetsInlineLimit: () => true,
            rollupOptions: { output: { codeSplitting: false } },
          },
        };
      },
      resolveId(source, importer) {
        if (!importer || !/\/workers\/spawn\.ts$/.test(source)) return null;
        return resolve(dirname(importer), source.replace(/spawn\.ts$/, 'spawn.single.ts'));
      },
      load(id) {
        const m = /^([^?]*\/datasets\/[^?]*\.csv)\?url$/.exec(id);
        if (!m) return null;
        const gz = gzipSync(readFileSync(m[1]), { level: 9 });
        return `export default ${JSON.stringify(`data:application/gzip;base64,${gz.toString('base64')}`)};`;
      },
    },
    {
      name: 'valueseg:single-file-inline',
      enforce: 'post',
      generateBundle(_, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset') throw new Error('single file: no index.html in the bundle');
        let page = String(html.source);
        const take = (href: string): string => {
          const key = href.replace(/^\.\//, '');
          const item = bundle[key];
          if (!item) throw new Error(`single file: ${key} is not in the bundle`);
          delete bundle[key];
          return item.type === 'chunk' ? item.code : String(item.source);
        };
        const hashes: string[] = [];
        page = page.replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_, src: string) => {
          const code = scriptSafe(take(src));
          hashes.push(createHash('sha256').update(code, 'utf8').digest('base64'));
          return `<script type="module">${code}</script>`;
        });
        if (hashes.length !== 1) throw new Error(`single file: expected one entry script, found ${hashes.length}`);
        const withCsp = page.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)"/, (_, a: string, csp: string) => `${a}${cspWithScriptHash(csp, hashes[0])}"`);
        if (withCsp === page) throw new Error('single file: the page has no CSP meta tag');
        page = withCsp;
        page = page.replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, (_, href: string) => `<style>${take(href).replace(/<\/(style)/gi, '<\\/$1')}</style>`);
        if (/<(script|link)[^>]+(src|href)="\.?\/?assets\//.test(page)) throw new Error('single file: the page still refers to a file in assets/');
        delete bundle['index.html'];
        const left = Object.keys(bundle);
        if (left.length) throw new Error(`single file: not inlined: ${left.join(', ')}`);
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: page });
      },
    },
  ];
}
