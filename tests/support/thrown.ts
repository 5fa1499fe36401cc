import { InputError } from '../../src/core/errors.ts';

/** The InputError `f` throws; any other error is rethrown, and throwing nothing fails the test. */
export function thrown(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}
