import { describe, expect, it } from 'vitest';
import { cspWithScriptHash, scriptSafe } from '../../scripts/vite-single-file.ts';

describe('the one-file build', () => {
  it('escapes every </script in the inlined bundle, whatever its case, so the inline script cannot end early', () => {
    const code = 'const a = "</script><script>alert(1)</script>"; const b = `</SCRIPT>`;';
    const safe = scriptSafe(code);
    expect(safe).not.toMatch(/<\/script/i);
    // The escaped text still means the same strings in JavaScript.
    expect(safe).toBe('const a = "<\\/script><script>alert(1)<\\/script>"; const b = `<\\/SCRIPT>`;');
  });

  it('refuses a bundle in which "<!--" comes before "<script" (the HTML parser would not end the script where it should)', () => {
    expect(() => scriptSafe('const s = "<!-- <script>";')).toThrow(/cannot be inlined/);
    expect(() => scriptSafe('const s = "<!---->"; const t = "<script>";')).not.toThrow();
  });

  it("adds the script's hash to script-src and leaves every other directive as it was", () => {
    const csp = "default-src 'self'; script-src 'self'; worker-src 'self' blob:; connect-src 'self'";
    expect(cspWithScriptHash(csp, 'abc=')).toBe("default-src 'self'; script-src 'self' 'sha256-abc='; worker-src 'self' blob:; connect-src 'self'");
    expect(() => cspWithScriptHash("default-src 'self'", 'abc=')).toThrow(/no script-src/);
  });
});
