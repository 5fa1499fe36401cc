/**
 * Reading numbers as people write them in bank spreadsheets, with one documented rule set
 * (no guessing per file):
 *
 * - `.` is the decimal point; `,` groups thousands (groups of exactly three digits), and so
 *   may a space, a no-break space (U+00A0), a narrow no-break space (U+202F) or a thin space
 *   (U+2009): `1,234.5`, `1 234.5`. European `1.234,5` and decimal commas `1,5` are **not**
 *   numbers under this rule; they are reported as unreadable (the read report hints at the
 *   decimal comma).
 * - Full-width characters from Chinese input methods are read as their ASCII forms:
 *   `１２３．５` → 123.5, `－５` → −5, `（３００）` → −300, `５０％` → 0.5, `￥` → `¥`.
 * - Signs: leading `+` or `-`; also U+2212 (−), U+2013 (–) and U+FE63 (﹣) as minus.
 *   Parentheses mean negative (accounting): `(300)` → −300, `($1,000)` → −1000.
 * - Currency: one of `¥ $ € £` before or after the number (`¥1,000`, `-$5`, `$-5`, `1 000 €`),
 *   and/or `元` at the end; `US$` and `RMB` (before, or after) as well.
 * - Scale suffixes: `%` divides by 100 (`12.5%` → 0.125: theses write growth rates as
 *   percentages and mean the fraction), `‰` by 1000, `千` multiplies by 10³, `万`/`萬` by 10⁴ and `亿`/`億` by 10⁸
 *   (`1.5万元` → 15000). Scaling is done on the decimal text, so `1.1%` is exactly the double
 *   nearest to 0.011.
 * - Scientific notation `1.2e3`, `9.3448e-05`; leading/trailing white space of any kind.
 * - Anything else (`12abc`, `1.2.3`, `0x10`, `Infinity`, a number too large for a double, a cell
 *   longer than `MAX_NUMBER_CHARS`) is not a number: `parseNumber` returns NaN. `-0` is returned as 0.
 */

/** Full-width and other look-alike characters → ASCII, for number parsing only. */
function toAscii(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0xffe5) out += '¥';
    else if (c === 0x2212 || c === 0x2013 || c === 0xfe63) out += '-';
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

/**
 * Longest cell read as a number: the longest double written out in full (5e-324 as a decimal)
 * has 330 characters; a longer cell is text, whatever it holds. Every pattern below matches
 * in time linear in the cell's length (no two ways to split a run of digits).
 */
export const MAX_NUMBER_CHARS = 400;

/** Plain decimal, optionally scientific: captures mantissa and exponent. */
const PLAIN = /^(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?$/;
/** Thousands grouped with a comma. */
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
/** Thousands grouped with a space-like character. */
const GROUPED_SPACE = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:\.\d*)?$/;
/** Fast path: the common case of an ASCII number. */
const FAST = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Fast paths for `-1,234.5` and `-12.5%`. */
const FAST_GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const FAST_PERCENT = /^-?(?:\d+(?:\.\d*)?|\.\d+)%$/;
const COMMAS = /,/g;
const CURRENCY = '¥$€£';
/** What a number can start with (after full-width folding). */
const START = /^[\d+\-.(¥$€£UR]/;
const NON_ASCII = /[^\x00-\x7f]/;

/** True when the text starts or ends with a character `trim` would remove (a cheap pre-check). */
function needsTrim(s: string): boolean {
  if (s.length === 0) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(s.length - 1);
  return a <= 32 || b <= 32 || a > 127 || b > 127;
}

function stripSign(s: string): { s: string; negative: boolean; signed: boolean } {
  const c = s[0];
  if (c === '-' || c === '+') return { s: s.slice(1).trimStart(), negative: c === '-', signed: true };
  return { s, negative: false, signed: false };
}

function inParens(s: string): boolean {
  return s.length >= 2 && s[0] === '(' && s[s.length - 1] === ')';
}

/**
 * The number written in `raw`, or NaN when it is not a number (see the module comment for
 * the exact rules). Missing markers (`NA`, `-`, empty) are not numbers either: check
 * `isMissing` first to tell missing from unreadable.
 */
export function parseNumber(raw: string): number {
  if (raw.length > MAX_NUMBER_CHARS) return NaN;
  let s = needsTrim(raw) ? raw.trim() : raw;
  if (FAST.test(s)) {
    const v = Number(s);
    return Number.isFinite(v) ? v + 0 : NaN;
  }
  if (s === '') return NaN;
  if (FAST_GROUPED.test(s)) return Number(s.replace(COMMAS, '')) + 0;
  if (FAST_PERCENT.test(s)) return Number(`${s.slice(0, -1)}e-2`) + 0;
  if (NON_ASCII.test(s)) s = toAscii(s).trim();
  if (!START.test(s)) return NaN;

  // "US$ 1,000", "RMB 1,000", "1,000 RMB": the currency codes people write before or after.
  if (s.startsWith('US$')) s = s.slice(2);
  else if (/^RMB\s?(?=[\d(+-])/i.test(s)) s = s.slice(3).trimStart();
  else if (/\d\s?RMB$/i.test(s)) s = s.slice(0, -3).trimEnd();
  let negative = false;
  if (inParens(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  let sign = stripSign(s);
  s = sign.s;
  let currency = false;
  if (s !== '' && CURRENCY.includes(s[0])) {
    currency = true;
    s = s.slice(1).trimStart();
    if (!negative && inParens(s)) {
      negative = true;
      s = s.slice(1, -1).trim();
    }
    if (!sign.signed) {
      sign = stripSign(s);
      s = sign.s;
    }
  }
  if (sign.negative) {
    if (negative) return NaN; // "(-300)" is ambiguous
    negative = true;
  }

  if (s.endsWith('元')) s = s.slice(0, -1).trimEnd();
  if (!currency && s !== '' && CURRENCY.includes(s[s.length - 1])) s = s.slice(0, -1).trimEnd();
  let shift = 0;
  const last = s[s.length - 1];
  if (last === '%') shift = -2;
  else if (last === '‰') shift = -3;
  else if (last === '千') shift = 3;
  else if (last === '万' || last === '萬') shift = 4;
  else if (last === '亿' || last === '億') shift = 8;
  if (shift !== 0) s = s.slice(0, -1).trimEnd();

  let mantissa: string;
  let exponent = 0;
  const plain = PLAIN.exec(s);
  if (plain) {
    mantissa = plain[1];
    if (plain[2] !== undefined) exponent = Number(plain[2]);
  } else if (GROUPED_COMMA.test(s) || GROUPED_SPACE.test(s)) {
    mantissa = s.replace(/[^\d.]/g, '');
  } else {
    return NaN;
  }
  const v = Number(shift === 0 && exponent === 0 ? mantissa : `${mantissa}e${exponent + shift}`);
  if (!Number.isFinite(v)) return NaN;
  return negative ? -v + 0 : v + 0;
}

/**
 * The currency notation a number is written in: `$` (also `US$`), `¥` (also `￥`), `元` (also
 * `RMB`; `¥5元` too), `€`, `£`; `mixed` when one cell names two currencies (`$5元`); null when
 * none. `¥` and `元` are told apart because `¥` is also the yen sign: a column with both may
 * hold two currencies. Used to warn about a column that adds up amounts in different currencies.
 */
export function currencyOf(raw: string): string | null {
  const s = raw.trim();
  if (s === '' || s.length > MAX_NUMBER_CHARS) return null;
  const found = new Set<string>();
  if (s.includes('$')) found.add('$');
  if (/元|RMB/i.test(s)) found.add('元');
  else if (/[¥￥]/.test(s)) found.add('¥');
  if (s.includes('€')) found.add('€');
  if (s.includes('£')) found.add('£');
  if (found.size === 0) return null;
  return found.size > 1 ? 'mixed' : [...found][0];
}

/** Texts that mean "no value", compared after trimming and lower-casing. */
const MISSING = new Set(['', 'na', 'n/a', 'n.a.', '#n/a', 'null', 'nan', '-', '--', '—', '——', '–', '－', '?', '.']);

/**
 * True when the cell means "no value": empty or white space; `NA`, `N/A`, `n/a`, `N.A.`;
 * `null`/`NULL`; `NaN`/`nan` (how R, NumPy and pandas write a missing number — never a
 * reading, so treated as missing); Excel's `#N/A` (its own "not available" value);
 * `-`, `--`, `—`, `——`, `–`, `－` (dashes in printed tables); `?` (the UCI repository's
 * marker) and `.` (SAS/SPSS/Stata). Case-insensitive. Other Excel errors (`#DIV/0!`, …)
 * are not missing but invalid: see `isExcelError`.
 */
export function isMissing(raw: string): boolean {
  const s = needsTrim(raw) ? raw.trim() : raw;
  if (s.length > 6) return false;
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return false; // a digit: never a marker
  return MISSING.has(s.toLowerCase());
}

const EXCEL_ERROR = /^#(?:DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!|BUSY!|GETTING_DATA)$/i;

/**
 * True for Excel's formula error values (`#DIV/0!`, `#VALUE!`, `#REF!`, `#NAME?`, `#NUM!`,
 * `#NULL!`, …) other than `#N/A`, which `isMissing` treats as missing. The reader counts
 * these cells as invalid in every column type, so the user fixes the formula.
 */
export function isExcelError(raw: string): boolean {
  const s = raw.trim();
  return s.length > 1 && s[0] === '#' && EXCEL_ERROR.test(s);
}

const DECIMAL_COMMA = /^[-+(]?\d{1,3}(?:\.\d{3})*,\d+\)?$|^[-+]?\d+,\d{1,2}$/;

/**
 * True when the text looks like a number with a decimal comma (`1.234,5`, `12,5`), which
 * `parseNumber` does not read; used to explain unreadable cells.
 */
export function looksLikeDecimalComma(raw: string): boolean {
  return DECIMAL_COMMA.test(raw.trim());
}
