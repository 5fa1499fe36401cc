/**
 * Choosing a column's type from its cells and name.
 *
 * - **numeric** when at least `NUMERIC_SHARE` (90%) of the filled cells are numbers: a few
 *   stray texts (`n.a.`, `#DIV/0!`, `1.234,5`) are then reported as invalid rather than
 *   turning a whole indicator into text.
 * - **identifier** when every filled value is different and either the name says it is an
 *   id (`id`, `CustomerId`, `CUST_ID`, `CLIENTNUM`, `RowNumber`, `No`, `编号`, `客户号`, …)
 *   and the values are texts or whole numbers, or the column is not numeric, has no
 *   missing cell and at least two values (e.g. `C10001`, `C10002`, … or names).
 * - **categorical** otherwise.
 */
import type { ColumnType } from './types.ts';

/** Share of filled cells that must be numbers for a column to be read as numeric. */
export const NUMERIC_SHARE = 0.9;

const ID_WORDS = 'id|no|nr|num|number|key|code|index|idx';
const ID_PREFIXES = 'client|cust|customer|account|acct|acc|user|member|row|record|card|contract|loan|party|corp|company|serial|seq';
/** `id`, `No.`, `index`, `SN`, `serial`, `序号`… on their own. */
const ID_ALONE = new RegExp(`^(?:${ID_WORDS}|sn|serial|seq|rownum|rowid)\\.?$`, 'i');
/** `…_id`, `… No`, `…-num`: an id word after a separator. */
const ID_AFTER_SEPARATOR = new RegExp(`[_\\s.\\-](?:${ID_WORDS})\\.?$`, 'i');
/** camelCase: `CustomerId`, `CustomerID`, `AccountNo`, `RowNumber`, `ClientNum`. */
const ID_CAMEL = /[a-z](?:Id|ID|No|Nr|Num|Number|Key|Code)\.?$/;
/** Run-together capitals or lower case: `CLIENTNUM`, `CUSTID`, `custno`, `rownumber`. */
const ID_JOINED = new RegExp(`^(?:${ID_PREFIXES})(?:${ID_WORDS})$`, 'i');
/** Chinese: names ending in 号 (编号, 客户号, 账号, 卡号, 序号), 编码, 代码, or ID. */
const ID_CHINESE = /(?:号|编码|代码)$|[\u4e00-\u9fff](?:ID|Id|id)$/;

/** True when a column name says it holds identifiers (see the module comment). */
export function looksLikeIdName(name: string): boolean {
  const s = name.trim();
  return ID_ALONE.test(s) || ID_AFTER_SEPARATOR.test(s) || ID_CAMEL.test(s) || ID_JOINED.test(s) || ID_CHINESE.test(s);
}

/** What `chooseType` needs to know about a column. */
export interface ColumnFacts {
  name: string;
  /** Cells in the column (data rows). */
  rows: number;
  missing: number;
  /** Filled cells that are numbers. */
  numbers: number;
  /** Filled cells that are Excel errors. */
  excelErrors: number;
  /** Distinct filled texts (after trimming). */
  distinctTexts: number;
  /** True when every number read is a whole number. */
  wholeNumbers: boolean;
}

/** The detected type of a column from its facts (see the module comment). */
export function chooseType(f: ColumnFacts): ColumnType {
  const filled = f.rows - f.missing;
  if (filled === 0) return 'categorical';
  const numeric = f.numbers >= NUMERIC_SHARE * filled;
  const unique = f.excelErrors === 0 && f.distinctTexts === filled;
  if (unique && looksLikeIdName(f.name) && (!numeric || f.wholeNumbers)) return 'identifier';
  if (numeric) return 'numeric';
  if (unique && f.missing === 0 && filled >= 2) return 'identifier';
  return 'categorical';
}
