/** Input checks shared by the evaluation scores (TOPSIS, grey relational analysis). */
import { InputError } from '../errors.ts';
import type { Direction } from '../model/project.ts';
import { checkColumns, columnName } from '../stats/check.ts';

/**
 * Checks columns, weights and directions; returns the weights rescaled to Σ w = 1.
 * Errors: no columns, no rows, wrong lengths, a direction other than benefit/cost, a negative or
 * non-finite weight, all weights 0, NaN in the data.
 */
export function checkEvaluationInput(cols: readonly ArrayLike<number>[], weights: ArrayLike<number>, directions: readonly Direction[], names?: readonly string[]): Float64Array {
  const m = cols.length;
  if (m === 0) throw new InputError('scoring.no-columns', 'A score needs at least one indicator column; got none.', {}, {});
  if (weights.length !== m) {
    throw new InputError('scoring.weights-length', `Got ${m} indicator columns but ${weights.length} weights; give one weight per column.`, {}, { columns: m, weights: weights.length });
  }
  if (directions.length !== m) {
    throw new InputError('weighting.directions-length', `Got ${m} columns but ${directions.length} directions; give one direction per column.`, {}, { columns: m, directions: directions.length });
  }
  const n = checkColumns(cols, names);
  if (n === 0) throw new InputError('data.no-rows', 'The data have no rows.', {}, {});
  let sum = 0;
  for (let j = 0; j < m; j++) {
    const name = columnName(names, j);
    if (directions[j] !== 'benefit' && directions[j] !== 'cost') {
      throw new InputError('weighting.direction', `Column "${name}" has direction "${String(directions[j])}"; expected "benefit" or "cost".`, { column: name }, { column: name, value: String(directions[j]) });
    }
    const w = weights[j];
    if (!Number.isFinite(w) || w < 0) throw new InputError('scoring.bad-weight', `The weight of "${name}" is ${w}; weights must be finite and ≥ 0.`, { column: name }, { column: name, value: w });
    sum += w;
  }
  if (!(sum > 0)) throw new InputError('scoring.zero-weights', 'Every indicator weight is 0, so the composite score is undefined.', {}, {});
  return Float64Array.from(weights, (w) => w / sum);
}
