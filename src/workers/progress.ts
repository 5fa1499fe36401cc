/** Progress reports from the worker, thinned out. */
export type Report = (stage: string, done: number, total: number) => void;

/**
 * Passes on a stage's first and last progress and otherwise at most one report per `ms`: each
 * report redraws the page's progress bar, and on two cores a redraw per k-means restart takes
 * the CPU the sweep needs.
 */
export function progressEvery(ms: number, report: Report, now: () => number = () => performance.now()): Report {
  let last = -Infinity;
  let lastStage = '';
  return (stage, done, total) => {
    const t = now();
    if (stage !== lastStage || done >= total || t - last >= ms) {
      last = t;
      lastStage = stage;
      report(stage, done, total);
    }
  };
}
