import { describe, expect, it } from 'vitest';
import { isExcelError, isMissing, looksLikeDecimalComma, parseNumber } from '../../../src/core/data/number.ts';

describe('parseNumber', () => {
  // Each expected value is the number the text means, written out by hand.
  const cases: [string, number][] = [
    ['42', 42],
    ['-3.25', -3.25],
    ['+7', 7],
    ['.5', 0.5],
    ['5.', 5],
    ['007', 7],
    ['1,234.5', 1234.5],
    ['-1,234,567.25', -1234567.25],
    ['1.2e3', 1200],
    ['9.3448e-05', 0.000093448],
    ['1E+2', 100],
    [' 42 ', 42],
    ['\u00a042\u00a0', 42],
    ['\u300042\u3000', 42],
    ['1 234', 1234],
    ['1\u00a0234.5', 1234.5],
    ['1\u202f234\u202f567', 1234567],
    ['¥1,000', 1000],
    ['￥1,000', 1000],
    ['$1,000', 1000],
    ['$ 1,000.50', 1000.5],
    ['€250', 250],
    ['£3', 3],
    ['1 000 €', 1000],
    ['-$5', -5],
    ['$-5', -5],
    ['500元', 500],
    ['￥1,000元', 1000],
    ['12.5%', 0.125],
    ['-3%', -0.03],
    ['12.5 %', 0.125],
    ['1.1%', 0.011],
    ['100%', 1],
    ['5‰', 0.005],
    ['(300)', -300],
    ['($1,000)', -1000],
    ['$(1,000)', -1000],
    ['(12.5%)', -0.125],
    ['１２３．５', 123.5],
    ['（３００）', -300],
    ['５０％', 0.5],
    ['－５', -5],
    ['＋５', 5],
    ['−5', -5],
    ['\u22121,234.5', -1234.5],
    ['–2', -2],
    ['1.5万', 15000],
    ['1.5万元', 15000],
    ['2亿', 200000000],
    ['3 万', 30000],
  ];
  for (const [text, value] of cases) {
    it(`reads ${JSON.stringify(text)} as ${value}`, () => {
      expect(parseNumber(text)).toBe(value);
    });
  }

  it('returns 0, not −0, for "-0" and "(0)"', () => {
    expect(Object.is(parseNumber('-0'), 0)).toBe(true);
    expect(Object.is(parseNumber('(0)'), 0)).toBe(true);
  });

  const notNumbers = [
    '',
    '   ',
    'abc',
    '12abc',
    '1.2.3',
    '0x10',
    'Infinity',
    '-Infinity',
    '1e999',
    '1.234,5', // European grouping: not read under the one rule set (dot = decimal point)
    '1,5', // decimal comma
    '12,34,567', // Indian grouping: groups must have three digits
    '1,2345',
    '1,234e3',
    '(-300)',
    '--5',
    '$',
    '%',
    '-',
    'NA',
    '#DIV/0!',
    '12-',
  ];
  for (const text of notNumbers) {
    it(`does not read ${JSON.stringify(text)} as a number`, () => {
      expect(parseNumber(text)).toBeNaN();
    });
  }
});

describe('isMissing', () => {
  const markers = ['', '  ', 'NA', 'na', 'N/A', 'n/a', 'N.A.', '#N/A', 'null', 'NULL', 'Null', 'NaN', 'nan', '-', '--', '—', '——', '–', '－', '?', '.', ' NA ', '\u00a0'];
  for (const m of markers) {
    it(`treats ${JSON.stringify(m)} as missing`, () => {
      expect(isMissing(m)).toBe(true);
    });
  }
  const values = ['0', '-1', 'None', 'Male', 'No', 'N', '#DIV/0!', '#VALUE!', 'n/a2', '0.0'];
  for (const v of values) {
    it(`treats ${JSON.stringify(v)} as a value, not missing`, () => {
      expect(isMissing(v)).toBe(false);
    });
  }
});

describe('isExcelError', () => {
  it('recognises Excel formula errors other than #N/A', () => {
    for (const e of ['#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', ' #div/0! ']) expect(isExcelError(e)).toBe(true);
    for (const e of ['#N/A', '#1', '#', 'DIV/0!', '#hashtag']) expect(isExcelError(e)).toBe(false);
  });
});

describe('looksLikeDecimalComma', () => {
  it('spots European numbers that parseNumber refuses', () => {
    for (const v of ['1.234,5', '12,5', '-0,25', '1.234.567,89']) expect(looksLikeDecimalComma(v)).toBe(true);
    for (const v of ['1,234.5', 'abc', '12']) expect(looksLikeDecimalComma(v)).toBe(false);
  });
});
