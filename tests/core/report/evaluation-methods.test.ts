import { describe, expect, it } from 'vitest';
import { methodsParagraph } from '../../../src/core/report/methods.ts';
import { sampleProject, sampleResult } from './builder.ts';
import { reportWords } from '../../../src/i18n/report.ts';

describe('methods paragraph: entropy settings and the evaluation score', () => {
  it('says nothing about entropy when neither the weights nor the score use it', () => {
    expect(methodsParagraph(sampleProject(), sampleResult(), reportWords('en'))).not.toContain('Entropy weights were computed');
  });

  it('names the entropy data and the SPSSAU shift with its source when entropy weights are used', () => {
    const p = sampleProject();
    p.options.weighting.method = 'entropy';
    p.options.weighting.entropy = { normalisation: 'minmax', shift: 'spssau' };
    expect(methodsParagraph(p, sampleResult(), reportWords('en'))).toContain('Entropy weights were computed on the min–max normalised data (cost indicators reversed) with SPSSAU’s non-negative shift (the normalised minimum is 0, so 0.01 is added to every value)');
    p.options.weighting.entropy = { normalisation: 'none', shift: 'none' };
    const zh = methodsParagraph(p, sampleResult(), reportWords('zh-CN'));
    expect(zh).toContain('熵权法在原始数据上（不做标准化，同 SPSSAU 熵值法）计算，不做平移');
    expect(zh).toContain('郭显光，1998');
  });

  it('names TOPSIS, entropy-weight TOPSIS and grey relational analysis (with ρ) as the score, with their sources', () => {
    const p = sampleProject();
    p.options.scoring.method = 'topsis';
    const en = methodsParagraph(p, sampleResult(), reportWords('en'));
    expect(en).toContain('Composite score by TOPSIS, S = 100·C');
    expect(en).toContain('Hwang & Yoon 1981');
    expect(en).not.toContain('S = 100·Σ w_j·x′_ij');
    p.options.scoring.method = 'entropy-topsis';
    expect(methodsParagraph(p, sampleResult(), reportWords('zh-CN'))).toContain('综合得分采用熵权 TOPSIS 法');
    expect(methodsParagraph(p, sampleResult(), reportWords('zh-CN'))).toContain('熵权法在按指标方向极差标准化后的数据上计算');
    p.options.scoring.method = 'gra';
    p.options.scoring.rho = 0.3;
    expect(methodsParagraph(p, sampleResult(), reportWords('en'))).toContain('distinguishing coefficient ρ = 0.3');
    expect(methodsParagraph(p, sampleResult(), reportWords('zh-CN'))).toContain('综合得分采用灰色关联分析');
  });
});
