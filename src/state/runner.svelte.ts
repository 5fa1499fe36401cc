/**
 * The pipeline worker, seen from the page. `adopt` gives it a data set read elsewhere (the read
 * worker) once; `run` sends a project and keeps only the newest request: a reply for an older id is
 * dropped, so a slow stale result never overwrites a newer one. `cancel` stops a long run at once by
 * replacing the worker (a synchronous computation cannot be interrupted otherwise) and re-sends the
 * data to the new one.
 */
import type { Problem } from '../core/errors.ts';
import type { Project } from '../core/model/project.ts';
import type { ReadReport } from '../core/data/types.ts';
import type { Result, Scored } from '../core/result.ts';
import type { Bin } from '../core/stats/distribution.ts';
import { rememberDisplay } from './display.ts';
import type { ColumnData, WorkerReply, WorkerRequest } from '../workers/protocol.ts';
import { spawnPipelineWorker } from '../workers/spawn.ts';

export interface Loaded {
  report: ReadReport;
  /** Numbers as Float64Array, text packed (`core/data/packed.ts`). */
  columns: Record<string, ColumnData>;
  lines: Int32Array;
  /** Histogram of each numeric column, when the read worker made them. */
  bins?: Record<string, Bin[]>;
}

/**
 * Runs `f` in a later task, letting input and painting in between: a 0 ms timer, or a message to
 * ourselves when the page is hidden (a hidden page's timers are slowed to one a second).
 */
function nextTask(f: () => void): void {
  if (typeof document !== 'undefined' && document.hidden && typeof MessageChannel !== 'undefined') {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      f();
    };
    ch.port2.postMessage(null);
  } else setTimeout(f, 0);
}

type Pending = { resolve: () => void; reject: (p: Problem) => void };
/** What the worker is given again when it is replaced: the columns read elsewhere. */
type DataSet = { report: ReadReport; columns: Record<string, ColumnData>; lines: Int32Array };

export class PipelineRunner {
  /** The last full result (stages `all`). */
  result = $state.raw<Result | null>(null);
  /** The last fast result (stages `scores`). */
  scored = $state.raw<Scored | null>(null);
  /** The caller's version number of the project behind `result` / `scored`. */
  version = $state(0);
  /** The problem that stopped the last run (the previous result stays shown). */
  problem = $state.raw<Problem | null>(null);
  progress = $state<{ stage: string; done: number; total: number } | null>(null);
  running = $state(false);

  #worker: Worker | null = null;
  /** The full run's k-means workers, ended with `#worker`. */
  #pool: Worker[] = [];
  #next = 0;
  #latestRun = 0;
  #loads = new Map<number, Pending>();
  #data: DataSet | null = null;
  #versions = new Map<number, number>();
  /** Fast stage: the run in the worker now, and the newest request waiting for it to finish. */
  #inFlight = 0;
  #queued: { project: Project; version: number } | null = null;
  readonly stages: 'scores' | 'all';
  /** Starts the k-means workers of a new pipeline worker (`startKmeansPool`); none: the sweep runs in the pipeline worker. */
  readonly #startPool: ((pipeline: Worker) => Worker[]) | null;

  /**
   * `stages = 'all'` runs the whole method and restarts its worker when a new run arrives while
   * one is going (a stale k sweep is worthless); `'scores'` runs only the fast stage.
   */
  constructor(stages: 'scores' | 'all' = 'all', startPool: ((pipeline: Worker) => Worker[]) | null = null) {
    this.stages = stages;
    this.#startPool = startPool;
  }

  #ensureWorker(): Worker {
    if (!this.#worker) {
      this.#worker = spawnPipelineWorker();
      this.#worker.onmessage = (ev: MessageEvent<WorkerReply>) => this.#receive(ev.data);
      if (this.#startPool) this.#pool = this.#startPool(this.#worker);
    }
    return this.#worker;
  }

  /**
   * Messages wait here to be posted in order. A data set goes column by column, each in its own
   * task (the structured-clone copy of a column happens on this thread: at a million rows, all
   * columns in one message held the page for several hundred ms; one column is a few ms), and
   * anything posted after it (a run) waits its turn. Messages for a worker since replaced are dropped.
   */
  #outbox: { worker: Worker; msg: WorkerRequest; yieldAfter: boolean }[] = [];
  #draining = false;

  #post(req: WorkerRequest): void {
    this.#outbox.push({ worker: this.#ensureWorker(), msg: req, yieldAfter: false });
    this.#drain();
  }

  /** Sends the data set under request `id`: begin, one message per column, end. */
  #postData(id: number, data: DataSet): void {
    const worker = this.#ensureWorker();
    const names = data.report.columns.map((c) => c.name);
    this.#outbox.push({ worker, msg: { type: 'adopt-begin', id, report: data.report, lines: data.lines }, yieldAfter: true });
    for (const name of names) {
      if (Object.hasOwn(data.columns, name)) this.#outbox.push({ worker, msg: { type: 'adopt-column', id, name, column: data.columns[name] }, yieldAfter: true });
    }
    this.#outbox.push({ worker, msg: { type: 'adopt-end', id }, yieldAfter: false });
    this.#drain();
  }

  #drain(): void {
    if (this.#draining) return;
    this.#draining = true;
    while (this.#outbox.length) {
      const { worker, msg, yieldAfter } = this.#outbox.shift()!;
      if (worker !== this.#worker) continue;
      worker.postMessage(msg);
      if (yieldAfter && this.#outbox.length) {
        nextTask(() => {
          this.#draining = false;
          this.#drain();
        });
        return;
      }
    }
    this.#draining = false;
  }

  #receive(msg: WorkerReply): void {
    const load = this.#loads.get(msg.id);
    if (load) {
      this.#loads.delete(msg.id);
      if (msg.type === 'adopted') load.resolve();
      else if (msg.type === 'error') load.reject(msg.problem);
      return;
    }
    if (msg.type !== 'progress' && msg.id === this.#inFlight) {
      this.#inFlight = 0;
      const queued = this.#queued;
      if (queued) {
        // A newer request waited for this one: its reply is stale, send the newest project now.
        this.#queued = null;
        this.#send(queued.project, queued.version);
        return;
      }
    }
    if (msg.id !== this.#latestRun) return; // stale
    if (msg.type === 'progress') {
      this.progress = { stage: msg.stage, done: msg.done, total: msg.total };
      return;
    }
    performance.mark(`valueseg:${this.stages}-received`);
    this.running = false;
    this.progress = null;
    this.version = this.#versions.get(msg.id) ?? this.version;
    this.#versions.clear();
    if ((msg.type === 'result' || msg.type === 'scored') && msg.display) {
      rememberDisplay(msg.type === 'result' ? msg.result : msg.scored, msg.display, this.#data ? this.#data.columns : null);
    }
    if (msg.type === 'result') {
      this.result = msg.result;
      this.problem = null;
    } else if (msg.type === 'scored') {
      this.scored = msg.scored;
      this.problem = null;
    } else if (msg.type === 'error') {
      this.problem = msg.problem;
    }
  }

  /**
   * Gives the worker a data set read elsewhere (typed columns, copied to the worker; nothing is
   * parsed again). A run still going is for the old data: its worker is replaced first.
   */
  adopt(loaded: Loaded): Promise<void> {
    this.#data = { report: loaded.report, columns: loaded.columns, lines: loaded.lines };
    if (this.running) {
      this.#stopWorker();
      this.#inFlight = 0;
      this.#queued = null;
      this.#latestRun = ++this.#next;
      this.running = false;
      this.progress = null;
    }
    this.result = null;
    this.scored = null;
    this.problem = null;
    const id = ++this.#next;
    const data = this.#data;
    return new Promise<void>((resolve, reject) => {
      this.#loads.set(id, { resolve, reject });
      this.#postData(id, data);
    });
  }

  /** Runs the pipeline on the loaded data; only the newest run's reply is kept. `version` tags the project. */
  run(project: Project, version = 0): void {
    if (this.stages === 'scores' && this.#inFlight) {
      // One fast run at a time: requests made meanwhile collapse into the newest one.
      this.#queued = { project, version };
      this.#latestRun = -1;
      this.running = true;
      return;
    }
    if (this.running && this.stages === 'all') this.#restart();
    this.#send(project, version);
  }

  #send(project: Project, version: number): void {
    const id = ++this.#next;
    if (this.stages === 'scores') this.#inFlight = id;
    this.#latestRun = id;
    this.#versions.set(id, version);
    this.running = true;
    performance.mark(`valueseg:${this.stages}-sent`);
    this.#post({ type: 'run', id, project, stages: this.stages });
  }

  /** Ends the worker and its k-means workers mid-computation. */
  #stopWorker(): void {
    this.#worker?.terminate();
    this.#worker = null;
    for (const w of this.#pool) w.terminate();
    this.#pool = [];
  }

  /** A fresh worker given the data again (the old one is stopped mid-computation). */
  #restart(): void {
    this.#stopWorker();
    if (this.#data) this.#postData(++this.#next, this.#data);
  }

  /**
   * Stops a running full run at once because a newer project is coming (its result would be
   * stale, and it would take a core from the fast stage meanwhile). `running` stays true: the
   * next `run` starts a fresh worker with the data; `settle` ends the wait when no run follows.
   */
  drop(): void {
    if (this.stages !== 'all' || !this.running || !this.#worker || this.#loads.size > 0) return;
    this.#stopWorker();
    this.#latestRun = ++this.#next;
    this.progress = null;
  }

  /** After `drop` with no run to follow (the new project is invalid): stop waiting. */
  settle(): void {
    if (this.running && !this.#worker) this.cancel();
  }

  /** Stops the current run; the worker is replaced and given the data again. */
  cancel(): void {
    if (!this.running) return;
    this.#inFlight = 0;
    this.#queued = null;
    this.#stopWorker();
    this.#latestRun = ++this.#next;
    this.running = false;
    this.progress = null;
    for (const p of this.#loads.values()) p.reject({ severity: 'error', code: 'cancelled', message: 'Cancelled.', where: {}, params: {} });
    this.#loads.clear();
    if (this.#data) {
      const id = ++this.#next;
      this.#loads.set(id, { resolve: () => {}, reject: () => {} });
      this.#postData(id, this.#data);
    }
  }

  dispose(): void {
    this.#stopWorker();
  }
}
