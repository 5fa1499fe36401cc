// Privacy: the built page allows no request outside its own origin (Content-Security-Policy),
// and makes none by itself (the harness fails any test that does).
export const tests = {
  async 'the Content-Security-Policy refuses a request to another origin'({ page, base, ignore }) {
    ignore(/Content Security Policy|Refused to connect|request outside the origin|Failed to fetch/);
    await page.goto(base);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const part of ["default-src 'self'", "connect-src 'self'", "form-action 'none'", "frame-src 'none'"]) {
      if (!csp?.includes(part)) throw new Error(`CSP lacks ${part}: ${csp}`);
    }
    // The fetch fails either way (nothing listens there); the policy violation event proves the CSP stopped it.
    const outcome = await page.evaluate(async () => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      try {
        await fetch('http://127.0.0.2:9/leak', { mode: 'no-cors' });
      } catch {
        // expected
      }
      await new Promise((r) => setTimeout(r, 50));
      return violations;
    });
    if (!outcome.some((d) => d.startsWith('connect-src'))) throw new Error(`no connect-src violation was reported: ${JSON.stringify(outcome)}`);
    const violations = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => !r.name.startsWith(location.origin)).length);
    if (violations !== 0) throw new Error(`${violations} resource(s) loaded from another origin`);
  },
};
