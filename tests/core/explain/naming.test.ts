import { describe, expect, it } from 'vitest';
import { nameSegments, segmentTypeName, toRoman } from '../../../src/core/explain/naming.ts';

describe('segmentTypeName', () => {
  it('names the four types in the G Bank scheme (methodology §2.7)', () => {
    expect(['hh', 'hl', 'lh', 'll'].map((t) => segmentTypeName(t as 'hh', 'gbank', 'zh-CN'))).toEqual(['高质量型', '高现值型', '高潜力型', '低质量型']);
    expect(['hh', 'hl', 'lh', 'll'].map((t) => segmentTypeName(t as 'hh', 'gbank', 'en'))).toEqual(['High quality', 'High present value', 'High potential', 'Low quality']);
  });

  it('names the four types in the Bank A scheme', () => {
    expect(['hh', 'hl', 'lh', 'll'].map((t) => segmentTypeName(t as 'hh', 'bankA', 'zh-CN'))).toEqual(['最优选客户', '一般客户', '次优选客户', '低价值客户']);
    expect(segmentTypeName('lh', 'bankA', 'en')).toBe('Sub-optimal customers');
  });

  it('refuses an unknown scheme, naming the option path', () => {
    try {
      segmentTypeName('hh', 'tobacco' as 'gbank', 'en');
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe('Unknown naming scheme "tobacco"; expected "gbank" or "bankA".');
      expect((e as { where: unknown }).where).toEqual({ path: 'options.segmentation.naming' });
    }
  });
});

describe('nameSegments', () => {
  it('uses the plain name when a type occurs once', () => {
    const names = nameSegments(
      [{ type: 'll', score: 10 }, { type: 'hh', score: 80 }, { type: 'lh', score: 40 }],
      { scheme: 'gbank', locale: 'zh-CN' },
    );
    expect(names).toEqual(['低质量型', '高质量型', '高潜力型']);
  });

  it('numbers segments sharing a type I, II, III by composite score, highest first', () => {
    const names = nameSegments(
      [
        { type: 'hh', score: 61 },
        { type: 'll', score: 20 },
        { type: 'hh', score: 75 },
        { type: 'hh', score: 68 },
      ],
      { scheme: 'gbank', locale: 'zh-CN' },
    );
    expect(names).toEqual(['高质量型 III', '低质量型', '高质量型 I', '高质量型 II']);
    expect(nameSegments([{ type: 'hl', score: 1 }, { type: 'hl', score: 2 }], { scheme: 'bankA', locale: 'en' })).toEqual(['General customers II', 'General customers I']);
  });

  it('keeps the given order for equal scores', () => {
    expect(nameSegments([{ type: 'll', score: 5 }, { type: 'll', score: 5 }], { scheme: 'gbank', locale: 'en' })).toEqual(['Low quality I', 'Low quality II']);
  });

  it('refuses a non-finite score', () => {
    expect(() => nameSegments([{ type: 'll', score: NaN }], { scheme: 'gbank', locale: 'en' })).toThrow(
      'Segment 1 has score NaN; segments are numbered within a type by a finite score.',
    );
  });
});

describe('toRoman', () => {
  it('writes Roman numerals', () => {
    expect([1, 2, 3, 4, 9, 12, 40, 1994].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XII', 'XL', 'MCMXCIV']);
  });
});
