/**
 * PipelineRunner (the pipeline worker seen from the page) against a fake Worker that records what
 * it is sent and replies when the test says so: request ids, stale replies dropped, one fast run
 * at a time, cancel and restart giving a fresh worker the data again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readTable } from '../../src/core/data/read.ts';
import { packColumn } from '../../src/core/data/packed.ts';
import type { Project } from '../../src/core/model/project.ts';
import type { Result, Scored } from '../../src/core/result.ts';
import { PipelineRunner, type Loaded } from '../../src/state/runner.svelte.ts';
import type { WorkerReply, WorkerRequest } from '../../src/workers/protocol.ts';

class FakeWorker {
  static all: FakeWorker[] = [];
  posted: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((ev: MessageEvent<WorkerReply>) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(msg: WorkerRequest): void {
    if (this.terminated) throw new Error('posted to a terminated worker');
    this.posted.push(msg);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(msg: WorkerReply): void {
    this.onmessage?.({ data: msg } as MessageEvent<WorkerReply>);
  }
  /** The requests of one type, in order. */
  sent<T extends WorkerRequest['type']>(type: T): Extract<WorkerRequest, { type: T }>[] {
    return this.posted.filter((m): m is Extract<WorkerRequest, { type: T }> => m.type === type);
  }
}

/** A small data set as the read worker hands it over: two columns, packed. */
function dataSet(): Loaded {
  const { table, report, lines } = readTable('id,balance\nc1,10\nc2,20\nc3,30\n');
  const columns = Object.fromEntries(table.columnNames().map((n) => [n, packColumn(table.column(n) as unknown as Float64Array | (string | null)[])]));
  return { report, columns, lines };
}

/** Lets the runner post its queued messages (a data set goes one column per task). */
async function drained(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}

const project = (name: string): Project => ({ name }) as unknown as Project;
const result = (tag: string): Result => ({ tag }) as unknown as Result;
const scored = (tag: string): Scored => ({ tag }) as unknown as Scored;
const last = (): FakeWorker => FakeWorker.all[FakeWorker.all.length - 1];

beforeEach(() => {
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** A runner whose worker has the data set (adopt answered). */
async function withData(stages: 'scores' | 'all'): Promise<PipelineRunner> {
  const runner = new PipelineRunner(stages);
  const done = runner.adopt(dataSet());
  await drained();
  const begin = last().sent('adopt-begin')[0];
  last().reply({ type: 'adopted', id: begin.id });
  await done;
  return runner;
}

describe('PipelineRunner: handing over the data', () => {
  it('sends a data set as begin, one message per column in the report order, and end, all under one id, and resolves when the worker says adopted', async () => {
    const runner = new PipelineRunner('all');
    let resolved = false;
    const done = runner.adopt(dataSet()).then(() => (resolved = true));
    await drained();
    const w = last();
    expect(w.posted.map((m) => m.type)).toEqual(['adopt-begin', 'adopt-column', 'adopt-column', 'adopt-end']);
    expect(w.sent('adopt-column').map((m) => m.name)).toEqual(['id', 'balance']);
    const ids = new Set(w.posted.map((m) => m.id));
    expect(ids.size).toBe(1);
    expect(resolved).toBe(false);
    w.reply({ type: 'adopted', id: [...ids][0] });
    await done;
    expect(resolved).toBe(true);
  });

  it('rejects the hand-over with the problem the worker replies', async () => {
    const runner = new PipelineRunner('all');
    const done = runner.adopt(dataSet());
    await drained();
    const problem = { severity: 'error' as const, code: 'internal', message: 'Internal error: data arrived incomplete', where: {}, params: { detail: 'data arrived incomplete' } };
    last().reply({ type: 'error', id: last().posted[0].id, problem });
    await expect(done).rejects.toEqual(problem);
  });
});

describe('PipelineRunner: runs and their replies', () => {
  it('gives every run a new id and keeps the reply to the newest run with the version it was asked for', async () => {
    const runner = await withData('all');
    runner.run(project('a'), 7);
    await drained();
    const [run] = last().sent('run');
    expect(run).toMatchObject({ stages: 'all', project: { name: 'a' } });
    expect(runner.running).toBe(true);
    last().reply({ type: 'progress', id: run.id, stage: 'sweep', done: 2, total: 9 });
    expect(runner.progress).toEqual({ stage: 'sweep', done: 2, total: 9 });
    last().reply({ type: 'result', id: run.id, result: result('a') });
    expect(runner.result).toEqual({ tag: 'a' });
    expect(runner.version).toBe(7);
    expect(runner.running).toBe(false);
    expect(runner.progress).toBeNull();
  });

  it('drops a reply whose id is not the newest run (a stale result never overwrites a newer one)', async () => {
    const runner = await withData('all');
    runner.run(project('a'), 1);
    await drained();
    const first = last().sent('run')[0];
    last().reply({ type: 'result', id: first.id, result: result('a') });
    runner.run(project('b'), 2);
    await drained();
    const second = last().sent('run')[1];
    expect(second.id).toBeGreaterThan(first.id);
    // a late duplicate of the first run's reply, and its progress, change nothing
    last().reply({ type: 'progress', id: first.id, stage: 'sweep', done: 1, total: 9 });
    last().reply({ type: 'result', id: first.id, result: result('stale') });
    expect(runner.result).toEqual({ tag: 'a' });
    expect(runner.progress).toBeNull();
    expect(runner.running).toBe(true);
    last().reply({ type: 'result', id: second.id, result: result('b') });
    expect(runner.result).toEqual({ tag: 'b' });
    expect(runner.version).toBe(2);
  });

  it('keeps the previous result shown when a run fails, and names the problem', async () => {
    const runner = await withData('all');
    runner.run(project('a'), 1);
    await drained();
    last().reply({ type: 'result', id: last().sent('run')[0].id, result: result('a') });
    runner.run(project('b'), 2);
    await drained();
    const id = last().sent('run').at(-1)!.id;
    const problem = { severity: 'error' as const, code: 'cluster.k-too-large', message: 'k = 9 but only 3 customers', where: {}, params: { k: 9, n: 3 } };
    last().reply({ type: 'error', id, problem });
    expect(runner.result).toEqual({ tag: 'a' });
    expect(runner.problem).toEqual(problem);
    expect(runner.running).toBe(false);
  });
});

describe('PipelineRunner: the fast stage runs one request at a time', () => {
  it('collapses requests made while a run is in the worker into the newest, sent when the run in flight replies, whose reply is dropped', async () => {
    const runner = await withData('scores');
    runner.run(project('a'), 1);
    runner.run(project('b'), 2);
    runner.run(project('c'), 3);
    await drained();
    const w = last();
    expect(w.sent('run').map((m) => (m.project as unknown as { name: string }).name)).toEqual(['a']);
    expect(w.sent('run')[0].stages).toBe('scores');
    w.reply({ type: 'scored', id: w.sent('run')[0].id, scored: scored('a') });
    expect(runner.scored).toBeNull(); // stale: a newer project is waiting
    await drained();
    expect(w.sent('run').map((m) => (m.project as unknown as { name: string }).name)).toEqual(['a', 'c']);
    expect(runner.running).toBe(true);
    w.reply({ type: 'scored', id: w.sent('run')[1].id, scored: scored('c') });
    expect(runner.scored).toEqual({ tag: 'c' });
    expect(runner.version).toBe(3);
    expect(runner.running).toBe(false);
    expect(FakeWorker.all).toHaveLength(1); // the fast worker is never replaced for a newer run
  });
});

describe('PipelineRunner: restart and cancel', () => {
  it('replaces the full worker when a new run arrives during one, gives the new worker the data first, then the run', async () => {
    const runner = await withData('all');
    runner.run(project('a'), 1);
    await drained();
    const old = last();
    runner.run(project('b'), 2);
    await drained();
    expect(old.terminated).toBe(true);
    const fresh = last();
    expect(fresh).not.toBe(old);
    expect(fresh.posted.map((m) => m.type)).toEqual(['adopt-begin', 'adopt-column', 'adopt-column', 'adopt-end', 'run']);
    const run = fresh.sent('run')[0];
    expect((run.project as unknown as { name: string }).name).toBe('b');
    fresh.reply({ type: 'adopted', id: fresh.posted[0].id });
    fresh.reply({ type: 'result', id: run.id, result: result('b') });
    expect(runner.result).toEqual({ tag: 'b' });
    expect(runner.version).toBe(2);
  });

  it('cancel stops at once: the worker is replaced and given the data again, nothing is running, and a later reply is dropped', async () => {
    const runner = await withData('all');
    runner.run(project('a'), 1);
    await drained();
    const old = last();
    const id = old.sent('run')[0].id;
    old.reply({ type: 'progress', id, stage: 'sweep', done: 3, total: 9 });
    runner.cancel();
    expect(old.terminated).toBe(true);
    expect(runner.running).toBe(false);
    expect(runner.progress).toBeNull();
    await drained();
    const fresh = last();
    expect(fresh).not.toBe(old);
    expect(fresh.posted.map((m) => m.type)).toEqual(['adopt-begin', 'adopt-column', 'adopt-column', 'adopt-end']);
    old.reply({ type: 'result', id, result: result('late') });
    expect(runner.result).toBeNull();
    // the next run goes to the fresh worker
    runner.run(project('b'), 2);
    await drained();
    expect(fresh.sent('run')).toHaveLength(1);
  });

  it('cancel rejects a hand-over still waiting, as cancelled', async () => {
    const runner = await withData('all');
    runner.run(project('a'), 1);
    await drained();
    const done = runner.adopt(dataSet()); // new data while running: the old run's worker goes first
    await drained();
    runner.run(project('b'), 2);
    runner.cancel();
    await expect(done).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('cancel does nothing when no run is going', async () => {
    const runner = await withData('all');
    const w = last();
    runner.cancel();
    expect(w.terminated).toBe(false);
    expect(FakeWorker.all).toHaveLength(1);
  });
});
