import { describe, expect, it } from 'vitest';
import { abcStrategy, fillTemplate, segmentStrategy, tierStrategy } from '../../../src/core/explain/strategies.ts';

describe('strategy templates', () => {
  it('give every segment type characteristics and a strategy in both languages', () => {
    for (const t of ['hh', 'hl', 'lh', 'll'] as const) {
      for (const l of ['zh-CN', 'en'] as const) {
        const s = segmentStrategy(t, l);
        expect(s.characteristics.length).toBeGreaterThan(10);
        expect(s.strategy.length).toBeGreaterThan(20);
      }
    }
  });

  it('carry the methodology §4 wording for each type', () => {
    expect(segmentStrategy('hh', 'zh-CN').strategy).toContain('专属客户经理');
    expect(segmentStrategy('hl', 'zh-CN').strategy).toContain('稳存增效');
    expect(segmentStrategy('lh', 'zh-CN').strategy).toContain('培育型营销');
    expect(segmentStrategy('ll', 'zh-CN').strategy).toContain('线上化');
    expect(segmentStrategy('lh', 'en').strategy).toContain('share of wallet');
  });

  it('return a copy the caller may edit', () => {
    const s = segmentStrategy('hh', 'en');
    s.strategy = 'edited';
    expect(segmentStrategy('hh', 'en').strategy).not.toBe('edited');
  });

  it('give the upper half of the tiers the high-tier template', () => {
    // 普通 0, 黄金 1 → standard; 白金 2, 钻石 3 → high
    const kinds = [0, 1, 2, 3].map((t) => tierStrategy(t, 4, 'zh-CN').strategy.includes('私人银行'));
    expect(kinds).toEqual([false, false, true, true]);
    expect(() => tierStrategy(4, 4, 'en')).toThrow('Tier 4 is not one of the 4 tiers (0 to 3).');
  });

  it('fill the ABC cut-offs in as percentages', () => {
    expect(abcStrategy(0, 'zh-CN').characteristics).toBe('按价值从高到低排序后，累计贡献前 80% 价值的少数客户。');
    expect(abcStrategy(1, 'en', { cuts: [0.55, 0.85] }).characteristics).toBe('Customers whose cumulative value share lies between 55% and 85%.');
    expect(abcStrategy(2, 'en').characteristics).toContain('95%');
  });

  it('fill named placeholders and leave unknown ones', () => {
    expect(fillTemplate('{name} holds {share} of {what}', { name: '高质量型', share: '25%' })).toBe('高质量型 holds 25% of {what}');
  });
});
