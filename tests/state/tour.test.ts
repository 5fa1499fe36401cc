import { describe, expect, it } from 'vitest';
import sample from '../../datasets/corporate_customers.project.json';
import type { Project } from '../../src/core/model/project.ts';
import type { Result } from '../../src/core/result.ts';
import { catalogues, translate, type MessageKey } from '../../src/i18n/index.ts';
import { isRight, TOUR_STOPS, tourQuestion, type TourQuestion } from '../../src/state/tour.ts';

const project = () => structuredClone(sample) as Project;

/** The parts of a result the tour reads (the rest is never touched). */
function result(o: { knee?: number | null; best?: number | null; k?: number; ks?: number[]; cr?: number; weights?: [string, number][] } = {}): Result {
  const ks = o.ks ?? [2, 3, 4, 5, 6, 7, 8];
  const cr = o.cr ?? 0.015;
  return {
    missing: { policy: 'median', dropped: 0, columns: [{ column: 'a', missing: 2, lines: [3, 9] }, { column: 'b', missing: 7, lines: [] }] },
    ahp: {
      nodes: [
        { node: 'goal', name: 'Goal', items: [{ id: 'current', name: 'C' }, { id: 'potential', name: 'P' }], aggregated: { consistent: true, lambdaMax: 2, ci: 0, ri: 0, cr: 0 } },
        { node: 'current', name: 'Current value', items: [1, 2, 3, 4, 5].map((i) => ({ id: `i${i}`, name: `I${i}` })), aggregated: { consistent: cr < 0.1, lambdaMax: 5.068, ci: 0.017, ri: 1.12, cr } },
      ],
    },
    weights: { indicators: (o.weights ?? [['a', 0.1], ['b', 0.4], ['c', 0.05], ['d', 0.25], ['e', 0.2]]).map(([id, w]) => ({ id, name: id.toUpperCase(), final: w })) },
    matrix: { cut: { current: 41.5, potential: 38.25 }, quadrant: new Uint8Array(), counts: [] },
    clustering: { sweep: ks.map((k) => ({ k, inertia: 1000 / k, silhouette: k === (o.best ?? 4) ? 0.527 : 0.4 })), knee: o.knee === undefined ? 3 : o.knee, bestSilhouette: o.best === undefined ? 4 : o.best, k: o.k ?? 4 },
    anova: { groups: [1, 2], sizes: [3, 3], rows: [{ column: 'Deposits', f: 12.5 }, { column: 'Loans', f: 80.25 }, { column: 'Fees', f: null }], problems: [] },
  } as unknown as Result;
}

const ask = (stop: (typeof TOUR_STOPS)[number], r: Result | null = result(), p = project()) => tourQuestion(stop, p, r, 'en') as TourQuestion;

describe('the tour’s k question', () => {
  it('takes the elbow and the best silhouette as right, and offers the smallest and the largest k of the sweep as wrong', () => {
    const q = ask('clusters', result({ knee: 3, best: 4, k: 4 }));
    expect(q.choices.map((c) => c.id)).toEqual(['2', '3', '4', '8']);
    expect(q.correct.sort()).toEqual(['3', '4']);
    expect(isRight(q, '8')).toBe(false);
    expect(isRight(q, '2')).toBe(false);
    expect(q.variant).toBe('differ');
    expect(q.facts).toMatchObject({ knee: 3, best: 4, s: 0.527, kMax: 8, k: 4 });
  });

  it('says the two agree when the elbow and the silhouette point to the same k', () => {
    const q = ask('clusters', result({ knee: 4, best: 4 }));
    expect(q.correct).toEqual(['4']);
    expect(q.variant).toBe('agree');
    expect(q.choices.map((c) => c.id)).toEqual(['2', '4', '8']);
  });

  it('without a knee (a straight inertia curve) takes the best silhouette alone', () => {
    const q = ask('clusters', result({ knee: null, best: 5 }));
    expect(q.correct).toEqual(['5']);
    expect(q.facts.knee).toBe('–');
  });

  it('waits for the full result (no sweep before the k-means run)', () => {
    expect(tourQuestion('clusters', project(), null, 'en')).toBeNull();
    const scoredOnly = { ...result() } as Partial<Result>;
    delete scoredOnly.clustering;
    expect(tourQuestion('clusters', project(), scoredOnly as Result, 'en')).toBeNull();
  });
});

describe('the tour’s other questions read the page’s own figures', () => {
  it('CR: the first matrix with more than two items, acceptable below 0.10 only', () => {
    expect(ask('judgments', result({ cr: 0.015 })).correct).toEqual(['yes']);
    const bad = ask('judgments', result({ cr: 0.1 }));
    expect(bad.correct).toEqual(['no']);
    expect(bad.facts).toMatchObject({ node: 'Current value', nodeId: 'current', n: 5, cr: 0.1 });
  });

  it('weights: the largest final weight is right; the three largest and the smallest are offered in hierarchy order', () => {
    const q = ask('weights');
    expect(q.choices.map((c) => c.id)).toEqual(['b', 'c', 'd', 'e']);
    expect(q.correct).toEqual(['b']);
    expect(q.facts).toMatchObject({ name: 'B', w: 0.4, second: 'D', w2: 0.25 });
  });

  it('normalisation: a cost indicator’s largest value gets 0, a benefit indicator’s gets 1', () => {
    const q = ask('indicators');
    expect(q.correct).toEqual(['0']);
    expect(q.variant).toBe('cost');
    const p = project();
    for (const c of p.hierarchy.criteria) for (const i of c.indicators ?? []) i.direction = 'benefit';
    const b = ask('indicators', result(), p);
    expect(b.correct).toEqual(['1']);
    expect(b.variant).toBe('benefit');
  });

  it('missing values: the project’s own policy is the right answer', () => {
    const p = project();
    expect(ask('data', result(), p).correct).toEqual([p.options.missing]);
    p.options.missing = 'drop';
    expect(ask('data', result(), p).correct).toEqual(['drop']);
    expect(ask('data').facts.filled).toBe(9);
  });

  it('value matrix: high current and low potential, named by the project’s naming scheme in the page’s language', () => {
    const p = project();
    expect(ask('scores', result(), p).facts.name).toBe('High present value');
    p.options.segmentation.naming = 'bankA';
    expect(tourQuestion('scores', p, result(), 'zh-CN')!.facts.name).toBe('一般客户');
  });

  it('ANOVA: quotes the indicator with the largest finite F', () => {
    expect(ask('segments').facts).toEqual({ name: 'Loans', f: 80.25 });
  });
});

describe('the tour’s words', () => {
  it('exist for every stop, choice and explanation in both languages, with every placeholder filled', () => {
    for (const stop of TOUR_STOPS) {
      const q = ask(stop);
      const facts = Object.fromEntries(Object.entries(q.facts).map(([k, v]) => [k, String(v)]));
      const keys = [`tour.${stop}.does`, `tour.${stop}.look`, `tour.${stop}.question`, q.variant ? `tour.${stop}.explain.${q.variant}` : `tour.${stop}.explain`];
      for (const c of q.choices) if (c.label === undefined) keys.push(`tour.${stop}.choice.${c.id}`);
      for (const locale of ['en', 'zh-CN'] as const) {
        for (const key of keys) {
          expect(Object.hasOwn(catalogues[locale], key), `${locale} ${key}`).toBe(true);
          expect(translate(locale, key as MessageKey, facts), `${locale} ${key}`).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });
});
