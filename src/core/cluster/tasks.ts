/**
 * The k-means restarts of a sweep as tasks that any thread can run, and the strategy that runs
 * them (`RunTasks`), injected by the caller so that the core stays free of Node and DOM APIs:
 * the CLI runs them on Node worker_threads (src/cli/threads.ts), the page on Web Workers
 * (src/workers/kmeans-pool.ts). A task is (k, restart); its result depends only on the points,
 * the spec and (k, restart) (kmeans/restart.ts), and the sweep keeps the best restart per k with
 * a tie rule that does not depend on the order results arrive in, so the sweep is the same, bit
 * for bit, for any number of threads.
 *
 * `poolRunner` drives any set of message ports (a worker each) with this file's messages, and
 * `taskHandler` is the worker's side; both are plain TypeScript.
 */
import type { KMeansRun } from './kmeans/lloyd.ts';
import { runRestart, type RestartSpec } from './kmeans/restart.ts';
import type { Points } from './points.ts';

export interface RestartTask {
  k: number;
  restart: number;
}

export interface RestartJob {
  points: Points;
  spec: RestartSpec;
  tasks: readonly RestartTask[];
}

/**
 * Runs every task of a job (in any order, on any thread), calling `onDone(i, run)` for task i as it
 * finishes, on the caller's thread. `onDone` returning false asks to stop: the promise then
 * resolves without running the tasks not yet started. Rejects when a thread fails.
 */
export type RunTasks = (job: RestartJob, onDone: (index: number, run: KMeansRun) => boolean) => Promise<void>;

/** Every task in order on the calling thread (what one thread means). */
export const runTasksInProcess: RunTasks = async (job, onDone) => {
  for (let i = 0; i < job.tasks.length; i++) {
    const t = job.tasks[i];
    if (!onDone(i, runRestart(job.points, job.spec, t.k, t.restart))) return;
  }
};

/** Messages to a task thread: the data of a job (once per job and thread), a task, the job's end. */
export type TaskRequest =
  | { type: 'job'; job: number; n: number; d: number; data: Float64Array; spec: RestartSpec }
  | { type: 'task'; job: number; index: number; k: number; restart: number }
  | { type: 'end'; job: number };

/** Messages from a task thread. */
export type TaskReply =
  | { type: 'done'; job: number; index: number; run: KMeansRun }
  | { type: 'failed'; job: number; index: number; message: string };

/** One worker as the pool sees it; the CLI and the page adapt their worker objects to it. */
export interface TaskPort {
  post(message: TaskRequest): void;
  /** Sets the one handler of replies (a new job replaces the previous one's). */
  listen(onReply: (reply: TaskReply) => void, onError: (error: unknown) => void): void;
}

let jobs = 0;

/** Options of `poolRunner`. */
export interface PoolOptions {
  /**
   * The calling thread runs tasks too, between the workers' replies (`pause` lets their messages
   * in: e.g. a 0 ms timer); each worker then has two tasks queued so that it never waits for the
   * caller's task to end. For a coordinator that would otherwise only wait (the page's pipeline worker).
   */
  inline?: { pause: () => Promise<void> };
}

/**
 * A `RunTasks` over worker ports: each port gets the job's data once (`share` turns the points
 * into what is posted: a SharedArrayBuffer view to share one copy, or the array itself to be
 * copied to each worker), then one task at a time (two with `inline`), the next as soon as it answers.
 */
export function poolRunner(ports: readonly TaskPort[], share: (data: Float64Array) => Float64Array, options: PoolOptions = {}): RunTasks {
  if (ports.length === 0) return runTasksInProcess;
  const depth = options.inline ? 2 : 1;
  return (job, onDone) =>
    new Promise<void>((resolve, reject) => {
      const id = ++jobs;
      const { tasks } = job;
      const data = share(job.points.data);
      let next = 0;
      let running = 0;
      let settled = false;
      let stopped = false;
      const finish = (error?: unknown): void => {
        if (settled) return;
        settled = true;
        for (const p of ports) p.post({ type: 'end', job: id });
        if (error === undefined) resolve();
        else reject(error instanceof Error ? error : new Error(String(error)));
      };
      const done = (index: number, run: KMeansRun): boolean => {
        try {
          if (!stopped && !onDone(index, run)) stopped = true;
          return true;
        } catch (e) {
          finish(e);
          return false;
        }
      };
      const feed = (port: TaskPort): void => {
        if (settled) return;
        if (stopped || next >= tasks.length) {
          if (running === 0) finish();
          return;
        }
        const index = next++;
        running++;
        port.post({ type: 'task', job: id, index, k: tasks[index].k, restart: tasks[index].restart });
      };
      for (const port of ports) {
        port.listen(
          (reply) => {
            if (reply.job !== id || settled) return;
            running--;
            if (reply.type === 'failed') {
              finish(new Error(reply.message));
              return;
            }
            if (done(reply.index, reply.run)) feed(port);
          },
          (error) => finish(error),
        );
        port.post({ type: 'job', job: id, n: job.points.n, d: job.points.d, data, spec: job.spec });
      }
      if (tasks.length === 0) finish();
      else for (let q = 0; q < depth; q++) for (const port of ports) feed(port);
      const inline = options.inline;
      if (inline) {
        void (async () => {
          while (!settled && !stopped && next < tasks.length) {
            const index = next++;
            running++;
            let run: KMeansRun;
            try {
              run = runRestart(job.points, job.spec, tasks[index].k, tasks[index].restart);
            } catch (e) {
              finish(e);
              return;
            }
            running--;
            if (settled || !done(index, run)) return;
            await inline.pause();
          }
          if (!settled && running === 0 && (stopped || next >= tasks.length)) finish();
        })();
      }
    });
}

/**
 * The worker's side: keeps the current job's points, runs each task, and replies with the run
 * (`post` should transfer the run's arrays: `transferOf(run)`).
 */
export function taskHandler(post: (reply: TaskReply) => void): (request: TaskRequest) => void {
  let current: { job: number; points: Points; spec: RestartSpec } | null = null;
  return (m) => {
    if (m.type === 'job') current = { job: m.job, points: { n: m.n, d: m.d, data: m.data }, spec: m.spec };
    else if (m.type === 'end') {
      if (current?.job === m.job) current = null;
    } else if (current?.job === m.job) {
      try {
        post({ type: 'done', job: m.job, index: m.index, run: runRestart(current.points, current.spec, m.k, m.restart) });
      } catch (e) {
        post({ type: 'failed', job: m.job, index: m.index, message: e instanceof Error ? e.message : String(e) });
      }
    }
  };
}

/** The buffers of a run's arrays, to transfer rather than copy. */
export function transferOf(reply: TaskReply): ArrayBuffer[] {
  if (reply.type !== 'done') return [];
  const { labels, centroids, sizes } = reply.run;
  return [labels.buffer, centroids.buffer, sizes.buffer] as ArrayBuffer[];
}
