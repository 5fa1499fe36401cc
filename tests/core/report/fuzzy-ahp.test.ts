import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buckleyGeometric } from '../../../src/core/ahp/fuzzy/buckley.ts';
import { fuzzifyJudgment, tfnReciprocal } from '../../../src/core/ahp/fuzzy/tfn.ts';
import { fuzzyAhpTables } from '../../../src/core/report/fuzzy-ahp.ts';
import { methodsParagraph } from '../../../src/core/report/methods.ts';
import { reportTables } from '../../../src/core/report/tables.ts';
import { sampleProject, sampleResult } from './builder.ts';
import { reportWords } from '../../../src/i18n/report.ts';

/** numpy from the published formulas: tests/reference/fuzzy_ahp_reference.py ("saaty-classic-3" is the builder's Potential value node). */
const ref = JSON.parse(readFileSync(new URL('../../fixtures/ahp/fuzzy-reference.json', import.meta.url), 'utf8'));
const classic = ref.crisp['saaty-classic-3'];
const f4 = (x: number[]) => `(${x.map((v) => v.toFixed(4)).join(', ')})`;

function fuzzyResult(method: 'fuzzy-chang' | 'fuzzy-buckley') {
  const r = sampleResult();
  r.ahp.method = method;
  const w = classic[method === 'fuzzy-chang' ? 'chang' : 'buckley'].weights as number[];
  r.ahp.nodes[2].local = w;
  r.ahp.nodes[2].aggregated = { ...r.ahp.nodes[2].aggregated, weights: w };
  return r;
}

describe('fuzzy AHP report tables', () => {
  it('prints no fuzzy table for a crisp AHP method', () => {
    expect(fuzzyAhpTables(sampleResult(), reportWords('en'))).toEqual([]);
  });

  it("prints the triangular fuzzy matrix and Chang's extents, degrees and weights of each node as numpy computes them", () => {
    const tables = fuzzyAhpTables(fuzzyResult('fuzzy-chang'), reportWords('en'));
    expect(tables.map((t) => t.id)).toEqual(['fuzzy-matrix:goal', 'fuzzy-weights:goal', 'fuzzy-matrix:current', 'fuzzy-weights:current', 'fuzzy-matrix:potential', 'fuzzy-weights:potential']);
    const matrix = tables[4];
    expect(matrix.rows[0]).toEqual(['Growth', '(1, 1, 1)', '(2, 3, 4)', '(4, 5, 6)']);
    expect(matrix.rows[2]).toEqual(['Products', '(1/6, 1/5, 1/4)', '(1/4, 1/3, 1/2)', '(1, 1, 1)']);
    const weights = tables[5];
    expect(weights.columns).toEqual(['Potential value', 'Fuzzy synthetic extent S_i (l, m, u)', 'd(A_i) = min V(S_i ≥ S_k)', 'Weight']);
    weights.rows.forEach((row, i) => {
      expect(row[1]).toBe(f4(classic.chang.extents[i]));
      expect(Math.abs((row[2] as number) - classic.chang.degrees[i])).toBeLessThan(1e-12);
      expect(Math.abs((row[3] as number) - classic.chang.weights[i])).toBeLessThan(1e-12);
    });
    expect(weights.notes!.join(' ')).toContain('Products has weight 0');
    expect(weights.notes!.join(' ')).toContain('CR = 0.0332');
    expect(weights.notes!.join(' ')).toContain('Chang D.-Y. (1996) Applications of the extent analysis method on fuzzy AHP. European Journal of Operational Research 95(3): 649–655');
  });

  it("prints Buckley's fuzzy geometric means, fuzzy weights and centroids as numpy computes them, in Chinese too", () => {
    const tables = fuzzyAhpTables(fuzzyResult('fuzzy-buckley'), reportWords('zh-CN'));
    const weights = tables[5];
    expect(weights.title).toBe('模糊层次分析法权重（Buckley 几何平均法，Potential value）');
    weights.rows.forEach((row, i) => {
      expect(row[1]).toBe(f4(classic.buckley.means[i]));
      expect(row[2]).toBe(f4(classic.buckley.fuzzyWeights[i]));
      expect(Math.abs((row[3] as number) - classic.buckley.centroids[i])).toBeLessThan(1e-12);
      expect(Math.abs((row[4] as number) - classic.buckley.weights[i])).toBeLessThan(1e-12);
    });
    expect(weights.notes!.join('')).toContain('一致性检验按中值矩阵');
    expect(weights.notes!.join('')).not.toContain('权重为 0');
  });

  it('puts the fuzzy tables right after the judgment matrices in the report', () => {
    const ids = reportTables(fuzzyResult('fuzzy-chang'), sampleProject(), reportWords('en')).map((t) => t.id);
    expect(ids.indexOf('fuzzy-matrix:goal')).toBe(ids.indexOf('ahp-matrix:potential') + 1);
    expect(ids.indexOf('ahp-consistency')).toBe(ids.indexOf('fuzzy-weights:potential') + 1);
  });

  it('says in the methods paragraph how the judgments were fuzzified, which method weighted them and where it was published', () => {
    const en = methodsParagraph(sampleProject(), fuzzyResult('fuzzy-chang'), reportWords('en'));
    expect(en).toContain("weights by the fuzzy AHP (triangular fuzzy numbers, Chang's extent analysis)");
    expect(en).toContain('Fuzzy AHP: the judgments were read as triangular fuzzy numbers (1 → (1, 1, 1), k = 2…8 → (k − 1, k, k + 1), 9 → (9, 9, 9)');
    expect(en).toContain('consistency was checked on the middle (crisp) matrix');
    expect(en).toContain("fuzzy AHP (Chang's extent analysis): Chang D.-Y. (1996)");
    expect(en).toContain('zero weights of extent analysis: Wang Y.-M., Luo Y., Hua Z. (2008)');
    const zh = methodsParagraph(sampleProject(), fuzzyResult('fuzzy-buckley'), reportWords('zh-CN'));
    expect(zh).toContain('用模糊层次分析法（三角模糊数，Buckley 几何平均法）计算权重');
    expect(zh).toContain('模糊层次分析法（Buckley 几何平均法）：Buckley J. J. (1985) Fuzzy hierarchical analysis. Fuzzy Sets and Systems 17(3): 233–247');
    expect(zh).not.toContain('Wang Y.-M.');
  });

  it("names the fuzzy method, not Saaty's eigenvector method, as what weighted the judgments, in both languages", () => {
    for (const method of ['fuzzy-chang', 'fuzzy-buckley'] as const) {
      const project = sampleProject();
      const en = methodsParagraph(project, fuzzyResult(method), reportWords('en'));
      const zh = methodsParagraph(project, fuzzyResult(method), reportWords('zh-CN'));
      expect(en).not.toMatch(/eigenvector method/);
      expect(zh).not.toContain('特征向量法');
      expect(en).toContain('AHP (1–9 scale, CI/CR of the middle matrix and the CR < 0.10 rule): Saaty T. L. (1980)');
      expect(zh).toContain('层次分析法（1–9 标度、中值矩阵的 CI/CR 与 CR < 0.10 准则）：Saaty T. L. (1980)');
      expect(en).toContain(method === 'fuzzy-chang' ? "weighted by Chang's extent analysis" : "weighted by Buckley's fuzzy geometric mean");
      expect(zh).toContain(method === 'fuzzy-chang' ? '按 Chang 范围分析法' : '按 Buckley 几何平均法');
    }
    // the eigenvector method keeps its name
    expect(methodsParagraph(sampleProject(), sampleResult(), reportWords('en'))).toContain('AHP (1–9 scale, eigenvector method, CI/CR and the CR < 0.10 rule)');
  });

  it('says the fuzzy scale once, under the first fuzzy matrix, not under every matrix', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const tables = fuzzyAhpTables(fuzzyResult('fuzzy-buckley'), reportWords(locale));
      const withScale = tables.filter((t) => (t.notes ?? []).some((n) => n.includes('k = 2…8 → (k − 1, k, k + 1)')));
      expect(withScale.map((t) => t.id)).toEqual(['fuzzy-matrix:goal']);
      expect(tables.filter((t) => t.id.startsWith('fuzzy-matrix:')).length).toBe(3);
    }
  });

  it('prints judgments entered as (l, m, u) as entered, names them under their matrix and says so in the methods paragraph', () => {
    const r = fuzzyResult('fuzzy-buckley');
    const node = r.ahp.nodes[2];
    const f = node.aggregated.matrix.map((row) => row.map((a) => fuzzifyJudgment(a)));
    f[0][1] = [1, 3, 7];
    f[1][0] = tfnReciprocal(f[0][1]);
    node.aggregated = { ...node.aggregated, fuzzy: f };
    const tables = fuzzyAhpTables(r, reportWords('en'));
    const matrix = tables.find((t) => t.id === 'fuzzy-matrix:potential')!;
    expect(matrix.rows[0][2]).toBe('(1, 3, 7)');
    expect(matrix.notes).toContain('Entered as (l, m, u): Growth – Overdue days.');
    const weights = tables.find((t) => t.id === 'fuzzy-weights:potential')!;
    const b = buckleyGeometric(f);
    weights.rows.forEach((row, i) => expect(Math.abs((row[4] as number) - b.weights[i])).toBeLessThan(1e-12));
    expect(tables[0].notes!.join(' ')).toContain('Judgments entered as triangular fuzzy numbers (l, m, u) are used as entered');
    const zh = fuzzyAhpTables(r, reportWords('zh-CN')).find((t) => t.id === 'fuzzy-matrix:potential')!;
    expect(zh.notes).toContain('直接输入的模糊判断：Growth – Overdue days。');
    expect(methodsParagraph(sampleProject(), r, reportWords('en'))).toContain('some judgments were given directly as triangular fuzzy numbers (l, m, u), the others were read as triangular fuzzy numbers');
    expect(methodsParagraph(sampleProject(), r, reportWords('zh-CN'))).toContain('部分判断由专家直接给出三角模糊数 (l, m, u)，其余判断按三角模糊数标度读取');
  });
});
