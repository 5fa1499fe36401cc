import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCommand, runCommandThreads, sweepCommand, sweepCommandThreads } from '../../../src/cli/commands.ts';
import { withThreads } from '../../../src/cli/threads.ts';
import { BestRestart, type KMeansRun } from '../../../src/core/cluster/kmeans.ts';
import { sweep, sweepAsync, type SweepResult } from '../../../src/core/cluster/sweep.ts';
import { poolRunner, taskHandler, type TaskPort, type TaskReply } from '../../../src/core/cluster/tasks.ts';
import { createRng } from '../../../src/core/random.ts';
import { makeBlobs } from '../../../bench/blobs.ts';
import { pointsOf, ref } from './reference.ts';

const bits = (a: Float64Array): number[] => Array.from(new Uint32Array(a.buffer.slice(a.byteOffset, a.byteOffset + a.byteLength)));

/** Every number of two sweeps compared as bits (labels, centres, inertia, metrics, notes). */
function expectSameSweep(a: SweepResult, b: SweepResult): void {
  expect(b.results.map((r) => r.k)).toEqual(a.results.map((r) => r.k));
  a.results.forEach((ra, i) => {
    const rb = b.results[i];
    expect(Array.from(rb.labels)).toEqual(Array.from(ra.labels));
    expect(bits(rb.centroids)).toEqual(bits(ra.centroids));
    expect(bits(Float64Array.of(rb.inertia, rb.silhouette ?? NaN, rb.calinskiHarabasz ?? NaN, rb.daviesBouldin ?? NaN))).toEqual(
      bits(Float64Array.of(ra.inertia, ra.silhouette ?? NaN, ra.calinskiHarabasz ?? NaN, ra.daviesBouldin ?? NaN)),
    );
    expect([rb.iterations, rb.converged, rb.restartAgreement]).toEqual([ra.iterations, ra.converged, ra.restartAgreement]);
  });
  expect([b.knee, b.bestSilhouette, b.cancelled, b.kMin, b.kMax]).toEqual([a.knee, a.bestSilhouette, a.cancelled, a.kMin, a.kMax]);
  expect(b.notes).toEqual(a.notes);
}

/** Ports that run tasks in this thread but answer after a seeded random delay, so results arrive out of order. */
function scrambledPorts(count: number, seed: number, fail?: (k: number, r: number) => boolean): TaskPort[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => {
    let onReply: (r: TaskReply) => void = () => {};
    const handle = taskHandler((reply) => {
      setTimeout(() => onReply(reply), Math.floor(rng.next() * 5));
    });
    return {
      post: (m) => {
        if (m.type === 'task' && fail?.(m.k, m.restart)) setTimeout(() => onReply({ type: 'failed', job: m.job, index: m.index, message: `task k=${m.k} failed` }), 1);
        else handle(m);
      },
      listen: (r) => (onReply = r),
    };
  });
}

describe('parallel k sweep', () => {
  const blobs = makeBlobs(1500, 3, 7).points;
  const options = { kMin: 2, kMax: 7, restarts: 4, seed: 11, silhouetteSample: 600 };

  it('gives the sequential sweep bit for bit when results arrive in any order from any number of ports', async () => {
    const sequential = sweep(blobs, options);
    for (const ports of [1, 2, 3, 5]) {
      const parallel = await sweepAsync(blobs, { ...options, runTasks: poolRunner(scrambledPorts(ports, ports), (d) => d) });
      expectSameSweep(sequential, parallel);
    }
  });

  it('gives the sequential sweep bit for bit when the calling thread takes tasks too, as the page does', async () => {
    const sequential = sweep(blobs, options);
    const pause = () => new Promise<void>((r) => setTimeout(r, 0));
    for (const ports of [1, 2]) {
      const parallel = await sweepAsync(blobs, { ...options, runTasks: poolRunner(scrambledPorts(ports, 10 + ports), (d) => d, { inline: { pause } }) });
      expectSameSweep(sequential, parallel);
    }
  });

  it('gives the same sweep, bit for bit, on 1, 2 and 3 Node worker threads', async () => {
    const iris = pointsOf(ref.datasets.find((d) => d.name === 'iris')!);
    const one = [sweep(blobs, options), sweep(iris, options)];
    for (const threads of [1, 2, 3]) {
      // one pool for both data sets: each sweep sends its own points
      await withThreads(threads, async (runTasks) => {
        expectSameSweep(one[0], await sweepAsync(blobs, { ...options, runTasks }));
        expectSameSweep(one[1], await sweepAsync(iris, { ...options, runTasks }));
      });
    }
  });

  it('gives the same CLI output for sweep and run with --threads as without', async () => {
    const file = (p: string) => new Uint8Array(readFileSync(new URL(`../../../${p}`, import.meta.url)));
    const flags = { columns: 'Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen', scale: 'z', kmin: '2', kmax: '8', restarts: '3', labels: true };
    const seq = JSON.stringify(sweepCommand(file('datasets/wholesale_customers.csv'), 'w.csv', flags));
    const project = file('datasets/corporate_customers.project.json');
    const data = file('datasets/corporate_customers.csv');
    const run = JSON.stringify(runCommand(project, 'p.json', data, 'c.csv'));
    expect(JSON.stringify(await sweepCommandThreads(file('datasets/wholesale_customers.csv'), 'w.csv', { ...flags, threads: '3' }))).toBe(seq);
    expect(JSON.stringify(await runCommandThreads(project, 'p.json', data, 'c.csv', { threads: '2' }))).toBe(run);
  });

  it('keeps the restart with the lowest inertia, ties to the lowest restart, whatever the arrival order', () => {
    const run = (inertia: number): KMeansRun => ({ inertia, labels: new Int32Array(0), centroids: new Float64Array(0), iterations: 1, converged: true, sizes: new Int32Array(0) });
    const inertias = [5, 3, 4, 3, 9, 3];
    for (const order of [[0, 1, 2, 3, 4, 5], [5, 4, 3, 2, 1, 0], [3, 5, 1, 0, 2, 4]]) {
      const best = new BestRestart(inertias.length);
      for (const r of order) best.add(r, run(inertias[r]));
      expect([best.bestR, best.complete, Array.from(best.inertias)]).toEqual([1, true, inertias]);
    }
  });

  it('stops early and says so when cancelled, keeping only the values of k whose restarts all finished', async () => {
    let polls = 0;
    const r = await sweepAsync(blobs, { ...options, shouldCancel: () => ++polls > 9 });
    expect(r.cancelled).toBe(true);
    // the largest k run first: its 4 restarts and the next k's 4 finish before the 10th poll
    expect(r.results.map((x) => x.k)).toEqual([6, 7]);
    expect(r.notes.map((n) => n.code)).toContain('cluster.cancelled');
  });

  it("rejects with the thread's message when a task fails", async () => {
    const runTasks = poolRunner(scrambledPorts(2, 3, (k, r) => k === 5 && r === 2), (d) => d);
    await expect(sweepAsync(blobs, { ...options, runTasks })).rejects.toThrow('task k=5 failed');
  });
});
