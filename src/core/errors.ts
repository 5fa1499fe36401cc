/**
 * Errors and problems that name the place they concern.
 *
 * Every message a user sees must say *where*: the row, the column, the judgment or the
 * project field. `InputError` is thrown when the method cannot go on; a `Problem` is
 * collected (in a read report or a validation) when it can.
 */

/** Where a problem is: any of a data row (1-based, as in a spreadsheet, header = row 1), a column, a judgment, a project path. */
export interface Where {
  /** 1-based line number in the file, counting the header as line 1. */
  row?: number;
  /** Column name as written in the file's header. */
  column?: string;
  /** A judgment: the parent node, the two items compared, and the expert. */
  judgment?: { node: string; row: string; col: string; expert?: string };
  /** A path into the project JSON, e.g. `hierarchy.criteria[1].indicators[0].column`. */
  path?: string;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * The values a message names (line, column, counts, path…), so that the UI can say the same
 * thing in another language: its catalogue holds `problem.<code>` (or `problem.<code>.<variant>`
 * when one code has several sentences) with these as `{placeholders}`.
 */
export type Params = Record<string, string | number>;

export interface Problem {
  severity: Severity;
  /** Stable machine-readable code, e.g. `csv.empty`, `ahp.judgment-range`. */
  code: string;
  /** Human-readable English message naming the place. */
  message: string;
  where: Where;
  /** Values the message names, for translation by code (see `Params`). */
  params?: Params;
  /** Which of a code's sentences this is, when the code has several. */
  variant?: string;
}

/** Thrown when input makes the method impossible; the CLI maps it to exit code 2. */
export class InputError extends Error {
  readonly code: string;
  readonly where: Where;
  readonly params?: Params;
  readonly variant?: string;
  constructor(code: string, message: string, where: Where = {}, params?: Params, variant?: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.where = where;
    if (params) this.params = params;
    if (variant) this.variant = variant;
  }

  toProblem(): Problem {
    const p: Problem = { severity: 'error', code: this.code, message: this.message, where: this.where };
    if (this.params) p.params = this.params;
    if (this.variant) p.variant = this.variant;
    return p;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
