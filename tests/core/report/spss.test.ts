/**
 * The SPSS-style report tables and the methods sentence of the QUICK CLUSTER and hierarchical
 * methods (src/core/report/spss.ts), on a pipeline result whose numbers are checked against the
 * shared references in tests/core/pipeline-spss.test.ts; and the dendrogram geometry.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pointsFromRows } from '../../../src/core/cluster/points.ts';
import { agglomerationSchedule, dendrogramLayout, linkage } from '../../../src/core/cluster/hclust/index.ts';
import { readTable } from '../../../src/core/data/read.ts';
import type { Project } from '../../../src/core/model/project.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { methodsParagraph, reportTables, spssTables } from '../../../src/core/report/index.ts';
import { reportWords } from '../../../src/i18n/report.ts';

const root = new URL('../../../', import.meta.url);
const csv = readFileSync(new URL('datasets/corporate_customers.csv', root));
const sample = (): Project => JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8'));

function run(seg: Partial<Project['options']['segmentation']>) {
  const p = sample();
  Object.assign(p.options.segmentation, seg);
  const { table, report, lines } = readTable(csv);
  return { p, r: runPipeline(p, table, { report, lines }) };
}

describe('SPSS-style report tables', () => {
  it('prints no SPSS tables for k-means', () => {
    expect(spssTables(run({}).r, reportWords('en'))).toEqual([]);
  });

  it('prints the six QUICK CLUSTER tables with the footnotes, in SPSS order, and adds them to the report', () => {
    const { p, r } = run({ clusterMethod: 'quick-cluster', quickCluster: { mxiter: 2 } });
    const tables = spssTables(r, reportWords('en'));
    expect(tables.map((t) => t.title)).toEqual(['Initial Cluster Centers', 'Iteration History', 'Final Cluster Centers', 'Distances between Final Cluster Centers', 'ANOVA', 'Number of Cases in each Cluster']);
    const qc = r.clustering.quickCluster!;
    const history = tables[1];
    expect(history.rows).toHaveLength(qc.iterations.length);
    expect(history.notes![0]).toMatch(/^Iterations stopped because the maximum number of iterations was performed\. Iterations failed to converge\. .* The current iteration is 2\./);
    expect(tables[4].notes![0]).toMatch(/descriptive/);
    expect(tables[4].rows.map((row) => row[5])).toEqual(qc.anova.map((a) => a.f));
    expect(tables[5].rows.at(-2)).toEqual(['Valid', r.n]);
    expect(tables[2].rows.at(-1)!.slice(1)).toEqual(qc.segmentOf.map(String));
    expect(reportTables(r, p, reportWords('en')).slice(-6).map((t) => t.id)).toEqual(tables.map((t) => t.id));
    const zh = spssTables(r, reportWords('zh-CN'));
    expect(zh.map((t) => t.title)).toEqual(['初始聚类中心', '迭代历史记录', '最终聚类中心', '最终聚类中心间的距离', 'ANOVA', '每个聚类中的个案数目']);
    expect(zh[1].notes![0]).toMatch(/^由于已执行最大迭代次数，迭代已停止。迭代未能收敛。.*当前迭代为 2。/);
    expect(methodsParagraph(p, r, reportWords('en'))).toMatch(/SPSS QUICK CLUSTER .*MXITER 2, CONVERGE 0; stopped after 2 iterations without converging/);
    expect(methodsParagraph(p, r, reportWords('zh-CN'))).toMatch(/SPSS 快速聚类/);
  });

  it('prints the last stages of the agglomeration schedule with SPSS’s columns and names the linkage in the methods', () => {
    const { p, r } = run({ clusterMethod: 'hclust', hclust: { linkage: 'average' } });
    const [schedule] = spssTables(r, reportWords('en'));
    expect(schedule.title).toBe('Agglomeration Schedule');
    expect(schedule.columns).toHaveLength(7);
    expect(schedule.rows).toHaveLength(40);
    expect(schedule.rows.at(-1)![0]).toBe(r.n - 1);
    expect(schedule.rows.at(-1)![6]).toBe(0);
    expect(schedule.notes!.join(' ')).toMatch(/599 stages; the last 40 are shown/);
    expect(methodsParagraph(p, r, reportWords('en'))).toMatch(/hierarchical \(agglomerative\) clustering .*between-groups linkage .*cut at k = 4/);
    expect(spssTables(r, reportWords('zh-CN'))[0].title).toBe('聚类表（凝聚计划）');
  });
});

describe('dendrogram geometry', () => {
  // 1-D cases 0, 1, 10, 11.5, 30 (single linkage): heights 1, 1.5, 9, 18.5.
  const p = pointsFromRows([[0], [1], [10], [11.5], [30]]);
  const merges = linkage(p, 'single');
  const schedule = agglomerationSchedule(merges, 5, 'single');

  it('draws every merge as a U of three segments at its height, leaves in tree order, the cut between the two heights around k', () => {
    const d = dendrogramLayout(merges, schedule, 5, 2, { scale: 'height' });
    expect(d.leaves.map((l) => l.id)).toEqual([4, 0, 1, 2, 3]);
    expect(d.links).toHaveLength(12);
    expect(d.top).toBe(18.5);
    expect(d.cut).toBe((9 + 18.5) / 2);
    expect(d.leaves.map((l) => l.cluster)).toEqual([1, 0, 0, 0, 0]);
  });

  it('rescales the coefficients to 0–25 as SPSS and collapses the bottom of a large tree into leaves with their sizes', () => {
    const d = dendrogramLayout(merges, schedule, 5, 2, { scale: 'rescaled' });
    expect(d.top).toBe(25);
    expect(Math.min(...d.links.map((l) => l.y2))).toBe(0);
    const top = dendrogramLayout(merges, schedule, 5, 2, { scale: 'height', maxLeaves: 3 });
    expect(top.leaves.map((l) => l.size)).toEqual([1, 2, 2]);
    expect(top.links).toHaveLength(6);
  });
});
