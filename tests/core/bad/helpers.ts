/** Shared helpers of the hostile-input corpus tests: fixture bytes and a small project over them. */
import { readFileSync } from 'node:fs';
import { bigFixtures } from '../../fixtures/bad/make.ts';
import { defaultOptions, type Project, type WeightingMethod } from '../../../src/core/model/project.ts';

const dir = new URL('../../fixtures/bad/', import.meta.url);

/** The bytes of a committed fixture. */
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, dir)));
/** Its text (UTF-8). */
export const fixtureText = (name: string): string => readFileSync(new URL(name, dir), 'utf8');

let big: Record<string, Uint8Array> | undefined;
/** A fixture too big to commit, made by `bigFixtures()` (once per test file). */
export const bigFixture = (name: string): Uint8Array => (big ??= bigFixtures())[name];

/**
 * A two-criterion project over the base table of the corpus (deposits and loans: current
 * value; growth: potential value), AHP judgments 2:1 and 3:1.
 */
export function smallProject(options: { method?: WeightingMethod; k?: number; kMin?: number; kMax?: number } = {}): Project {
  const o = defaultOptions();
  o.weighting.method = options.method ?? 'ahp';
  o.segmentation.k = options.k ?? 2;
  o.segmentation.kMin = options.kMin ?? 2;
  o.segmentation.kMax = options.kMax ?? 3;
  o.segmentation.restarts = 3;
  return {
    version: 1,
    name: 'Corpus project',
    data: { idColumn: 'customer_id' },
    hierarchy: {
      goal: 'Value',
      criteria: [
        {
          id: 'cur',
          name: 'Current value',
          role: 'current',
          indicators: [
            { id: 'dep', name: 'Deposits', column: 'deposits', direction: 'benefit' },
            { id: 'loan', name: 'Loans', column: 'loans', direction: 'benefit' },
          ],
        },
        { id: 'pot', name: 'Potential value', role: 'potential', indicators: [{ id: 'gro', name: 'Growth', column: 'growth', direction: 'benefit' }] },
      ],
    },
    experts: [{ id: 'e1', name: 'Expert 1' }],
    judgments: [
      { node: 'goal', expert: 'e1', items: ['cur', 'pot'], matrix: [[1, 2], ['1/2', 1]] },
      { node: 'cur', expert: 'e1', items: ['dep', 'loan'], matrix: [[1, 3], ['1/3', 1]] },
    ],
    options: o,
  };
}

/** A problem as the corpus tests compare it (severity, code, message, where), written on one line. */
export const said = (severity: 'error' | 'warning' | 'info', code: string, message: string, where: Record<string, unknown>) => ({ severity, code, message, where });
