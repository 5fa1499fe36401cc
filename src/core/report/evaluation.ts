/**
 * The methods paragraph's words for the entropy settings and the evaluation score (weighted
 * sum, TOPSIS, entropy-weight TOPSIS, grey relational analysis), each with its published source.
 */
import type { Project } from '../model/project.ts';
import { short } from './describe.ts';
import type { ReportWords } from './words.ts';

/** Whether the result's weights or scores use the entropy method. */
export function usesEntropy(project: Project): boolean {
  const w = project.options.weighting;
  return w.method === 'entropy' || (w.method === 'combined' && w.objective === 'entropy') || project.options.scoring.method === 'entropy-topsis';
}

/** How the entropy weights were computed: data, shift, formula and source; '' when entropy is not used. */
export function entropySentence(project: Project, { t }: ReportWords): string {
  if (!usesEntropy(project)) return '';
  const { normalisation, shift } = project.options.weighting.entropy ?? { normalisation: 'minmax', shift: 'none' };
  const data = t(normalisation === 'minmax' ? 'report.eval.data.minmax' : 'report.eval.data.raw');
  const moved = t(shift === 'spssau' ? (normalisation === 'minmax' ? 'report.eval.shift.minmax' : 'report.eval.shift.raw') : 'report.eval.shift.none');
  return t('report.eval.entropy', { data, shift: moved });
}

/**
 * The composite score's formula when it is not the weighted sum, with its source; null for the
 * weighted sum (the caller states it with the normalisation it goes with).
 */
export function scoreFormula(project: Project, { t }: ReportWords): string | null {
  const method = project.options.scoring.method ?? 'weighted-sum';
  const topsis = t('report.eval.topsis.steps');
  const criteria = t('report.eval.criteria');
  switch (method) {
    case 'topsis':
      return t('report.eval.topsis', { topsis, criteria });
    case 'entropy-topsis':
      return t('report.eval.entropyTopsis', { topsis, criteria });
    case 'gra':
      return t('report.eval.gra', { rho: short(project.options.scoring.rho ?? 0.5, 3), criteria });
    default:
      return null;
  }
}
