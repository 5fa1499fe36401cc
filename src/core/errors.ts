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

export interface Problem {
  severity: Severity;
  /** Stable machine-readable code, e.g. `csv.empty`, `ahp.judgment-range`. */
  code: string;
  /** Human-readable English message naming the place. */
  message: string;
  where: Where;
}

/** Thrown when input makes the method impossible; the CLI maps it to exit code 2. */
export class InputError extends Error {
  readonly code: string;
  readonly where: Where;
  constructor(code: string, message: string, where: Where = {}) {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.where = where;
  }

  toProblem(): Problem {
    return { severity: 'error', code: this.code, message: this.message, where: this.where };
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
