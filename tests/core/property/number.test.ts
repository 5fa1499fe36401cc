/**
 * Properties of `parseNumber` beyond tests/core/data/property.test.ts (en-US grouping, p%,
 * parentheses with ¥ $ €, String(x)): every other supported style round-trips, and text that
 * could mean two different numbers is never read as one of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/core/data/number.ts';

/** A decimal written with up to 4 decimals, and its value. */
const decimal = fc.tuple(fc.integer({ min: 0, max: 9_999_999_999 }), fc.integer({ min: 0, max: 4 })).map(([m, d]) => {
  const text = d === 0 ? String(m) : `${String(m).slice(0, -d) || '0'}.${String(m).padStart(d, '0').slice(-d)}`;
  return { text, value: Number(text) };
});

/** Groups the integer part in threes with `sep`. */
function group(text: string, sep: string): string {
  const [int, frac] = text.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

const FULL = (s: string): string =>
  s.replace(/[0-9.,%\-()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('parseNumber round-trips every supported style', () => {
  it('reads thousands grouped by a comma, space, no-break, narrow no-break or thin space', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom(',', ' ', '\u00a0', '\u202f', '\u2009'), fc.boolean(), ({ text, value }, sep, negative) => {
        const s = (negative ? '-' : '') + group(text, sep);
        expect(parseNumber(s)).toBe(negative ? -value + 0 : value);
      }),
      { numRuns: 300 },
    );
  });

  it('reads currency before or after, with 元, and a sign or parentheses for negatives', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom('¥', '￥', '$', '€', '£'), fc.constantFrom('prefix', 'suffix', 'yuan'), fc.constantFrom('none', 'minus', 'parens'), ({ text, value }, cur, where, sign) => {
        const body = group(text, ',');
        let s = where === 'prefix' ? `${cur}${body}` : where === 'suffix' ? `${body} ${cur}` : `${body}元`;
        if (sign === 'minus') s = `-${s}`;
        if (sign === 'parens') s = `(${s})`;
        expect(parseNumber(s)).toBe(sign === 'none' ? value : -value + 0);
      }),
      { numRuns: 300 },
    );
  });

  it('reads %, ‰, 万 and 亿 as exact decimal shifts of the number written', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom(['%', -2], ['‰', -3], ['万', 4], ['亿', 8]), ({ text }, [suffix, shift]) => {
        expect(parseNumber(`${text}${suffix}`)).toBe(Number(`${text}e${shift}`));
      }),
      { numRuns: 300 },
    );
  });

  it('reads full-width digits, point, comma, minus, percent and parentheses as their ASCII forms', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom('', '-', '()'), fc.boolean(), ({ text }, sign, percent) => {
        const ascii = (sign === '-' ? '-' : sign === '()' ? '(' : '') + group(text, ',') + (percent ? '%' : '') + (sign === '()' ? ')' : '');
        expect(parseNumber(FULL(ascii))).toBe(parseNumber(ascii));
        expect(Number.isNaN(parseNumber(ascii))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('reads scientific notation as Number() does, for any mantissa and exponent a double can hold', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: -300, max: 300 }), fc.constantFrom('e', 'E'), fc.boolean(), ({ text }, exp, e, plus) => {
        const s = `${text}${e}${plus && exp >= 0 ? '+' : ''}${exp}`;
        const v = Number(s);
        expect(parseNumber(s)).toBe(Number.isFinite(v) ? v : NaN);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseNumber never returns a silently wrong number', () => {
  it('refuses a comma that does not group exactly three digits ("1,5", "12,34", "1.234,5"), which could be a decimal comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 99_999 }), fc.constantFrom(1, 2, 4, 5), fc.boolean(), (int, frac, digits, dotted) => {
        const after = String(frac).padStart(digits, '0').slice(-digits);
        const s = dotted ? `${int}.${'000'.slice(0, 3)},${after}` : `${int},${after}`;
        expect(parseNumber(s)).toBeNaN();
      }),
      { numRuns: 300 },
    );
  });

  it('gives NaN or exactly the number the canonical form means, for any text made of number characters', () => {
    // Digits weighted up so that a good share of the texts are numbers (the rest must be NaN).
    const chars = fc.oneof(
      { arbitrary: fc.constantFrom('0', '1', '5', '9', '１'), weight: 8 },
      { arbitrary: fc.constantFrom('.', ',', '-', '+', 'e', '%', '(', ')', ' ', '¥', '$', '万', '．', '，'), weight: 3 },
    );
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 12 }).map((c) => c.join('')), (s) => {
        const v = parseNumber(s);
        if (Number.isNaN(v)) return;
        expect(Number.isFinite(v)).toBe(true);
        // The same text with full-width folded, grouping commas removed, currency and sign handled,
        // must be a plain decimal whose value (with its % or 万 shift) is v.
        let t = s.replace(/[１．，]/g, (c) => ({ '１': '1', '．': '.', '，': ',' })[c]!).trim();
        let negative = false;
        if (t.startsWith('(') && t.endsWith(')')) {
          negative = true;
          t = t.slice(1, -1).trim();
        }
        if (t.startsWith('-') || t.startsWith('+')) {
          negative = negative !== t.startsWith('-');
          t = t.slice(1).trim();
        }
        t = t.replace(/^[¥$]\s*/, '').replace(/\s*[¥$]$/, '');
        if (t.startsWith('-') || t.startsWith('+')) {
          negative = negative !== t.startsWith('-');
          t = t.slice(1).trim();
        }
        let shift = 0;
        if (t.endsWith('%')) shift = -2;
        if (t.endsWith('万')) shift = 4;
        if (shift !== 0) t = t.slice(0, -1).trim();
        const plain = t.replace(/[, ]/g, '');
        expect(plain).toMatch(/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/);
        const m = /^(.*?)(?:e([+-]?\d+))?$/.exec(plain)!;
        const expected = Number(`${m[1]}e${Number(m[2] ?? 0) + shift}`);
        expect(v).toBe(negative ? -expected + 0 : expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and never returns ±Infinity, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        const v = parseNumber(s);
        expect(Number.isNaN(v) || Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
