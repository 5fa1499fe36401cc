import { describe, expect, it } from 'vitest';
import { analyseMatrix } from '../../../src/core/ahp/index.ts';
import { entropyWeights } from '../../../src/core/weighting/entropy.ts';
import { ahpExercise, checkAnswer, entropyExercise, SCALE, TOLERANCE } from '../../../src/core/teach/exercise.ts';

const onScale = (v: number) => SCALE.some((s) => Math.abs(s - v) < 1e-12);

describe('ahpExercise', () => {
  it('gives the same matrix and question for the same seed, and another for another seed', () => {
    const a = ahpExercise(7, { method: 'eigen', ri: 'saaty1980' });
    expect(ahpExercise(7, { method: 'eigen', ri: 'saaty1980' })).toEqual(a);
    const others = [8, 9, 10, 11].map((s) => JSON.stringify(ahpExercise(s, { method: 'eigen', ri: 'saaty1980' }).matrix));
    expect(others.some((m) => m !== JSON.stringify(a.matrix))).toBe(true);
  });

  it('draws reciprocal 3×3 or 4×4 matrices on Saaty’s scale that are not perfectly consistent', () => {
    const sizes = new Set<number>();
    for (let seed = 1; seed <= 60; seed++) {
      const ex = ahpExercise(seed, { method: 'geometric', ri: 'saaty1980' });
      const n = ex.matrix.length;
      sizes.add(n);
      for (let i = 0; i < n; i++) {
        expect(ex.matrix[i][i]).toBe(1);
        for (let j = 0; j < n; j++) {
          expect(onScale(ex.matrix[i][j])).toBe(true);
          expect(ex.matrix[i][j] * ex.matrix[j][i]).toBeCloseTo(1, 12);
        }
      }
      expect(ex.solution.ci).toBeGreaterThan(0);
    }
    expect([...sizes].sort()).toEqual([3, 4]);
  });

  it('asks for λmax, CI, CR or a weight and takes the answer from the engine’s analysis of the matrix', () => {
    const asked = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const ex = ahpExercise(seed, { method: 'eigen', ri: 'cn' });
      asked.add(ex.ask);
      const a = analyseMatrix(ex.matrix, { method: 'eigen', ri: 'cn' });
      const expected = ex.ask === 'weight' ? a.weights[ex.item] : a[ex.ask];
      expect(ex.answer).toBe(expected);
    }
    expect([...asked].sort()).toEqual(['ci', 'cr', 'lambdaMax', 'weight']);
    expect(ahpExercise(3, { method: 'eigen', ri: 'cn', n: 4, ask: 'cr' })).toMatchObject({ ask: 'cr' });
    expect(ahpExercise(3, { method: 'eigen', ri: 'cn', n: 4 }).matrix.length).toBe(4);
  });
});

describe('entropyExercise', () => {
  it('gives a 5-row, 3-column table of positive integers without a constant column, and its entropy weight', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const ex = entropyExercise(seed);
      expect(ex.table.length).toBe(5);
      const cols = [0, 1, 2].map((j) => ex.table.map((r) => r[j]));
      for (const c of cols) expect(new Set(c).size).toBeGreaterThan(1);
      const w = entropyWeights(cols, { directions: ['benefit', 'benefit', 'benefit'] }).weights;
      expect(ex.answer).toBe(w[ex.column]);
    }
    expect(entropyExercise(5)).toEqual(entropyExercise(5));
  });
});

describe('checkAnswer', () => {
  it('is right within the tolerance and wrong outside it', () => {
    expect(checkAnswer('0.015', 0.0152)).toMatchObject({ status: 'right', given: 0.015 });
    expect(checkAnswer('0.016', 0.0152)).toMatchObject({ status: 'right' });
    expect(checkAnswer('0.018', 0.0152)).toMatchObject({ status: 'wrong', answer: 0.0152 });
    expect(checkAnswer(String(0.0152 + TOLERANCE * 1.01), 0.0152).status).toBe('wrong');
  });

  it('reads a comma decimal mark, full-width digits, a percentage and spaces', () => {
    expect(checkAnswer(' 0,419 ', 0.4191).status).toBe('right');
    expect(checkAnswer('０．４１９', 0.4191).status).toBe('right');
    expect(checkAnswer('41.9%', 0.4191).status).toBe('right');
    expect(checkAnswer('5.068', 5.0681).status).toBe('right');
  });

  it('says an answer that is not a number is unreadable, not wrong', () => {
    for (const t of ['', 'abc', '1/3', '0.1.2', '--1']) expect(checkAnswer(t, 0.3).status).toBe('unreadable');
  });
});
