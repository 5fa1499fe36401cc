import { describe, expect, it } from 'vitest';
import { COMPOSITE, isScoreSource, parseSource, resolveScore, SCORE_SOURCES, scoreLabel, scoreNameOf, scoreSource } from '../../src/core/sources.ts';

describe('value sources', () => {
  it('reads a score source as a score and anything else as a data column', () => {
    expect(parseSource(scoreSource('current'))).toEqual({ kind: 'score', name: 'current' });
    expect(parseSource('deposits')).toEqual({ kind: 'column', column: 'deposits' });
    expect(parseSource(COMPOSITE)).toEqual({ kind: 'score', name: 'composite' });
  });

  it('keeps an unknown score name as a score that names no known score', () => {
    const unknown = 'score:loyalty';
    expect(isScoreSource(unknown)).toBe(true);
    expect(parseSource(unknown)).toEqual({ kind: 'score', name: 'loyalty' });
    expect(scoreNameOf(unknown)).toBeNull();
    expect(resolveScore(unknown, { composite: 1, current: 2, potential: 3 })).toBeUndefined();
  });

  it('lists the three scores in order, each read back to its name', () => {
    expect(SCORE_SOURCES.map(scoreNameOf)).toEqual(['composite', 'current', 'potential']);
    expect(SCORE_SOURCES.every(isScoreSource)).toBe(true);
  });

  it('resolves a score source to its array, null when that score was not computed, undefined for a column', () => {
    const composite = new Float64Array([1, 2]);
    const scores = { composite, current: null, potential: new Float64Array([3, 4]) };
    expect(resolveScore(COMPOSITE, scores)).toBe(composite);
    expect(resolveScore(scoreSource('current'), scores)).toBeNull();
    expect(resolveScore(scoreSource('potential'), scores)).toBe(scores.potential);
    expect(resolveScore('deposits', scores)).toBeUndefined();
  });

  it('names a score in readers words in both languages and leaves a column unnamed', () => {
    expect(scoreLabel(scoreSource('current'), 'zh-CN')).toBe('当前价值得分');
    expect(scoreLabel(COMPOSITE, 'en')).toBe('composite score');
    expect(scoreLabel('deposits', 'en')).toBeNull();
  });

  it('treats a column whose name merely contains the word score as a column', () => {
    expect(isScoreSource('credit score')).toBe(false);
    expect(parseSource('score')).toEqual({ kind: 'column', column: 'score' });
  });
});
