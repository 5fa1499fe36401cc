/**
 * The report's words (src/i18n/report.ts over src/i18n/messages/report-*.ts, issue 13): filled as
 * written, in the language asked for, with the same keys and placeholders in both languages.
 */
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/core/report/words.ts';
import { catalogues } from '../../src/i18n/index.ts';
import { reportEn, reportWords, reportZh } from '../../src/i18n/report.ts';

describe('report words', () => {
  it('fill the placeholders as written, without the page’s Chinese spacing rule', () => {
    expect(reportWords('zh-CN').t('report.tables.clusterLabel', { cluster: 2, name: 'High quality' })).toBe('聚类2（High quality）');
    expect(reportWords('zh-CN').t('report.tables.centres.scores', { features: 'Current value score' })).toBe('聚类变量为Current value score，其聚类中心见“最终聚类中心（聚类变量）”表。');
    expect(reportWords('en').t('report.spss.qc.sizes.cluster', { cluster: 3 })).toBe('Cluster 3');
  });

  it('speak the language they were made for', () => {
    expect(reportWords('en').locale).toBe('en');
    expect(reportWords('zh-CN').locale).toBe('zh-CN');
    expect(reportWords('zh-CN').t('report.chapter.docTitle')).toBe('客户价值细分实证分析');
    expect(reportWords('en').t('report.chapter.docTitle')).toBe('Customer value segmentation');
  });

  it('leave a placeholder that was not given visible and fill one given twice in both places', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(reportWords('en').t('report.spss.sentence.stopped', { mxiter: 2, converge: 0 })).toBe(', MXITER 2, CONVERGE 0; stopped after 2 iterations without converging');
  });

  it('have the same keys and placeholders in English and Chinese and are part of the app’s catalogues', () => {
    const keys = Object.keys(reportEn).sort();
    expect(Object.keys(reportZh).sort()).toEqual(keys);
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const k of keys as (keyof typeof reportEn)[]) {
      expect(ph(reportZh[k]), k).toEqual(ph(reportEn[k]));
      expect(catalogues.en[k]).toBe(reportEn[k]);
      expect(catalogues['zh-CN'][k]).toBe(reportZh[k]);
    }
  });
});
