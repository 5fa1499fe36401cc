/**
 * The guided tour of the sample (issue 14, item 2): eight stops, one per step. Each stop has
 * a question whose answer is read from the current project and result — which k the elbow and
 * the silhouette point to, whether this matrix's CR passes, which indicator weighs most — so
 * the answer shown after the student picks is true of what is on the page, also after edits.
 * The words (what the step does, what to look at, the choices and the explanation) are in the
 * i18n catalogue (`tour.<stop>.*`); this module only says which choices there are, which are
 * right and the figures the explanation quotes.
 */
import type { Project } from '../core/model/project.ts';
import type { Result, Scored } from '../core/result.ts';
import { SEGMENT_NAMES, type Locale } from '../core/explain/naming.ts';

export const TOUR_STOPS = ['data', 'indicators', 'judgments', 'weights', 'scores', 'clusters', 'segments', 'export'] as const;
export type TourStop = (typeof TOUR_STOPS)[number];

/** Figures a question or its explanation quotes (numbers are formatted by the page). */
export type Facts = Record<string, string | number>;

export interface Choice {
  /** Stable id (the catalogue key `tour.<stop>.choice.<id>` words it, unless `label` does). */
  id: string;
  /** The choice's own words when it is a value (an indicator's name, "k = 4"). */
  label?: string;
}

export interface TourQuestion {
  choices: Choice[];
  /** Ids of the right choices (more than one when several answers are defensible). */
  correct: string[];
  /** What the question and the explanation quote. */
  facts: Facts;
  /** Which explanation to give (`tour.<stop>.explain.<variant>`), when it depends on the figures. */
  variant?: string;
}

/** Is the choice right? */
export function isRight(q: TourQuestion, id: string): boolean {
  return q.correct.includes(id);
}

/** Data: what the project does with a missing value. */
function dataQuestion(project: Project, result: Scored | null): TourQuestion {
  const policy = project.options.missing;
  const filled = result ? result.missing.columns.reduce((s, c) => s + c.missing, 0) : 0;
  return { choices: [{ id: 'drop' }, { id: 'median' }, { id: 'mean' }, { id: 'zero' }], correct: [policy], facts: { filled } };
}

/** Indicators: the value min–max normalisation gives the customer with the largest value of an indicator. */
function indicatorsQuestion(project: Project): TourQuestion {
  const all = allIndicators(project);
  const cost = all.find((i) => i.direction === 'cost');
  const ind = cost ?? all[0];
  return {
    choices: [{ id: '0' }, { id: 'half' }, { id: '1' }],
    correct: [ind?.direction === 'cost' ? '0' : '1'],
    facts: { name: ind?.name ?? '' },
    variant: ind?.direction === 'cost' ? 'cost' : 'benefit',
  };
}

/** Judgments: is the first matrix with more than two items consistent enough? */
function judgmentsQuestion(result: Scored | null): TourQuestion | null {
  const node = result?.ahp.nodes.find((n) => n.items.length > 2);
  if (!node) return null;
  const a = node.aggregated;
  return {
    choices: [{ id: 'yes' }, { id: 'no' }],
    correct: [a.consistent ? 'yes' : 'no'],
    facts: { node: node.name, nodeId: node.node, n: node.items.length, lambda: a.lambdaMax, ci: a.ci, ri: a.ri, cr: a.cr },
    variant: a.consistent ? 'yes' : 'no',
  };
}

/** Weights: which indicator weighs most (the three largest and the smallest, in hierarchy order). */
function weightsQuestion(result: Scored | null): TourQuestion | null {
  const ws = result?.weights.indicators;
  if (!ws || ws.length < 2) return null;
  const byWeight = [...ws].sort((a, b) => b.final - a.final);
  const picked = new Set([...byWeight.slice(0, 3), byWeight[byWeight.length - 1]].map((w) => w.id));
  const choices = ws.filter((w) => picked.has(w.id)).map((w) => ({ id: w.id, label: w.name }));
  const top = byWeight[0];
  const correct = ws.filter((w) => w.final === top.final).map((w) => w.id);
  return { choices, correct, facts: { name: top.name, w: top.final, second: byWeight[1].name, w2: byWeight[1].final } };
}

/** Scores: the segment of the value matrix of a customer high on current value and low on potential value. */
function scoresQuestion(project: Project, result: Scored | null, locale: Locale): TourQuestion {
  const names = SEGMENT_NAMES[project.options.segmentation.naming] ?? SEGMENT_NAMES.gbank;
  return {
    choices: [{ id: 'hh' }, { id: 'hl' }, { id: 'lh' }, { id: 'll' }],
    correct: ['hl'],
    facts: { name: names.hl[locale], current: result?.matrix?.cut.current ?? Number.NaN, potential: result?.matrix?.cut.potential ?? Number.NaN },
  };
}

/**
 * Clusters: which k. The elbow (Kneedle) and the best mean silhouette are both defensible;
 * the smallest and the largest k of the sweep are offered as the tempting wrong answers
 * (inertia always falls as k grows).
 */
function clustersQuestion(result: Result | null): TourQuestion | null {
  const c = result?.clustering;
  if (!c || c.sweep.length === 0) return null;
  const ks = c.sweep.map((r) => r.k);
  const kMin = Math.min(...ks);
  const kMax = Math.max(...ks);
  const right = [...new Set([c.knee, c.bestSilhouette].filter((k): k is number => k !== null))];
  const shown = [...new Set([kMin, ...right, c.k, kMax])].sort((a, b) => a - b);
  const best = c.sweep.find((r) => r.k === c.bestSilhouette);
  return {
    choices: shown.map((k) => ({ id: String(k), label: `k = ${k}` })),
    correct: right.map(String),
    facts: { knee: c.knee ?? '–', best: c.bestSilhouette ?? '–', s: best?.silhouette ?? Number.NaN, k: c.k, kMax },
    variant: c.knee !== null && c.knee === c.bestSilhouette ? 'agree' : 'differ',
  };
}

/** Segments: what a small p in the ANOVA table says (the indicator most different across segments quoted). */
function segmentsQuestion(result: Result | null): TourQuestion {
  let top: { name: string; f: number } | null = null;
  for (const r of result?.anova.rows ?? []) if (r.f !== null && Number.isFinite(r.f) && (!top || r.f > top.f)) top = { name: r.column, f: r.f };
  return { choices: [{ id: 'differ' }, { id: 'weight' }, { id: 'size' }], correct: ['differ'], facts: { name: top?.name ?? '–', f: top?.f ?? Number.NaN } };
}

/** Export: which export opens the same analysis elsewhere without the customers' rows. */
function exportQuestion(): TourQuestion {
  return { choices: [{ id: 'csv' }, { id: 'project' }, { id: 'report' }], correct: ['project'], facts: {} };
}

function allIndicators(project: Project): { name: string; direction: 'benefit' | 'cost' }[] {
  const out: { name: string; direction: 'benefit' | 'cost' }[] = [];
  const walk = (cs: Project['hierarchy']['criteria']) => {
    for (const c of cs) {
      if (c.subcriteria) walk(c.subcriteria);
      for (const i of c.indicators ?? []) out.push(i);
    }
  };
  walk(project.hierarchy.criteria);
  return out;
}

/** The question of a stop for the current project and result (null while its figures are not computed). */
export function tourQuestion(stop: TourStop, project: Project, result: Result | Scored | null, locale: Locale): TourQuestion | null {
  const full = result && 'clustering' in result ? (result as Result) : null;
  switch (stop) {
    case 'data':
      return dataQuestion(project, result);
    case 'indicators':
      return indicatorsQuestion(project);
    case 'judgments':
      return judgmentsQuestion(result);
    case 'weights':
      return weightsQuestion(result);
    case 'scores':
      return scoresQuestion(project, result, locale);
    case 'clusters':
      return clustersQuestion(full);
    case 'segments':
      return segmentsQuestion(full);
    case 'export':
      return exportQuestion();
  }
}
