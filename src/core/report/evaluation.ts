/**
 * The methods paragraph's words for the entropy settings and the evaluation score (weighted
 * sum, TOPSIS, entropy-weight TOPSIS, grey relational analysis), each with its published source.
 */
import type { Project } from '../model/project.ts';
import { short } from './describe.ts';
import type { ReportLocale } from './terms.ts';

/** Whether the result's weights or scores use the entropy method. */
export function usesEntropy(project: Project): boolean {
  const w = project.options.weighting;
  return w.method === 'entropy' || (w.method === 'combined' && w.objective === 'entropy') || project.options.scoring.method === 'entropy-topsis';
}

/** How the entropy weights were computed: data, shift, formula and source; '' when entropy is not used. */
export function entropySentence(project: Project, locale: ReportLocale): string {
  if (!usesEntropy(project)) return '';
  const zh = locale === 'zh-CN';
  const { normalisation, shift } = project.options.weighting.entropy ?? { normalisation: 'minmax', shift: 'none' };
  const data =
    normalisation === 'minmax'
      ? zh
        ? '在按指标方向极差标准化后的数据上'
        : 'on the min–max normalised data (cost indicators reversed)'
      : zh
        ? '在原始数据上（不做标准化，同 SPSSAU 熵值法）'
        : 'on the raw values (no normalisation, as SPSSAU’s entropy method)';
  const moved =
    shift === 'spssau'
      ? normalisation === 'minmax'
        ? zh
          ? '按 SPSSAU 做非负平移（标准化后各列最小值为 0，故各值加 0.01）'
          : 'with SPSSAU’s non-negative shift (the normalised minimum is 0, so 0.01 is added to every value)'
        : zh
          ? '按 SPSSAU 做非负平移（最小值 ≤ 0 的列加 |min| + 0.01）'
          : 'with SPSSAU’s non-negative shift (|min| + 0.01 added to a column whose minimum is ≤ 0)'
      : zh
        ? '不做平移（约定 0·ln 0 = 0）'
        : 'without a shift (0·ln 0 = 0)';
  return zh
    ? `熵权法${data}计算，${moved}：p_ij = x_ij / Σ_i x_ij，e_j = −(1/ln n) Σ_i p_ij ln p_ij，d_j = 1 − e_j，w_j = d_j / Σ d_j（郭显光，1998，《系统工程理论与实践》18(12)，第 98–102 页）`
    : `Entropy weights were computed ${data} ${moved}: p_ij = x_ij / Σ_i x_ij, e_j = −(1/ln n) Σ_i p_ij ln p_ij, d_j = 1 − e_j, w_j = d_j / Σ d_j (Guo Xianguang 1998, Systems Engineering — Theory & Practice 18(12), pp. 98–102)`;
}

/**
 * The composite score's formula when it is not the weighted sum, with its source; null for the
 * weighted sum (the caller states it with the normalisation it goes with).
 */
export function scoreFormula(project: Project, locale: ReportLocale): string | null {
  const zh = locale === 'zh-CN';
  const method = project.options.scoring.method ?? 'weighted-sum';
  const topsis = zh
    ? '各指标向量归一化 r_ij = x_ij / √(Σ_i x_ij²) 后乘以权重，按指标方向取正理想解与负理想解，D⁺、D⁻ 为欧氏距离，贴近度 C = D⁻/(D⁺ + D⁻)（Hwang & Yoon，1981，Multiple Attribute Decision Making，Springer，第 128–140 页）'
    : 'vector normalisation r_ij = x_ij / √(Σ_i x_ij²) times the weights, ideal and anti-ideal solutions by indicator direction, Euclidean distances D⁺ and D⁻, closeness C = D⁻/(D⁺ + D⁻) (Hwang & Yoon 1981, Multiple Attribute Decision Making, Springer, pp. 128–140)';
  const crit = zh ? '当前价值与潜在价值得分按同一方法只用各准则下的指标计算' : "the current and potential value scores apply the same method to each criterion's indicators";
  switch (method) {
    case 'topsis':
      return zh ? `综合得分采用 TOPSIS 法，S = 100·C：${topsis}；${crit}` : `Composite score by TOPSIS, S = 100·C: ${topsis}; ${crit}`;
    case 'entropy-topsis':
      return zh
        ? `综合得分采用熵权 TOPSIS 法（以熵权代替最终权重），S = 100·C：${topsis}；${crit}`
        : `Composite score by entropy-weight TOPSIS (entropy weights instead of the final weights), S = 100·C: ${topsis}; ${crit}`;
    case 'gra': {
      const rho = short(project.options.scoring.rho ?? 0.5, 3);
      return zh
        ? `综合得分采用灰色关联分析，S = 100·γ：按方向极差标准化，参考序列取各指标最优值 1，关联系数 ξ_ij = (Δmin + ρΔmax)/(Δ_ij + ρΔmax)，分辨系数 ρ = ${rho}，关联度 γ_i = Σ_j w_j ξ_ij（邓聚龙，1982，Systems & Control Letters 1(5)，第 288–294 页；Deng，1989，The Journal of Grey System 1(1)，第 1–24 页）；${crit}`
        : `Composite score by grey relational analysis, S = 100·γ: min–max normalisation by direction, reference series 1 (the best value of each indicator), coefficient ξ_ij = (Δmin + ρΔmax)/(Δ_ij + ρΔmax) with distinguishing coefficient ρ = ${rho}, grade γ_i = Σ_j w_j ξ_ij (Deng 1982, Systems & Control Letters 1(5), pp. 288–294; Deng 1989, The Journal of Grey System 1(1), pp. 1–24); ${crit}`;
    }
    default:
      return null;
  }
}
