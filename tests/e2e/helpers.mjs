// Small assertions shared by the e2e tests (the harness is tests/e2e/run.mjs).

/** Fails the test with `message` unless `cond` holds. */
export function expect(cond, message) {
  if (!cond) throw new Error(message);
}

/** Reads a value every 100 ms until `ok(value)` holds; after `ms`, fails naming `what` and the last value read. */
export async function until(read, ok, what, ms = 10_000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > end) throw new Error(`${what}: last value ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The download that clicking `button` (a locator) starts; when none comes within `ms`, fails
 * naming the button, whether it was disabled, and the alerts the page shows (a failed export
 * says why there), instead of a bare timeout.
 */
export async function downloadFrom(page, button, ms = 30_000) {
  const waiting = page.waitForEvent('download', { timeout: ms });
  await button.click();
  try {
    return await waiting;
  } catch (e) {
    const name = await button.getAttribute('aria-label').catch(() => null) ?? await button.innerText().catch(() => '?');
    const disabled = await button.isDisabled().catch(() => 'unknown');
    const alerts = (await page.getByRole('alert').allInnerTexts().catch(() => [])).join(' | ');
    throw new Error(`no download from "${name}" within ${ms} ms (disabled: ${disabled}; alerts: ${alerts || 'none'}): ${e.message.split('\n')[0]}`);
  }
}

/**
 * Evaluates `expression` (its value returned by value, a promise awaited) in every dedicated worker
 * of the page whose URL `want` accepts, at least `count` of them, through a CDP session of the page:
 * workers are attached (not flattened), and Runtime.evaluate is sent to each with
 * Target.sendMessageToTarget (the workers' guard removes the eval that Playwright's worker.evaluate
 * needs). An answer that `ready` refuses (the worker's script has not run yet) is asked again, every
 * 100 ms for up to 5 s. Returns url (session) → value.
 */
export async function evaluateInWorkers(context, page, want, count, expression, ready = () => true) {
  const cdp = await context.newCDPSession(page);
  const sessions = new Map(); // sessionId → url
  const replies = new Map();
  cdp.on('Target.attachedToTarget', (e) => {
    if (process.env.E2E_DEBUG) console.log('attached', e.targetInfo.type, e.targetInfo.url);
    if (e.targetInfo.type === 'worker') sessions.set(e.sessionId, e.targetInfo.url);
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    if (m.id !== undefined) replies.set(`${e.sessionId} ${m.id}`, m);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await until(() => [...sessions.values()].filter(want).length, (n) => n >= count, `${count} worker(s) to probe`, 30_000);
  const results = {};
  let id = 1;
  for (const [sessionId, url] of sessions) {
    if (!want(url)) continue;
    // A probe that reaches a worker the moment it starts can run before the worker's script (whose
    // first import installs the guard) has been evaluated; no message reaches the worker before
    // then, so probe again, a few times, until the script has run.
    for (let attempt = 0; attempt < 50; attempt++) {
      const msg = { id: id++, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } };
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(msg) });
      const reply = await until(() => replies.get(`${sessionId} ${msg.id}`), (r) => r !== undefined, `the probe's answer from ${url}`, 20_000);
      if (reply.error || reply.result.exceptionDetails) throw new Error(`the probe failed in ${url}: ${JSON.stringify(reply.error ?? reply.result.exceptionDetails)}`);
      results[`${url} (${sessionId})`] = reply.result.result.value;
      if (ready(reply.result.result.value)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await cdp.detach();
  return results;
}
