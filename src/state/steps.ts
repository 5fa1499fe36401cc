/**
 * Which step of the notebook holds a problem: the one place that maps a project path (from the
 * validation or from a failed run) to a step, for the rail's badges, the "go to" links and the
 * messages of steps that cannot run.
 */
import type { StepId } from './notebook.svelte.ts';

const ROUTES: readonly [prefix: string, step: StepId][] = [
  ['hierarchy', 'indicators'],
  ['judgments', 'judgments'],
  ['experts', 'judgments'],
  ['options.ahp', 'weights'],
  ['options.weighting', 'weights'],
  ['options.normalisation', 'weights'],
  ['options.scoring', 'scores'],
  ['options.segmentation.compositionColumn', 'segments'],
  ['options.segmentation.naming', 'segments'],
  ['options.segmentation', 'clusters'],
  ['segments', 'segments'],
  ['strategies', 'scores'],
  // data.*, options.missing (the missing-value policy sits beside the data), name, version, the root.
];

/** The step that holds the project field at `path` (the data step when there is no path). */
export function stepOf(path: string | undefined): StepId {
  if (!path) return 'data';
  for (const [prefix, step] of ROUTES) {
    if (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)) return step;
  }
  return 'data';
}
