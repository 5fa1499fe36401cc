import { afterEach, describe, expect, it } from 'vitest';
import { sweep, sweepAsync } from '../../src/core/cluster/sweep.ts';
import { taskHandler, type TaskRequest } from '../../src/core/cluster/tasks.ts';
import { poolFromPorts, sharePoints } from '../../src/workers/kmeans-pool.ts';
import { makeBlobs } from '../../bench/blobs.ts';

const g = globalThis as { crossOriginIsolated?: boolean };
afterEach(() => {
  delete g.crossOriginIsolated;
});

/**
 * `count` k-means "workers" on the far side of real MessageChannels (structured clone in between,
 * as between the page's workers); `seen` records whether each job's points arrived shared.
 */
function channelPorts(count: number, seen: boolean[]): MessagePort[] {
  return Array.from({ length: count }, () => {
    const { port1, port2 } = new MessageChannel();
    const handle = taskHandler((reply) => port2.postMessage(reply));
    port2.onmessage = (ev: MessageEvent<TaskRequest>) => {
      if (ev.data.type === 'job') seen.push(ev.data.data.buffer instanceof SharedArrayBuffer);
      handle(ev.data);
    };
    return port1;
  });
}

describe('the page’s k-means pool', () => {
  const blobs = makeBlobs(900, 3, 5).points;
  const options = { kMin: 2, kMax: 6, restarts: 3, seed: 4, silhouetteSample: 400 };

  it('posts the points as they are when the page is not cross-origin isolated (each worker gets a copy)', () => {
    const data = Float64Array.of(1, 2, 3);
    expect(sharePoints(data)).toBe(data);
  });

  it('copies the points once into a SharedArrayBuffer when the page is cross-origin isolated, and keeps an already shared array', () => {
    g.crossOriginIsolated = true;
    const data = Float64Array.of(1.5, -2, 3e9);
    const shared = sharePoints(data);
    expect(shared.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Array.from(shared)).toEqual([1.5, -2, 3e9]);
    expect(sharePoints(shared)).toBe(shared);
  });

  it('gives the sequential sweep, bit for bit, through shared memory when isolated and through copies when not', async () => {
    const sequential = sweep(blobs, options);
    const key = (r: typeof sequential) =>
      JSON.stringify(r.results.map((x) => [x.k, Array.from(x.labels), Array.from(new Uint32Array(x.centroids.buffer)), x.inertia, x.silhouette]));
    for (const isolated of [false, true]) {
      g.crossOriginIsolated = isolated;
      const seen: boolean[] = [];
      const ports = channelPorts(2, seen);
      const parallel = await sweepAsync(blobs, { ...options, runTasks: poolFromPorts(ports) });
      ports.forEach((p) => p.close());
      expect(key(parallel)).toBe(key(sequential));
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((s) => s === isolated)).toBe(true);
    }
  });
});
