/**
 * The core's problems and errors in the user's language, by code: `problem.<code>` or
 * `problem.<code>.<variant>` (see `Problem.params`/`variant` in src/core/errors.ts). The
 * placeholders are the values the core puts in `params`. English is shown as the core wrote
 * it; these English texts document the entry and keep the two languages in step.
 * The entries live per area in ./problems/<area>.ts; this module joins them.
 */
import * as data from './problems/data.ts';
import * as project from './problems/project.ts';
import * as weights from './problems/weights.ts';
import * as scoring from './problems/scoring.ts';
import * as cluster from './problems/cluster.ts';
import * as explain from './problems/explain.ts';
import * as run from './problems/run.ts';

export const en = {
  ...data.en,
  ...project.en,
  ...weights.en,
  ...scoring.en,
  ...cluster.en,
  ...explain.en,
  ...run.en,
};

export const zh: Record<keyof typeof en, string> = {
  ...data.zh,
  ...project.zh,
  ...weights.zh,
  ...scoring.zh,
  ...cluster.zh,
  ...explain.zh,
  ...run.zh,
};
