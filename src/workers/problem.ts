/** What a worker replies when a request fails: the core's problem, or an internal error in its words. */
import { isInputError, type Problem } from '../core/errors.ts';

/** An InputError's problem as it is; anything else becomes `internal` with the error's message. */
export function toProblem(e: unknown): Problem {
  if (isInputError(e)) return e.toProblem();
  const detail = String((e as Error)?.message ?? e);
  return { severity: 'error', code: 'internal', message: `Internal error: ${detail}`, where: {}, params: { detail } };
}
