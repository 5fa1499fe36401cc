import { describe, expect, it } from 'vitest';
import { progressEvery } from '../../src/workers/progress.ts';

describe('progressEvery, the worker thinning its progress reports', () => {
  it('passes each stage’s first and last report and at most one per interval in between', () => {
    let clock = 0;
    const seen: string[] = [];
    const report = progressEvery(100, (stage, done, total) => seen.push(`${stage} ${done}/${total}`), () => clock);
    report('validate', 0, 1);
    for (let done = 1; done <= 90; done++) {
      clock += 7; // a k-means restart every 7 ms
      report('sweep', done, 90);
    }
    report('segments', 0, 1);
    // First sweep report at 7 ms, then every 15th (105 ms later), and the last (90/90).
    expect(seen).toEqual(['validate 0/1', 'sweep 1/90', 'sweep 16/90', 'sweep 31/90', 'sweep 46/90', 'sweep 61/90', 'sweep 76/90', 'sweep 90/90', 'segments 0/1']);
  });

  it('passes every report when they are further apart than the interval', () => {
    let clock = 0;
    const seen: number[] = [];
    const report = progressEvery(100, (_s, done) => seen.push(done), () => clock);
    for (let done = 1; done <= 5; done++) {
      clock += 150;
      report('sweep', done, 9);
    }
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });
});
