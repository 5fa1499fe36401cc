/**
 * Runs the pipeline in a Web Worker. Each run gets a growing id; a reply for an older id
 * is dropped, so a slow stale result never overwrites a newer one.
 */
import type { Problem } from '../core/errors.ts';
import type { Project } from '../core/model/project.ts';
import type { ReadReport } from '../core/data/types.ts';
import type { Result } from '../core/result.ts';
import type { WorkerReply, WorkerRequest } from '../workers/protocol.ts';

export class PipelineRunner {
  result = $state.raw<Result | null>(null);
  report = $state.raw<ReadReport | null>(null);
  problem = $state.raw<Problem | null>(null);
  progress = $state<{ stage: string; done: number; total: number } | null>(null);
  running = $state(false);

  #worker: Worker | null = null;
  #latest = 0;

  #ensureWorker(): Worker {
    if (!this.#worker) {
      this.#worker = new Worker(new URL('../workers/pipeline.worker.ts', import.meta.url), { type: 'module' });
      this.#worker.onmessage = (ev: MessageEvent<WorkerReply>) => this.#receive(ev.data);
    }
    return this.#worker;
  }

  #receive(msg: WorkerReply): void {
    if (msg.id !== this.#latest) return; // stale
    if (msg.type === 'progress') {
      this.progress = { stage: msg.stage, done: msg.done, total: msg.total };
      return;
    }
    this.running = false;
    this.progress = null;
    if (msg.type === 'result') {
      this.result = msg.result;
      this.report = msg.report;
      this.problem = null;
    } else if (msg.type === 'error') {
      this.problem = msg.problem;
    }
  }

  run(project: Project, data: string | Uint8Array, fileName?: string): void {
    const id = ++this.#latest;
    this.running = true;
    const req: WorkerRequest = { type: 'run', id, project: $state.snapshot(project) as Project, data, fileName };
    this.#ensureWorker().postMessage(req);
  }

  /** Stops the current run at once: the worker is replaced (a synchronous computation cannot be interrupted otherwise). */
  cancel(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#latest++;
    this.running = false;
    this.progress = null;
  }
}
