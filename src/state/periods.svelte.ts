/**
 * Two periods in the page (issue 9, item 7): the period-2 file (read by the read worker, as the
 * data step reads period 1) and the comparison of the open project's last full result with it
 * (core/periods). The period-2 data is not part of the project and is not autosaved, like the
 * data of period 1 beyond its own autosave. One instance per notebook (`periodsOf`).
 */
import type { ColumnTable } from 'arquero';
import { unpackColumn } from '../core/data/packed.ts';
import { columnTable } from '../core/data/table.ts';
import { InputError, type Problem } from '../core/errors.ts';
import type { Project } from '../core/model/project.ts';
import { comparePeriods, type PeriodComparison } from '../core/periods/index.ts';
import type { ReadReply, ReadRequest } from '../workers/protocol.ts';
import { spawnReadWorker } from '../workers/spawn.ts';
import type { Notebook } from './notebook.svelte.ts';
import type { Loaded } from './runner.svelte.ts';

export type Comparison = { ok: true; value: PeriodComparison } | { ok: false; problem: Problem } | null;

function tableOf(loaded: Pick<Loaded, 'report' | 'columns'>): ColumnTable {
  const names = loaded.report.columns.map((c) => c.name);
  return columnTable(names.map((n) => [n, unpackColumn(loaded.columns[n])] as const), names);
}

const asProblem = (e: unknown): Problem =>
  e instanceof InputError ? e.toProblem() : { severity: 'error', code: 'internal', message: `Internal error: ${(e as Error)?.message ?? e}`, where: {}, params: { detail: String((e as Error)?.message ?? e) } };

export class Periods {
  readonly #nb: Notebook;
  /** The period-2 file, read. */
  second = $state.raw<{ fileName: string; loaded: Loaded } | null>(null);
  /** The file being read (its name), and a problem reading it. */
  reading = $state<string | null>(null);
  readProblem = $state.raw<Problem | null>(null);

  constructor(nb: Notebook) {
    this.#nb = nb;
  }

  /** Period 1 as an Arquero table, made once per data set. */
  #first: { key: unknown; table: ColumnTable } | null = null;
  #table1(): ColumnTable | null {
    const ds = this.#nb.dataset;
    if (!ds) return null;
    if (this.#first?.key !== ds) this.#first = { key: ds, table: tableOf(ds.loaded) };
    return this.#first.table;
  }
  #table2: { key: unknown; table: ColumnTable } | null = null;

  /** The migration between the periods, for the full result of the open project (null until both exist). */
  comparison: Comparison = $derived.by(() => {
    const result = this.#nb.full;
    const second = this.second;
    const ds = this.#nb.dataset;
    if (!result || !second || !ds) return null;
    // The result is the full run's: the project it was computed for is the one shown unless a run is pending.
    const project = $state.snapshot(this.#nb.project) as Project;
    try {
      const t1 = this.#table1()!;
      if (this.#table2?.key !== second) this.#table2 = { key: second, table: tableOf(second.loaded) };
      return { ok: true, value: comparePeriods(project, t1, result, this.#table2.table, { lines1: ds.loaded.lines, lines2: second.loaded.lines }) };
    } catch (e) {
      return { ok: false, problem: asProblem(e) };
    }
  });

  /** Reads the period-2 file in the read worker; on a problem the previous period 2 stays. */
  async load(source: Blob | Uint8Array, fileName: string): Promise<boolean> {
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
      this.second = { fileName, loaded };
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
    this.second = null;
    this.readProblem = null;
  }
}

const instances = new WeakMap<Notebook, Periods>();

/** The notebook's two-periods state (made on first use). */
export function periodsOf(nb: Notebook): Periods {
  let p = instances.get(nb);
  if (!p) instances.set(nb, (p = new Periods(nb)));
  return p;
}
