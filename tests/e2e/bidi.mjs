// A small WebDriver BiDi client for Debian's stock firefox-esr (tests/e2e/single-firefox.e2e.mjs).
// playwright-core's Firefox-over-BiDi (`channel: 'moz-firefox-esr'`) asks for commands Firefox 153
// ESR does not have yet (emulation.setMediaFeaturesOverride on every new context), so the test
// speaks the protocol itself: start Firefox headless with a fresh profile, open a session over
// the WebSocket it prints (playwright-core's bundled `ws`, no new dependency), and send the few
// commands the test needs. Only the test uses it; nothing here is part of the app.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import utils from 'playwright-core/lib/utilsBundle';

const { ws: WebSocket } = utils;

/**
 * Starts Firefox headless on a fresh profile with `prefs` (user.js) and opens a BiDi session.
 * Returns { send(method, params), on(event, fn), context (the first tab), close() }.
 */
export async function launchFirefox(executable, prefs = {}, { timeout = 60_000 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'valueseg-firefox-'));
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  const child = spawn(executable, ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } });
  let log = '';
  const endpoint = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox printed no BiDi endpoint within ${timeout} ms:\n${log.slice(-2000)}`)), timeout);
    const read = (chunk) => {
      log += chunk;
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before its BiDi endpoint:\n${log.slice(-2000)}`));
    });
  });
  const socket = new WebSocket(`${endpoint}/session`);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let id = 0;
  const pending = new Map();
  const listeners = new Map();
  socket.on('message', (data) => {
    const m = JSON.parse(String(data));
    if (m.id !== undefined && pending.has(m.id)) {
      const { resolve, reject, method } = pending.get(m.id);
      pending.delete(m.id);
      if (m.type === 'error') reject(new Error(`${method}: ${m.error}: ${m.message}`));
      else resolve(m.result);
    } else if (m.type === 'event') for (const fn of listeners.get(m.method) ?? []) fn(m.params);
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const n = ++id;
      pending.set(n, { resolve, reject, method });
      socket.send(JSON.stringify({ id: n, method, params }));
    });
  const on = (event, fn) => listeners.set(event, [...(listeners.get(event) ?? []), fn]);
  await send('session.new', { capabilities: {} });
  const tree = await send('browsingContext.getTree', {});
  const context = tree.contexts[0].context;
  const close = async () => {
    await send('browser.close').catch(() => {});
    socket.close();
    await new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve();
      }, 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    rmSync(profile, { recursive: true, force: true });
  };
  return { send, on, context, close, version: () => log };
}

/** Evaluates `expression` in the page of `context` (awaiting a promise) and returns its value as JSON-able data. */
export async function evaluate(ff, expression) {
  const r = await ff.send('script.evaluate', { expression: `JSON.stringify(${expression})`, target: { context: ff.context }, awaitPromise: true, resultOwnership: 'none' });
  if (r.type === 'exception') throw new Error(`evaluate ${expression}: ${r.exceptionDetails?.text}`);
  return JSON.parse(r.result.value ?? 'null');
}
