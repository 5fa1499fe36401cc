// The one-file build (issue 11, item 5) in Firefox: dist-single/valueseg.html opened from disk
// (file://) in Debian's firefox-esr computes the sample to its elbow, silhouette and cluster
// scatter charts with no request but the file itself (data: and blob: URLs aside), no console
// error, no page error and no CSP violation, in en and zh-CN. Firefox is driven over WebDriver
// BiDi by tests/e2e/bidi.mjs (playwright-core cannot drive Firefox 153 ESR). Without firefox-esr
// (FIREFOX_PATH names another) the tests say they skipped; with VALUESEG_REQUIRE_FIREFOX=1 (CI
// sets it once it has installed the package) a missing Firefox fails them instead.
import { existsSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { evaluate, launchFirefox } from './bidi.mjs';
import { expect, until } from './helpers.mjs';
import { singleFile } from './single.e2e.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const WORDS = {
  en: { languages: 'en-US, en', done: '600 customers', elbow: 'Elbow chart', silhouette: 'Silhouette chart', scatter: 'Cluster scatter' },
  'zh-CN': { languages: 'zh-CN, zh', done: '600 个客户', elbow: '肘部法则图', silhouette: '轮廓系数图', scatter: '聚类散点图' },
};

/** Firefox's own background traffic off (updates, telemetry, safe browsing, captive portal), so what the page asks for stands alone. */
const QUIET = {
  'app.update.disabledForTesting': true,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

/** In the page: the visible figure named `name` and how many SVG circles it draws (and the scatter's canvas dots). */
const figure = (name) => `(() => {
  const f = [...document.querySelectorAll('figure')].find((x) => x.getAttribute('aria-label') === ${JSON.stringify(name)} && x.getClientRects().length > 0);
  return f ? { circles: f.querySelectorAll('svg circle').length, dots: f.querySelector('canvas[data-dots]')?.getAttribute('data-dots') ?? null } : null;
})()`;

async function runInFirefox({ skip }, locale) {
  if (!existsSync(FIREFOX)) {
    if (process.env.VALUESEG_REQUIRE_FIREFOX === '1') throw new Error(`${FIREFOX} is missing, and VALUESEG_REQUIRE_FIREFOX=1`);
    return skip(`no Firefox at ${FIREFOX} (apt-get install firefox-esr)`);
  }
  const w = WORDS[locale];
  const url = pathToFileURL(await singleFile()).href;
  const ff = await launchFirefox(FIREFOX, { ...QUIET, 'intl.accept_languages': w.languages });
  try {
    const requests = [];
    const errors = [];
    ff.on('network.beforeRequestSent', (p) => requests.push(p.request.url));
    // Console errors and uncaught errors (log type "javascript") of the page and its workers.
    ff.on('log.entryAdded', (p) => (p.level === 'error' || p.type === 'javascript') && errors.push(`${p.type}: ${p.text}`));
    await ff.send('session.subscribe', { events: ['network.beforeRequestSent', 'log.entryAdded'] });
    await ff.send('script.addPreloadScript', {
      functionDeclaration: `() => document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))`,
    });
    await ff.send('browsingContext.setViewport', { context: ff.context, viewport: { width: 1280, height: 900 } });
    await ff.send('browsingContext.navigate', { context: ff.context, url, wait: 'complete' });

    // The sample (600 customers) read in the read worker and computed in the pipeline worker, both from blob: URLs.
    await until(() => evaluate(ff, `document.querySelector('[data-testid=status]')?.textContent ?? ''`), (s) => s.includes(w.done), 'the status names the 600 customers', 90_000);
    for (const name of [w.elbow, w.silhouette]) await until(() => evaluate(ff, figure(name)), (f) => f?.circles === 9, `${name}: one point per k = 2..10`, 90_000);
    const scatter = await until(() => evaluate(ff, figure(w.scatter)), (f) => f?.dots !== null && f?.dots !== undefined, `${w.scatter}: drawn`, 60_000);
    expect(scatter.dots === '600', `cluster scatter draws ${scatter.dots} customers, expected 600`);
    const page = await evaluate(ff, `({ lang: document.documentElement.lang, ua: navigator.userAgent, protocol: location.protocol, resources: performance.getEntriesByType('resource').map((e) => e.name) })`);
    expect(page.lang === locale, `the page is in ${page.lang}, expected ${locale}`);
    expect(/Firefox\/\d+/.test(page.ua), `not Firefox: ${page.ua}`);
    expect(page.protocol === 'file:', `opened from ${page.protocol}`);

    // A screenshot with the elbow and silhouette charts in view.
    await evaluate(ff, `(() => { const f = [...document.querySelectorAll('figure')].find((x) => x.getAttribute('aria-label') === ${JSON.stringify(w.elbow)} && x.getClientRects().length > 0); f.scrollIntoView({ block: 'start' }); window.scrollBy(0, -80); return true; })()`);
    await new Promise((r) => setTimeout(r, 300));
    const shot = await ff.send('browsingContext.captureScreenshot', { context: ff.context });
    writeFileSync(`${OUT}/single-firefox-${locale}.png`, Buffer.from(shot.data, 'base64'));

    // No request but the file itself: neither the network log nor the page's own resource timing has one.
    const own = (u) => u === url || u.startsWith('data:') || u.startsWith('blob:');
    const outside = [...requests, ...page.resources].filter((u) => !own(u));
    expect(outside.length === 0, `requests other than the page's own file, data: and blob: URLs:\n${outside.join('\n')}`);
    expect(errors.length === 0, `errors:\n${errors.join('\n')}`);
  } finally {
    await ff.close();
  }
}

export const tests = {
  async 'the one-file build opened from disk in Firefox computes the sample to its elbow, silhouette and scatter charts with no request (en)'(t) {
    await runInFirefox(t, 'en');
  },
  async 'the one-file build opened from disk in Firefox computes the sample to its elbow, silhouette and scatter charts with no request (zh-CN)'(t) {
    await runInFirefox(t, 'zh-CN');
  },
};
