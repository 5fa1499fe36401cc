import { describe, expect, it } from 'vitest';
import { RI_TABLES } from '../../../src/core/ahp/ri.ts';
import { methodsParagraph } from '../../../src/core/report/methods.ts';
import { sampleProject, sampleResult } from './builder.ts';
import { reportWords } from '../../../src/i18n/report.ts';

const both = ['en', 'zh-CN'] as const;

describe('citable sources', () => {
  it('cites every RI table by a publication with its year, never a web page or a code library', () => {
    for (const t of Object.values(RI_TABLES)) {
      expect(t.source).toMatch(/\b(19|20)\d\d\b/);
      expect(t.source).not.toMatch(/https?:|www\.|blog|library|AHPy|taeradan|MATLAB|R package/i);
    }
  });

  it('says where an RI table is known only from secondary sources and names the alternative', () => {
    expect(RI_TABLES.cn.source).toMatch(/only\s+from secondary sources/);
    expect(RI_TABLES.cn.source).toContain('Saaty (2005, p. 31)');
    expect(RI_TABLES.saaty1980.source).toMatch(/n = 11…15.*secondary sources.*alternative/s);
  });

  it('ends the methods paragraph with the publications of the methods used, with pages', () => {
    const p = sampleProject();
    const en = methodsParagraph(p, sampleResult(), reportWords('en'));
    expect(en).toContain('Sources: AHP (1–9 scale, eigenvector method, CI/CR and the CR < 0.10 rule): Saaty T. L. (1980)');
    expect(en).toContain('Arthur D., Vassilvitskii S. (2007)');
    expect(en).toContain('Rousseeuw P. J. (1987)');
    expect(en).not.toContain('CRITIC method. Computers');
    p.options.weighting = { method: 'combined', objective: 'critic', combination: 'linear', alpha: 0.5 };
    const r = sampleResult();
    r.weights.method = 'combined';
    const withCritic = methodsParagraph(p, r, reportWords('en'));
    expect(withCritic).toContain('Computers & Operations Research 22(7): 763–770');
    expect(withCritic).toContain('α = 0.5 (equal shares of subjective and objective weights) is a convention');
    expect(methodsParagraph(p, r, reportWords('zh-CN'))).toContain('方法文献：');
  });

  it('cites Ward and Lance & Williams instead of k-means++ when the segments come from hierarchical clustering', () => {
    const r = sampleResult();
    r.clustering.method = 'hclust';
    const en = methodsParagraph(sampleProject(), r, reportWords('en'));
    expect(en).toContain('Ward J. H. (1963)');
    expect(en).not.toContain('Arthur D., Vassilvitskii S.');
  });

  it('cites no web page or code library anywhere in the methods paragraph', () => {
    for (const locale of both) expect(methodsParagraph(sampleProject(), sampleResult(), reportWords(locale))).not.toMatch(/https?:|www\.|blog|AHPy|taeradan|library/i);
  });
});
