import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/core/data/read.ts';
import type { Project } from '../../../src/core/model/project.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { methodsParagraph, methodsSentences } from '../../../src/core/report/methods.ts';
import { reportWords } from '../../../src/i18n/report.ts';

const root = new URL('../../../', import.meta.url);
const project = JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8')) as Project;
const { table, report, lines } = readTable(readFileSync(new URL('datasets/corporate_customers.csv', root)));

describe('the methods paragraph on the sensitivity analysis', () => {
  const result = runPipeline(project, table, { report, lines, sensitivity: true });
  const s = result.sensitivity!;
  const judgments = new Set(s.rows.filter((r) => r.kind === 'judgment').map((r) => `${r.node}|${r.expert}|${r.row}|${r.col}`)).size;
  const weights = new Set(s.rows.filter((r) => r.kind === 'weight').map((r) => r.indicator)).size;
  const maxRev = Math.max(...s.rows.map((r) => r.rankReversals));
  const maxSeg = Math.max(...s.rows.map((r) => r.segmentChange ?? 0));

  it('says what was perturbed, what was counted and the largest effects, with the sources, in English', () => {
    expect(judgments).toBeGreaterThan(0);
    const text = methodsParagraph(project, result, reportWords('en'));
    expect(text).toContain(`Sensitivity analysis: one change at a time, each of ${judgments} judgments was moved one step along Saaty's 1–9 scale up and down and each of ${weights} final weights by ±10 % (rescaled to sum 1)`);
    expect(text).toContain(`at most ${maxRev} rank reversal`);
    expect(text).toContain(`at most ${(maxSeg * 100).toFixed(1)}% of customers changed segment`);
    expect(text).toContain('Triantaphyllou E., Sánchez A. (1997)');
    expect(text).toContain('Kuhn H. W. (1955)');
    // Before the sources sentence, after clustering.
    const sentences = methodsSentences(project, result, reportWords('en'));
    const i = sentences.findIndex((x) => x.startsWith('Sensitivity analysis'));
    expect(sentences[i + 1].startsWith('Sources:')).toBe(true);
  });

  it('says the same in Chinese', () => {
    const text = methodsParagraph(project, result, reportWords('zh-CN'));
    expect(text).toContain(`敏感性分析：每次只改动一处，将 ${judgments} 个判断逐一沿 Saaty 1–9 标度上调和下调一级，并将 ${weights} 个最终权重逐一上下调整 10%（再归一化）`);
    expect(text).toContain(`细分类别最多变动 ${(maxSeg * 100).toFixed(1)}%`);
    expect(text).toContain('匈牙利算法');
  });

  it('leaves the sentence out when the analysis was not run', () => {
    const plain = runPipeline(project, table, { report, lines });
    expect(methodsParagraph(project, plain, reportWords('en'))).not.toContain('Sensitivity analysis');
    expect(methodsParagraph(project, plain, reportWords('zh-CN'))).not.toContain('敏感性分析');
  });
});
