import { describe, expect, it } from 'vitest';
import { methodsParagraph, methodsSentences } from '../../../src/core/report/methods.ts';
import { sampleProject, sampleResult } from './builder.ts';
import { reportWords } from '../../../src/i18n/report.ts';

const both = ['en', 'zh-CN'] as const;

describe('methodsParagraph', () => {
  it('names the data source and n in both languages', () => {
    expect(methodsParagraph(sampleProject(), sampleResult(), reportWords('en'))).toContain('Data: customers.csv; 4 customers were analysed (n = 4)');
    expect(methodsParagraph(sampleProject(), sampleResult(), reportWords('zh-CN'))).toContain('数据来自 customers.csv，共 4 个客户参与分析（n = 4）');
  });

  it('says how many rows were dropped for missing values, or what was imputed in which column', () => {
    expect(methodsParagraph(sampleProject(), sampleResult(), reportWords('en'))).toContain(
      'missing values: rows with a missing indicator value dropped, 1 row dropped (deposits: 1 missing; loans: 1 missing)',
    );
    expect(methodsParagraph(sampleProject(), sampleResult(), reportWords('zh-CN'))).toContain('缺失值处理：删除含缺失值的客户，共删除 1 个客户（deposits 缺失 1 个；loans 缺失 1 个）');
    const r = sampleResult([0, 1, 2, 3, 4]);
    r.missing = { policy: 'median', dropped: 0, columns: [{ column: 'loans', missing: 2, imputed: 17.5, lines: [5, 6] }, { column: 'growth', missing: 0, lines: [] }] };
    expect(methodsParagraph(sampleProject(), r, reportWords('en'))).toContain('missing values imputed with the column median (loans: 2 missing, imputed 17.5)');
    expect(methodsParagraph(sampleProject(), r, reportWords('zh-CN'))).toContain('缺失值处理：以该列中位数填补（loans 缺失 2 个，填补为 17.5）');
    r.missing.columns = [];
    expect(methodsParagraph(sampleProject(), r, reportWords('en'))).toContain('the indicator columns had no missing values');
    expect(methodsParagraph(sampleProject(), r, reportWords('zh-CN'))).toContain('指标列无缺失值');
  });

  it('counts criteria, sub-criteria and indicators by direction', () => {
    expect(methodsParagraph(sampleProject(), sampleResult(), reportWords('en'))).toContain(
      'the goal "Customer value" has 2 criteria (Current value, Potential value) with 5 indicators (4 benefit, 1 cost)',
    );
    const p = sampleProject();
    p.hierarchy.criteria[0] = { ...p.hierarchy.criteria[0], indicators: undefined, subcriteria: [{ id: 'assets', name: 'Assets', indicators: p.hierarchy.criteria[0].indicators }] };
    expect(methodsParagraph(p, sampleResult(), reportWords('zh-CN'))).toContain('目标层“Customer value”下设 2 个准则（Current value、Potential value）、1 个子准则，共 5 个指标（正向指标 4 个，负向指标 1 个）');
  });

  it('states the AHP method, the RI table with its source and every CR', () => {
    const en = methodsParagraph(sampleProject(), sampleResult(), reportWords('en'));
    expect(en).toContain('weights by the principal eigenvector method');
    expect(en).toContain('RI from the Saaty (1980) table (source: T. L. Saaty, The Analytic Hierarchy Process, McGraw-Hill, 1980)');
    expect(en).toContain('Customer value CR = 0.0000 (n = 2), Current value CR = 0.0000 (n = 2), Potential value CR = 0.0332; total ranking CR = 0.0111, passed');
    const zh = methodsParagraph(sampleProject(), sampleResult(), reportWords('zh-CN'));
    expect(zh).toContain('用特征向量法（特征根法）计算权重');
    expect(zh).toContain('RI 取 Saaty (1980) 随机一致性指标表（来源：T. L. Saaty, The Analytic Hierarchy Process, McGraw-Hill, 1980）');
    expect(zh).toContain('Potential value CR = 0.0332；层次总排序 CR = 0.0111，通过');
  });

  it('marks a node that fails the consistency test and names the group aggregation', () => {
    const r = sampleResult();
    r.ahp.nodes[2].aggregated = { ...r.ahp.nodes[2].aggregated, cr: 0.1523, consistent: false };
    r.ahp.method = 'geometric';
    r.ahp.aggregation = 'aip';
    const p = sampleProject();
    p.experts.push({ id: 'e2', name: 'Dr Li' });
    const zh = methodsParagraph(p, r, reportWords('zh-CN'));
    expect(zh).toContain('Potential value CR = 0.1523（未通过）');
    expect(zh).toContain('由 2 位专家分别按 1–9 标度法两两比较构造判断矩阵，按各专家权重向量的几何平均（AIP）集结，用几何平均法（方根法）计算权重');
    expect(methodsParagraph(p, r, reportWords('en'))).toContain('Potential value CR = 0.1523 (failed)');
  });

  it('gives α only for a linear combination of AHP and the objective weights', () => {
    const r = sampleResult();
    const p = sampleProject();
    for (const locale of both) expect(methodsParagraph(p, r, reportWords(locale))).not.toContain('α');
    r.weights.method = 'combined';
    p.options.weighting = { method: 'combined', objective: 'critic', combination: 'linear', alpha: 0.7 };
    expect(methodsParagraph(p, r, reportWords('en'))).toContain(
      'Indicator weights: combined subjective–objective weighting (AHP and the CRITIC method): final weight = α·w_AHP + (1 − α)·w_obj with α = 0.7',
    );
    expect(methodsParagraph(p, r, reportWords('zh-CN'))).toContain('指标权重采用主客观组合赋权（AHP 与CRITIC 权重法）：最终权重 = α·w_AHP + (1 − α)·w_obj，α = 0.7');
    p.options.weighting.combination = 'multiplicative';
    for (const locale of both) expect(methodsParagraph(p, r, reportWords(locale))).not.toContain('α');
  });

  it('names the normalisation and the score formula that goes with it', () => {
    const p = sampleProject();
    expect(methodsParagraph(p, sampleResult(), reportWords('en'))).toContain('Normalisation: min–max normalisation to [0, 1] (cost indicators reversed)');
    expect(methodsParagraph(p, sampleResult(), reportWords('en'))).toContain('Composite score S = 100·Σ w_j·x′_ij / Σ w_j (0–100)');
    p.options.normalisation = 'zscore';
    expect(methodsParagraph(p, sampleResult(), reportWords('zh-CN'))).toContain('数据标准化采用Z 分数标准化');
    expect(methodsParagraph(p, sampleResult(), reportWords('zh-CN'))).toContain('综合得分 S = Σ w_j·z_ij / Σ w_j（标准差单位，全体均值为 0）');
  });

  it('states the value matrix cut, the tiers and the ABC cut-offs when the result has them', () => {
    const en = methodsParagraph(sampleProject(), sampleResult(), reportWords('en'));
    expect(en).toContain('the value matrix splits at the mean (current 47.63, potential 53.78)');
    expect(en).toContain('tiers by Deposits at 50 / 100 / 200 (Ordinary, Gold, Platinum, Diamond)');
    expect(en).toContain('ABC classes by cumulative share of composite score at 80% / 95%');
    expect(methodsParagraph(sampleProject(), sampleResult(), reportWords('zh-CN'))).toContain('客户等级按Deposits的阈值 50 / 100 / 200 划分（Ordinary、Gold、Platinum、Diamond）；ABC 分类按综合得分的累计占比 80% / 95% 划分');
    const r = sampleResult();
    r.tiers = null;
    r.abc = null;
    r.matrix = null;
    const zh = methodsParagraph(sampleProject(), r, reportWords('zh-CN'));
    expect(zh).not.toContain('客户价值矩阵');
    expect(zh).not.toContain('客户等级');
    expect(zh).not.toContain('ABC');
  });

  it('states the clustering features, the k range, k, restarts, seed and an exact silhouette', () => {
    const en = methodsParagraph(sampleProject(), sampleResult(), reportWords('en'));
    expect(en).toContain('on the current value score and potential value score');
    expect(en).toContain('k = 2–4 compared by inertia (SSE, elbow), silhouette, Calinski–Harabasz and Davies–Bouldin, and k = 2 chosen');
    expect(en).toContain('7 restarts per run keeping the lowest SSE; random seed 20240601; the silhouette was computed exactly on all 4 customers.');
    const zh = methodsParagraph(sampleProject(), sampleResult(), reportWords('zh-CN'));
    expect(zh).toContain('以当前价值得分与潜在价值得分为聚类变量');
    expect(zh).toContain('取聚类数 k = 2；每次聚类重复 7 次初始化，保留 SSE 最小的结果；随机种子为 20240601；轮廓系数按全部 4 个客户精确计算。');
  });

  it('names mini-batch k-means as an approximation with its batch size when chosen, and plain k-means otherwise', () => {
    const exactEn = methodsParagraph(sampleProject(), sampleResult(), reportWords('en'));
    expect(exactEn).toContain('Clustering: k-means (k-means++ initialisation, at most');
    expect(exactEn).not.toContain('mini-batch');
    const p = sampleProject();
    p.options.segmentation.algorithm = 'mini-batch';
    p.options.segmentation.batchSize = 2048;
    const en = methodsParagraph(p, sampleResult(), reportWords('en'));
    expect(en).toContain(`Clustering: mini-batch k-means (an approximation of k-means: random batches of 2048 customers, k-means++ initialisation, at most ${p.options.segmentation.maxIterations} passes over the data)`);
    const zh = methodsParagraph(p, sampleResult(), reportWords('zh-CN'));
    expect(zh).toContain('采用小批量 K 均值聚类（mini-batch k-means，K 均值的近似算法：每批随机抽取 2048 个客户');
    delete p.options.segmentation.batchSize;
    expect(methodsParagraph(p, sampleResult(), reportWords('en'))).toContain('random batches of 1024 customers');
  });

  it('states the weighting convention of indicator features and a sampled silhouette', () => {
    const r = sampleResult();
    r.clustering.features = 'indicators';
    r.clustering.featureNames = ['deposits', 'loans', 'growth', 'overdue', 'products'];
    r.n = 9000;
    r.clustering.silhouetteSampleSize = 5000;
    const en = methodsParagraph(sampleProject(), r, reportWords('en'));
    expect(en).toContain('on the normalised indicators, each multiplied by its final weight (Deposits, Loans, Growth, Overdue days and Products)');
    expect(en).toContain('the silhouette was computed on a seeded random sample of 5000 customers');
    const zh = methodsParagraph(sampleProject(), r, reportWords('zh-CN'));
    expect(zh).toContain('以标准化后的指标乘以各自最终权重（Deposits、Loans、Growth、Overdue days和Products）为聚类变量');
    expect(zh).toContain('轮廓系数基于 5000 个客户的随机样本（同一随机种子）计算');
  });

  it('is made of sentences (data … clustering, how segments were named, then the sources), each ending with the punctuation of its language', () => {
    const zh = methodsSentences(sampleProject(), sampleResult(), reportWords('zh-CN'));
    const en = methodsSentences(sampleProject(), sampleResult(), reportWords('en'));
    expect(zh.length).toBe(9);
    expect(en.length).toBe(9);
    for (const s of zh) expect(s.endsWith('。')).toBe(true);
    for (const s of en) expect(s.endsWith('.')).toBe(true);
    expect(methodsParagraph(sampleProject(), sampleResult(), reportWords('zh-CN'))).toBe(zh.join(''));
    expect(methodsParagraph(sampleProject(), sampleResult(), reportWords('en'))).toBe(en.join(' '));
    for (const text of [...zh, ...en]) expect(text).not.toMatch(/NaN|undefined|null|\[object/);
  });
});
