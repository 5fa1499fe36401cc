import { describe, expect, it } from 'vitest';
import { stepOf } from '../../src/state/steps.ts';

describe('the step that holds a problem', () => {
  it('is the data step for the missing-value policy, whether validation or a run reports it', () => {
    expect(stepOf('options.missing')).toBe('data');
    expect(stepOf('data.idColumn')).toBe('data');
    expect(stepOf(undefined)).toBe('data');
    expect(stepOf('name')).toBe('data');
  });

  it('follows the field to the step that edits it', () => {
    expect(stepOf('hierarchy.criteria[0].indicators[0].column')).toBe('indicators');
    expect(stepOf('judgments[2].matrix')).toBe('judgments');
    expect(stepOf('experts[0].name')).toBe('judgments');
    expect(stepOf('options.weighting.alpha')).toBe('weights');
    expect(stepOf('options.normalisation')).toBe('weights');
    expect(stepOf('options.scoring.tiers.labels')).toBe('scores');
    expect(stepOf('options.segmentation.kMax')).toBe('clusters');
    expect(stepOf('options.segmentation.compositionColumn')).toBe('segments');
    expect(stepOf('segments[1].strategy')).toBe('segments');
  });

  it('does not take a field for another that merely starts with the same letters', () => {
    expect(stepOf('segmentsExtra')).toBe('data');
    expect(stepOf('judgmentsNote')).toBe('data');
  });
});
