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
