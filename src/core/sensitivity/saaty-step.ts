/**
 * One step along Saaty’s 1–9 scale (Saaty 1977, Journal of Mathematical Psychology 15(3), 234–281):
 * the 17 values 1/9, 1/8, …, 1/2, 1, 2, …, 9. A judgment that lies between two scale values (an
 * aggregated group judgment such as 2.449) steps to the next scale value strictly above or below.
 */

/** Saaty's scale, ascending: 1/9 … 1/2, 1, 2 … 9. */
export const SAATY_SCALE: readonly number[] = [...[9, 8, 7, 6, 5, 4, 3, 2].map((k) => 1 / k), 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Relative tolerance under which a judgment counts as sitting on a scale value. */
const TOLERANCE = 1e-9;

/**
 * The scale value one step above (`step` = +1: the row item a little more important) or below
 * (−1) `value`; null at the end of the scale (9 up, 1/9 down) or for a value that is not a
 * positive finite number.
 */
export function saatyStep(value: number, step: 1 | -1): number | null {
  if (!(value > 0) || !Number.isFinite(value)) return null;
  if (step === 1) {
    for (const s of SAATY_SCALE) if (s > value * (1 + TOLERANCE)) return s;
    return null;
  }
  for (let i = SAATY_SCALE.length - 1; i >= 0; i--) if (SAATY_SCALE[i] < value * (1 - TOLERANCE)) return SAATY_SCALE[i];
  return null;
}
