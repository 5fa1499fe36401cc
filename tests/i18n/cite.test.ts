import { describe, expect, it } from 'vitest';
import { en, zh } from '../../src/i18n/messages/cite.ts';
import { RI_TABLES } from '../../src/core/ahp/ri.ts';
import { FUZZY_SOURCES } from '../../src/core/report/fuzzy-ahp.ts';

/** Every method the page lets one choose (project.ts): each help text names its source. */
const METHODS = ['ahp', 'eigen', 'geometric', 'column', 'fuzzy-chang', 'fuzzy-buckley', 'entropy', 'critic', 'linear', 'multiplicative', 'given', 'weighted-sum', 'topsis', 'entropy-topsis', 'gra'];
const NOT_A_PUBLICATION = /https?:|www\.|csdn|blog|github|scikit|sklearn|numpy|scipy|R package|知乎|博客/i;

describe('the sources named by the help texts', () => {
  it('has a source line for every weighting, AHP and scoring method, in both languages', () => {
    for (const m of METHODS) {
      expect(en[`cite.${m}` as keyof typeof en], m).toBeTruthy();
      expect(zh[`cite.${m}` as keyof typeof zh], m).toBeTruthy();
    }
  });

  it('names a year with every publication and never a blog, a web page or a code library', () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(zh)]) {
      if (key === 'cite.line' || key === 'cite.given') continue;
      expect(text, key).not.toMatch(NOT_A_PUBLICATION);
      expect(text, key).toMatch(/\((19|20)\d\d|（(19|20)\d\d|(19|20)\d\d\)|could be checked|could not be checked|未能核对/);
    }
    for (const t of Object.values(RI_TABLES)) expect(t.source, t.name).not.toMatch(NOT_A_PUBLICATION);
    for (const s of Object.values(FUZZY_SOURCES)) expect(s).toMatch(/\((19|20)\d\d\).*\d+\(\d+\): \d+–\d+$/);
  });

  it('says where a default has no publication instead of inventing one', () => {
    expect(en['cite.entropy']).toContain('SPSSAU’s software default, not taken from a publication');
    expect(en['cite.linear']).toContain('no primary publication could be checked');
    expect(zh['cite.linear']).toContain('未能核对到原始文献');
  });
});
