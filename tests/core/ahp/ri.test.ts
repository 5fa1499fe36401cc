import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { RI_TABLES, randomIndex, riTable } from '../../../src/core/ahp/index.ts';
import type { RiTableName } from '../../../src/core/model/project.ts';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);

describe('RI tables', () => {
  it("holds Saaty's 1980 values for n = 1…15", () => {
    expect(range(1, 15).map((n) => RI_TABLES.saaty1980.ri(n))).toEqual([
      0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
    ]);
  });

  it("holds Saaty's 2005 values (AHPy random_index='saaty') for n = 3…15", () => {
    expect(range(3, 15).map((n) => RI_TABLES.saaty2005.ri(n))).toEqual([0.52, 0.89, 1.11, 1.25, 1.35, 1.4, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59]);
  });

  it('holds the Chinese textbook values for n = 3…15', () => {
    expect(range(3, 15).map((n) => RI_TABLES.cn.ri(n))).toEqual([0.52, 0.89, 1.12, 1.26, 1.36, 1.41, 1.46, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59]);
  });

  it('computes Alonso & Lamata RI(n) = (1.7699 n − 4.3513)/(n − 1)', () => {
    // by hand: n = 3 → 0.95840/2 = 0.47920; n = 10 → 13.34770/9 = 1.48308
    expect(RI_TABLES['alonso-lamata'].ri(3)).toBeCloseTo(0.4792, 10);
    expect(RI_TABLES['alonso-lamata'].ri(10)).toBeCloseTo(1.483077778, 8);
    expect(RI_TABLES['alonso-lamata'].ri(2)).toBe(0);
    expect(RI_TABLES['alonso-lamata'].ri(40)).toBeCloseTo((1.7699 * 40 - 4.3513) / 39, 12);
  });

  it('gives 0 for one and two items in every table, and names its source', () => {
    for (const name of Object.keys(RI_TABLES) as RiTableName[]) {
      const t = riTable(name);
      expect(t.name).toBe(name);
      expect([t.ri(1), t.ri(2)]).toEqual([0, 0]);
      expect(t.label.length).toBeGreaterThan(3);
      expect(t.source).toMatch(/\d{4}|https?:/);
    }
  });

  it('has nothing beyond n = 15 in the tabulated tables and says so clearly', () => {
    expect(RI_TABLES.cn.ri(16)).toBeUndefined();
    expect(RI_TABLES.saaty1980.ri(0)).toBeUndefined();
    try {
      randomIndex('cn', 16);
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).code).toBe('ahp.ri-size');
      expect((e as InputError).message).toBe(
        'The Chinese textbooks RI table covers n = 1 to 15, but the matrix has 16 items; choose the Alonso & Lamata RI or split the node into sub-criteria.',
      );
    }
  });

  it('rejects an unknown table name', () => {
    expect(() => riTable('saaty1991' as RiTableName)).toThrow('Unknown RI table "saaty1991"; expected one of saaty1980, saaty2005, cn, alonso-lamata.');
  });
});
