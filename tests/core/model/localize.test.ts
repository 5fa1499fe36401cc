import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { localizeProject } from '../../../src/core/model/localize.ts';
import { applyPreset, CORPORATE } from '../../../src/core/model/presets.ts';
import type { Project } from '../../../src/core/model/project.ts';
import { readTable } from '../../../src/core/data/read.ts';

const sample = (): Project => JSON.parse(readFileSync(new URL('../../../datasets/corporate_customers.project.json', import.meta.url), 'utf8'));

describe('a project’s built-in words in another language', () => {
  it('makes the sample Chinese: goal, criteria, indicators, 专家 1 and the four tiers', () => {
    const p = localizeProject(sample(), 'zh-CN');
    expect(p.hierarchy.goal).toBe('对公客户价值');
    expect(p.hierarchy.criteria.map((c) => c.name)).toEqual(['当前价值', '潜在价值']);
    expect(p.hierarchy.criteria[0].indicators!.map((i) => i.name)).toEqual(['存款日均余额', '贷款余额', '中间业务收入', '结算量', '合作年限']);
    expect(p.experts[0].name).toBe('专家 1');
    expect(p.options.scoring.tiers!.labels).toEqual(['普通客户', '黄金客户', '白金客户', '钻石客户']);
    // and back
    expect(localizeProject(structuredClone(p), 'en')).toEqual(sample());
  });

  it('leaves names the user wrote alone', () => {
    const p = sample();
    p.hierarchy.criteria[0].indicators![0].name = 'Deposits (my bank)';
    p.experts[0].name = 'Prof. Wang';
    p.options.scoring.tiers!.labels = ['A', 'B', 'C', 'D'];
    localizeProject(p, 'zh-CN');
    expect(p.hierarchy.criteria[0].indicators![0].name).toBe('Deposits (my bank)');
    expect(p.experts[0].name).toBe('Prof. Wang');
    expect(p.options.scoring.tiers!.labels).toEqual(['A', 'B', 'C', 'D']);
  });

  it('has a preset applied in Chinese set the standard tier labels in Chinese', () => {
    const p = sample();
    const columns = readTable(new Uint8Array(readFileSync(new URL('../../../datasets/corporate_customers.csv', import.meta.url))), { fileName: 'c.csv' }).report.columns.map((c) => ({ name: c.name, type: c.type }));
    applyPreset(p, CORPORATE, columns, 'zh-CN');
    expect(p.options.scoring.tiers!.labels).toEqual(['普通客户', '黄金客户', '白金客户', '钻石客户']);
  });
});
