/**
 * The open notebook: the project the user is editing, the data set it runs on, the result
 * of the last run, where the user is, and undo. Components read and edit this; they never
 * compute the method (the worker does, through `runner`).
 */
import type { Problem } from '../core/errors.ts';
import type { ColumnType } from '../core/data/types.ts';
import type { Project } from '../core/model/project.ts';
import { PackedTable } from '../core/data/packed.ts';
import { validateProject, type ColumnInfo } from '../core/model/validate.ts';
import type { Result, Scored } from '../core/result.ts';
import { PipelineRunner, type Loaded } from './runner.svelte.ts';
import { share } from './share.ts';
import { clearSaved, clearSavedFile, loadFile, loadProjectText, loadUi, MAX_SAVED_BYTES, saveFile, saveProject, saveUi, type SaveOutcome } from './storage.ts';
import type { ReadReply, ReadRequest } from '../workers/protocol.ts';
import { spawnReadWorker } from '../workers/spawn.ts';
import type { HeldProject } from './restore.ts';
import { startKmeansPool } from './kmeans-pool.ts';

type Types = Record<string, 'identifier' | 'numeric' | 'categorical'>;

/** A file being read: bytes read of the total and data rows so far. */
export interface Loading {
  fileName: string;
  bytes: number;
  total: number;
  rows: number;
}

export const STEPS = ['data', 'indicators', 'judgments', 'weights', 'scores', 'clusters', 'segments', 'export'] as const;
export type StepId = (typeof STEPS)[number];

export interface Dataset {
  fileName: string;
  /** The file (a reference to it on disk, or the bytes restored from autosave): read again when column types change. */
  file: Blob;
  loaded: Loaded;
  /** The columns as the page reads them, a cell at a time (preview, ranking ids); text stays packed. */
  table: PackedTable;
  /** The column types the file was read with instead of the detected ones ({} when none). */
  types: Record<string, ColumnType>;
}

const UNDO_LIMIT = 50;

export class Notebook {
  /** The whole method (k sweep included), restarted when the project changes mid-run. */
  readonly runner = new PipelineRunner('all', startKmeansPool);
  /** Weights, scores and the value matrix only: answers a judgment edit at once. */
  readonly fast = new PipelineRunner('scores');
  #version = 0;
  project = $state<Project>() as Project;
  dataset = $state.raw<Dataset | null>(null);
  /** A problem reading the data (the previous data set stays loaded). */
  dataProblem = $state.raw<Problem | null>(null);
  /** The file being read, with its progress (null when none). */
  loading = $state<Loading | null>(null);
  #reader: { worker: Worker; reject: (p: Problem) => void } | null = null;
  #readId = 0;
  step = $state<StepId>('data');
  /** Where autosave stands: project saved, data saved or not (and why). */
  saved = $state<{ project: SaveOutcome | null; data: SaveOutcome | null }>({ project: null, data: null });
  /** Project states before each edit (JSON) with what the edit did, for the Undo tooltip. */
  #undo = $state<{ json: string; label: string }[]>([]);
  #redo = $state<{ json: string; label: string }[]>([]);
  /** Counts project replacements by undo, redo or a new project: text fields remount on it (a fresh native undo history). */
  generation = $state(0);
  /**
   * What is being opened (a template's or the sample's title; null when nothing): until its file is
   * read and its project is in, the page keeps the steps inert and says so (issue 9: text typed
   * into a step while a template's data loaded went into the project the template then replaced).
   */
  opening = $state<string | null>(null);

  constructor(initial: Project) {
    this.project = structuredClone(initial);
    const ui = loadUi();
    if (typeof ui.step === 'string' && (STEPS as readonly string[]).includes(ui.step)) this.step = ui.step as StepId;
  }

  /** Column names and types of the loaded data. */
  columns: ColumnInfo[] = $derived(this.dataset ? this.dataset.loaded.report.columns.map((c) => ({ name: c.name, type: c.type, filled: this.dataset!.loaded.report.rows - c.missing })) : []);

  /** Every problem of the project against the data, with its path. */
  validation: Problem[] = $derived(validateProject($state.snapshot(this.project), this.dataset ? this.columns : undefined));

  /**
   * The newest weights, scores and value matrix (steps 1–5): the full run's, with the fast
   * stage's laid over it when those are newer (the clusters then belong to the previous project
   * until the full run catches up, while `runner.running` says so), or the fast stage's alone
   * while there is no full result (before the first one arrives, or when clustering failed:
   * a k the data cannot take must not hide the weights and scores, which did not fail).
   * Steps 6–8 read `full`.
   */
  result: Scored | null = $derived.by(() => {
    const full = this.runner.result;
    const fast = this.fast.scored;
    let next: Scored | null;
    if (!full) next = fast;
    else next = fast && this.fast.version > this.runner.version ? { ...full, ...fast } : full;
    if (!next) return (this.#shown = null);
    // Parts equal to those shown keep their objects, so the charts that read them are not redrawn.
    return (this.#shown = share(this.#shown, next));
  });
  /** The result last returned by `result` (not reactive: only `result` reads it). */
  #shown: Scored | null = null;

  /**
   * The last full run's result only (clusters, segments, export): a fast result for an edit
   * does not redraw the steps that depend on the clustering, which wait for the full run.
   */
  get full(): Result | null {
    return this.runner.result;
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** What the next undo / redo would undo / redo (empty when the edit did not say). */
  get undoLabel(): string {
    return this.#undo.at(-1)?.label ?? '';
  }

  get redoLabel(): string {
    return this.#redo.at(-1)?.label ?? '';
  }

  /** Applies an edit to the project, remembering the state before it (and `label`, what it does) for undo. */
  edit(change: (p: Project) => void, label = ''): void {
    this.#undo = [...this.#undo.slice(-UNDO_LIMIT + 1), { json: JSON.stringify($state.snapshot(this.project)), label }];
    this.#redo = [];
    change(this.project);
  }

  undo(): void {
    if (this.opening !== null) return;
    const prev = this.#undo.at(-1);
    if (prev === undefined) return;
    this.#redo = [...this.#redo, { json: JSON.stringify($state.snapshot(this.project)), label: prev.label }];
    this.#undo = this.#undo.slice(0, -1);
    this.project = JSON.parse(prev.json);
    this.generation++;
  }

  redo(): void {
    if (this.opening !== null) return;
    const next = this.#redo.at(-1);
    if (next === undefined) return;
    this.#undo = [...this.#undo, { json: JSON.stringify($state.snapshot(this.project)), label: next.label }];
    this.#redo = this.#redo.slice(0, -1);
    this.project = JSON.parse(next.json);
    this.generation++;
  }

  /** Replaces the whole project (import, new, preset); undoable. */
  replaceProject(project: Project, label = ''): void {
    this.edit(() => {}, label);
    this.project = structuredClone(project);
    this.generation++;
  }

  /**
   * Runs `work` (reading another project's file, putting its project in) with `opening` set to
   * `what`, so the steps are inert and say so meanwhile. False, without running it, while
   * something else is being opened.
   */
  async during(what: string, work: () => Promise<boolean>): Promise<boolean> {
    if (this.opening !== null) return false;
    this.opening = what;
    try {
      return await work();
    } finally {
      this.opening = null;
    }
  }

  /**
   * Opens a project that comes with its own data file (a template, the sample): the file is read
   * first unless it is the one loaded, then the file and the project go in together, in one step
   * (the old project never runs on the new file). `what` names it while the steps wait
   * (`during`). False when nothing was opened: the file could not be read, the read was
   * cancelled, or something else is being opened.
   */
  open(what: string, make: () => Project, label: string, data: { fileName: string; bytes: () => Promise<Uint8Array> }): Promise<boolean> {
    return this.during(what, async () => {
      if (this.dataset?.fileName === data.fileName) {
        this.replaceProject(make(), label);
        return true;
      }
      return this.loadData(await data.bytes(), data.fileName, { project: { make, label } });
    });
  }

  /**
   * The column types the project sets for `fileName`: the project's `data.types` when the project
   * describes that file (its `data.source`), else none.
   */
  typesFor(fileName: string): Record<string, ColumnType> | undefined {
    const { source, types } = this.project.data;
    return types && (source === undefined || source === fileName) ? { ...$state.snapshot(types) } : undefined;
  }

  /**
   * Reads a data file: streamed from disk in the read worker (progress in `loading`, `cancelLoad`
   * stops it), parsed once, its typed columns handed to both pipeline workers and kept here. On
   * a read error or a cancel the previous data set, results and project stay as they were.
   * With `project`, that project replaces the open one (undoably, as `label`) in the same step
   * as the data, once the file is read. False when nothing was loaded.
   */
  async loadData(
    source: Blob | Uint8Array,
    fileName: string,
    options: { save?: boolean; types?: Types; sheet?: string | number; headerRow?: number; project?: { make: () => Project; label: string } } = {},
  ): Promise<boolean> {
    const file = source instanceof Blob ? source : new Blob([source as BlobPart]);
    let loaded: Loaded;
    try {
      // Read again (other column types): the same sheet and header row as before.
      const same = this.dataset?.file === file ? this.dataset.loaded.report : undefined;
      const sheet = options.sheet ?? same?.sheet;
      const headerRow = options.headerRow ?? (options.sheet === undefined ? same?.headerRow : undefined);
      loaded = await this.#read(file, fileName, options.types, { sheet, headerRow });
    } catch (p) {
      if ((p as Problem).code !== 'cancelled') this.dataProblem = p as Problem;
      return false;
    }
    await Promise.all([this.runner.adopt(loaded), this.fast.adopt(loaded)]);
    const table = new PackedTable(loaded.columns, loaded.report.columns.map((c) => c.name));
    this.dataset = { fileName, file, loaded, table, types: { ...(options.types ?? {}) } };
    this.dataProblem = null;
    if (options.project) this.replaceProject(options.project.make(), options.project.label);
    if (options.save !== false) {
      if (file.size > MAX_SAVED_BYTES) {
        // The autosaved data would belong to another file: forget it.
        await clearSavedFile();
        this.saved.data = { ok: false, reason: 'too-large' };
      } else this.saved.data = await saveFile({ fileName, bytes: new Uint8Array(await file.arrayBuffer()) });
    }
    return true;
  }

  /** Stops the file being read; the previous data set stays. */
  cancelLoad(): void {
    const r = this.#reader;
    if (!r) return;
    this.#reader = null;
    r.worker.terminate();
    this.loading = null;
    r.reject({ severity: 'info', code: 'cancelled', message: 'Cancelled.', where: {}, params: {} });
  }

  #read(file: Blob, fileName: string, types?: Types, sheet: { sheet?: string | number; headerRow?: number } = {}): Promise<Loaded> {
    this.cancelLoad(); // a newer file replaces one still being read
    const id = ++this.#readId;
    const worker = spawnReadWorker();
    this.loading = { fileName, bytes: 0, total: file.size, rows: 0 };
    return new Promise<Loaded>((resolve, reject) => {
      this.#reader = { worker, reject };
      const end = () => {
        if (this.#reader?.worker === worker) this.#reader = null;
        this.loading = null;
        worker.terminate();
      };
      worker.onmessage = (ev: MessageEvent<ReadReply>) => {
        const m = ev.data;
        if (m.id !== id) return;
        if (m.type === 'read-progress') this.loading = { fileName, bytes: m.bytes, total: m.total, rows: m.rows };
        else if (m.type === 'read-done') {
          end();
          resolve({ report: m.report, columns: m.columns, lines: m.lines, bins: m.bins });
        } else {
          end();
          reject(m.problem);
        }
      };
      worker.onerror = (e) => {
        end();
        reject({ severity: 'error', code: 'internal', message: `Internal error: ${e.message}`, where: {}, params: { detail: e.message } });
      };
      const req: ReadRequest = {
        id,
        file,
        fileName,
        ...(types ? { types } : {}),
        ...(sheet.sheet !== undefined ? { sheet: sheet.sheet } : {}),
        ...(sheet.headerRow !== undefined ? { headerRow: sheet.headerRow } : {}),
      };
      worker.postMessage(req);
    });
  }

  /** The project last sent to the fast stage, waiting for the full run (null when invalid). */
  #pending = $state.raw<{ project: Project; version: number } | null>(null);

  /** An edit's full run has not started yet (the shell waits a moment for more edits): `full` is older than the project. */
  get fullPending(): boolean {
    return this.#pending !== null;
  }

  /** Runs the pipeline (fast stage and full run) when the project is valid for the data. */
  run(): void {
    this.runFast();
    this.runFull();
  }

  /**
   * Runs the fast stage (weights, scores, value matrix) on the current project at once; the
   * full run follows with `runFull` (debounced by the shell). False when there is nothing to run.
   */
  runFast(): boolean {
    this.#pending = null;
    if (!this.dataset) return false;
    if (this.validation.some((p) => p.severity === 'error')) {
      this.runner.settle();
      return false;
    }
    // A full run still going is for an older project: stop it now rather than after the pause.
    this.runner.drop();
    const project = $state.snapshot(this.project) as Project;
    const version = ++this.#version;
    this.#pending = { project, version };
    this.fast.run(project, version);
    return true;
  }

  /** Runs the whole method on the project the last `runFast` sent (nothing when it was invalid). */
  runFull(): void {
    const p = this.#pending;
    this.#pending = null;
    if (!p || !this.dataset) return;
    this.runner.run(p.project, p.version);
  }

  /**
   * An autosaved project this version could not open (see state/restore.ts): kept in storage as
   * it is, and the project is not autosaved over it until the user exports or discards it.
   */
  held = $state.raw<HeldProject | null>(null);

  /** Saves the project (and where the user is) in the browser. */
  autosave(): void {
    if (!this.held) this.saved.project = saveProject($state.snapshot(this.project) as Project);
    saveUi({ step: this.step });
  }

  /** Forgets the held autosave; the open project is saved in its place from now on. */
  discardHeld(): void {
    clearSaved();
    this.held = null;
    this.autosave();
  }

  /** The autosaved project (its text, as stored) and data, if any. */
  static async restore(): Promise<{ project: string | null; file: { fileName: string; bytes: Uint8Array } | null }> {
    return { project: loadProjectText(), file: await loadFile() };
  }
}
