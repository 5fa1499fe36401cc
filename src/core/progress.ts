/** What a long computation reports and asks between its steps (a k sweep, a sensitivity analysis). */
export interface Stepwise {
  /** Called after each step: done of total steps. */
  onProgress?: (done: number, total: number) => void;
  /** Polled before each step; true stops the work, which returns what it has with `cancelled: true`. */
  shouldCancel?: () => boolean;
}
