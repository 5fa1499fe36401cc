import { describe, expect, it } from 'vitest';
import { catalogues, pickLocale, translate } from '../src/i18n/index.ts';

describe('i18n catalogues', () => {
  it('have the same keys in English and Chinese, none empty', () => {
    const en = Object.keys(catalogues.en).sort();
    expect(Object.keys(catalogues['zh-CN']).sort()).toEqual(en);
    for (const k of en) {
      expect(catalogues.en[k as keyof typeof catalogues.en].trim()).not.toBe('');
      expect(catalogues['zh-CN'][k as keyof typeof catalogues.en].trim()).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const k of Object.keys(catalogues.en) as (keyof typeof catalogues.en)[]) {
      expect(ph(catalogues['zh-CN'][k]), k).toEqual(ph(catalogues.en[k]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'status.done', { rows: 600, indicators: 10, k: 4 })).toBe('Computed: 600 customers, 10 indicators, k = 4.');
    expect(translate('zh-CN', 'status.done', { rows: 600 })).toContain('{indicators}');
  });

  it('picks Chinese for any zh browser language and English otherwise', () => {
    expect(pickLocale(['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLocale(['de-DE', 'en-GB'])).toBe('en');
    expect(pickLocale(['fr'])).toBe('en');
  });
});

describe('Chinese spacing', () => {
  it('puts a space between a Chinese character and a Latin word (or a name ending in a number) filled in beside it', () => {
    expect(translate('zh-CN', 'judgments.chart.caption', { method: '特征向量法', expert: 'Expert 1' })).toBe('按特征向量法由 Expert 1 的判断矩阵计算的单层次排序权重。');
    expect(translate('zh-CN', 'judgments.chart.caption', { method: 'eigen', expert: '专家 1' })).toBe('按 eigen 由专家 1 的判断矩阵计算的单层次排序权重。');
  });
});
