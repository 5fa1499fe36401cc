/**
 * Two periods in the page (issue 9, item 7): the period-2 file (read by the read worker, as the
 * data step reads period 1) and the comparison of the open project's last full result with it
 * (core/periods), computed in a worker (workers/periods.worker.ts) so the page never waits on
 * it. The period-2 file is autosaved in the browser beside the period-1 data (storage.ts, slot
 * 'period2') and read again after a reload when period 1 is the same file. One instance per
 * notebook (`periodsOf`).
 */
import { untrack } from 'svelte';
import type { Problem } from '../core/errors.ts';
import type { Project } from '../core/model/project.ts';
import type { PeriodComparison } from '../core/periods/index.ts';
import type { ReadReply, ReadRequest } from '../workers/protocol.ts';
import type { PeriodData, PeriodsReply, PeriodsRequest } from '../workers/periods.worker.ts';
import { spawnPeriodsWorker, spawnReadWorker } from '../workers/spawn.ts';
import type { Notebook } from './notebook.svelte.ts';
import type { Loaded } from './runner.svelte.ts';
import { clearSavedFile, loadFile, MAX_SAVED_BYTES, saveFile, type SavedFile } from './storage.ts';

export type Comparison = { ok: true; value: PeriodComparison } | { ok: false; problem: Problem } | null;

const dataOf = (loaded: Pick<Loaded, 'report' | 'columns' | 'lines'>): PeriodData => ({ names: loaded.report.columns.map((c) => c.name), columns: loaded.columns, lines: loaded.lines });

export class Periods {
  readonly #nb: Notebook;
  /** The period-2 file, read. */
  second = $state.raw<{ fileName: string; loaded: Loaded } | null>(null);
  /** The file being read (its name), and a problem reading it. */
  reading = $state<string | null>(null);
  readProblem = $state.raw<Problem | null>(null);
  /** The migration between the periods for the full result of the open project (null until both exist and it is computed). */
  comparison = $state.raw<Comparison>(null);
  /** True while the worker compares. */
  comparing = $state(false);
  /** The autosaved period-2 file, until period 1 is its file (then it is read again). */
  #saved: SavedFile | null = null;
  #worker: Worker | null = null;

  constructor(nb: Notebook) {
    this.#nb = nb;
    $effect.root(() => {
      // Compare again when the full result or period 2 changes (the project is the one the result was computed for).
      $effect(() => {
        const result = this.#nb.full;
        const second = this.second;
        const ds = this.#nb.dataset;
        untrack(() => this.#compare(result, second, ds));
      });
      // The autosaved period 2 comes back once its period-1 file is open.
      $effect(() => {
        const name = this.#nb.dataset?.fileName;
        untrack(() => {
          const saved = this.#saved;
          if (saved && name && saved.first === name && !this.second && !this.reading) {
            this.#saved = null;
            void this.load(new Blob([saved.bytes as BlobPart]), saved.fileName, { save: false });
          }
        });
      });
    });
    void loadFile('period2').then((f) => {
      if (!f || this.second) return;
      this.#saved = f;
      const name = this.#nb.dataset?.fileName;
      if (name && f.first === name && !this.reading) {
        this.#saved = null;
        void this.load(new Blob([f.bytes as BlobPart]), f.fileName, { save: false });
      }
    });
  }

  #compare(result: Notebook['full'], second: Periods['second'], ds: Notebook['dataset']): void {
    this.#worker?.terminate();
    this.#worker = null;
    if (!result || !second || !ds) {
      this.comparison = null;
      this.comparing = false;
      return;
    }
    const worker = spawnPeriodsWorker();
    this.#worker = worker;
    this.comparing = true;
    const done = (c: Comparison) => {
      if (this.#worker !== worker) return;
      worker.terminate();
      this.#worker = null;
      this.comparing = false;
      this.comparison = c;
    };
    worker.onmessage = (ev: MessageEvent<PeriodsReply>) => done(ev.data);
    worker.onerror = (e) => done({ ok: false, problem: { severity: 'error', code: 'internal', message: `Internal error: ${e.message}`, where: {}, params: { detail: e.message } } });
    const req: PeriodsRequest = { project: $state.snapshot(this.#nb.project) as Project, result, first: dataOf(ds.loaded), second: dataOf(second.loaded) };
    worker.postMessage(req);
  }

  /** Reads the period-2 file in the read worker; on a problem the previous period 2 stays. */
  async load(source: Blob | Uint8Array, fileName: string, options: { save?: boolean } = {}): Promise<boolean> {
    const file = source instanceof Blob ? source : new Blob([source as BlobPart]);
    this.reading = fileName;
    this.readProblem = null;
    const worker = spawnReadWorker();
    try {
      const loaded = await new Promise<Loaded>((resolve, reject) => {
        worker.onmessage = (ev: MessageEvent<ReadReply>) => {
          const m = ev.data;
          if (m.type === 'read-done') resolve({ report: m.report, columns: m.columns, lines: m.lines });
          else if (m.type === 'read-error') reject(m.problem);
        };
        worker.onerror = (e) => reject({ severity: 'error', code: 'internal', message: `Internal error: ${e.message}`, where: {}, params: { detail: e.message } });
        // Period 2 is read with the column types the project sets for period 1.
        const types = this.#nb.project.data.types;
        const req: ReadRequest = { id: 1, file, fileName, ...(types ? { types: { ...$state.snapshot(types) } } : {}) };
        worker.postMessage(req);
      });
      this.comparison = null; // the previous file's, until the new one is compared
      this.second = { fileName, loaded };
      // Autosaved beside the period-1 data (the same size limit), so a reload keeps it.
      const first = this.#nb.dataset?.fileName;
      if (options.save !== false) {
        if (first && file.size <= MAX_SAVED_BYTES) await saveFile({ fileName, bytes: new Uint8Array(await file.arrayBuffer()), first }, 'period2');
        else await clearSavedFile('period2'); // the saved one would belong to another file
      }
      return true;
    } catch (p) {
      this.readProblem = p as Problem;
      return false;
    } finally {
      worker.terminate();
      this.reading = null;
    }
  }

  clear(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.comparing = false;
    this.comparison = null;
    this.second = null;
    this.readProblem = null;
    this.#saved = null;
    void clearSavedFile('period2');
  }
}

const instances = new WeakMap<Notebook, Periods>();

/** The notebook's two-periods state (made on first use). */
export function periodsOf(nb: Notebook): Periods {
  let p = instances.get(nb);
  if (!p) instances.set(nb, (p = new Periods(nb)));
  return p;
}
