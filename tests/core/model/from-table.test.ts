import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { nameFromFile, projectFromLayout, projectFromTable, proposeLayout, type TableShape } from '../../../src/core/model/from-table.ts';
import { validateProject } from '../../../src/core/model/validate.ts';
import { readTable } from '../../../src/core/data/read.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';

const gbk = new Uint8Array(readFileSync(new URL('../../fixtures/newproject/wholesale_gbk.csv', import.meta.url)));
const read = () => readTable(gbk, { fileName: 'wholesale_gbk.csv' });

describe('a new project from a data file', () => {
  it('detects the customer number, splits the six numeric columns three and three under current and potential value, and offers the two categorical columns', () => {
    const { report } = read();
    const layout = proposeLayout(report);
    expect(layout.idColumn).toBe('客户编号');
    expect(layout.indicators.map((p) => [p.column, p.placement, p.direction])).toEqual([
      ['生鲜', 'current', 'benefit'],
      ['奶制品', 'current', 'benefit'],
      ['杂货', 'current', 'benefit'],
      ['冷冻', 'potential', 'benefit'],
      ['洗涤纸品', 'potential', 'benefit'],
      ['熟食', 'potential', 'benefit'],
    ]);
    expect(layout.categorical).toEqual(['渠道', '地区']);
    expect(layout.compositionColumn).toBe('渠道');
  });

  it('makes a Chinese project named after the file that fits the file and runs through the whole method', () => {
    const { report, table } = read();
    const p = projectFromTable(report, { locale: 'zh-CN', name: nameFromFile('D:\\data\\wholesale_gbk.csv'), source: 'wholesale_gbk.csv' });
    expect(p.name).toBe('wholesale_gbk');
    expect(p.hierarchy.goal).toBe('客户价值');
    expect(p.hierarchy.criteria.map((c) => [c.name, c.role])).toEqual([['当前价值', 'current'], ['潜在价值', 'potential']]);
    expect(p.experts).toEqual([{ id: 'e1', name: '专家 1' }]);
    // Equal judgments for the goal and both criteria.
    expect(p.judgments.map((j) => [j.node, j.items.length, j.matrix.flat().every((v) => v === 1)])).toEqual([['goal', 2, true], ['current', 3, true], ['potential', 3, true]]);
    const columns = report.columns.map((c) => ({ name: c.name, type: c.type }));
    expect(validateProject(p, columns).filter((x) => x.severity === 'error')).toEqual([]);
    const result = runPipeline(p, table, { report });
    expect(result.clustering.sweep.map((r) => r.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.clustering.k).toBe(4);
    expect(result.weights.indicators.length).toBe(6);
  });

  it('marks cost columns as cost, leaves constant columns out and fits the k range to a small file', () => {
    const table: TableShape = {
      rows: 5,
      columns: [
        { name: 'customer_id', type: 'identifier', distinct: 5 },
        { name: 'deposits', type: 'numeric', distinct: 5 },
        { name: 'always_one', type: 'numeric', distinct: 1, constant: true },
        { name: '维护成本', type: 'numeric', distinct: 5 },
        { name: 'overdue_days', type: 'numeric', distinct: 4 },
      ],
    };
    const layout = proposeLayout(table);
    expect(layout.indicators.map((p) => [p.column, p.placement, p.direction])).toEqual([
      ['deposits', 'current', 'benefit'],
      ['维护成本', 'current', 'cost'],
      ['overdue_days', 'potential', 'cost'],
    ]);
    const p = projectFromLayout(layout, { rows: 5 });
    expect([p.options.segmentation.kMin, p.options.segmentation.k, p.options.segmentation.kMax]).toEqual([2, 4, 4]);
    expect(p.hierarchy.criteria[0].indicators!.map((i) => i.id)).toEqual(['deposits', 'x2']);
    expect(p.name).toBe('New project');
  });

  it('puts a single numeric column under current value alone, and refuses a layout with no indicator', () => {
    const one: TableShape = { rows: 10, columns: [{ name: 'id', type: 'identifier' }, { name: 'amount', type: 'numeric' }, { name: 'city', type: 'categorical', distinct: 3 }] };
    const p = projectFromTable(one);
    expect(p.hierarchy.criteria.map((c) => c.id)).toEqual(['current']);
    expect(p.judgments).toEqual([]);
    expect(p.options.segmentation.compositionColumn).toBe('city');
    const none = proposeLayout(one);
    none.indicators[0].placement = 'none';
    expect(() => projectFromLayout(none, { rows: 10 })).toThrow(expect.objectContaining({ code: 'new-project.no-indicator' }));
  });
});
