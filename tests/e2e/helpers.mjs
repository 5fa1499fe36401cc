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
