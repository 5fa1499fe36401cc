/**
 * Side-by-side timing of the k-means engine against the frozen copy of the previous implementation
 * (tests/core/cluster/frozen/kmeans-v1.ts), interleaved so machine load hits both alike:
 *
 *   npx tsx bench/kmeans-speed.ts [n=200000] [d=2] [restarts=10] [rounds=2]
 *
 * Data: bench/blobs.ts (seeded 4 blobs) at n × d. Work: the k sweep k = 2..10 (kmeansPrepared with
 * `restarts`), plus k-means++ alone (the 9 × restarts starts). Prints per-round times and the
 * median ratio new/old; also checks that both give identical labels, centres and inertia.
 */
import { kmeansPlusPlus, kmeansPrepared, preparePoints, restartSeed } from '../src/core/cluster/kmeans.ts';
import * as v1 from '../tests/core/cluster/frozen/kmeans-v1.ts';
import { createRng } from '../src/core/random.ts';
import { makeBlobs } from './blobs.ts';
import { median } from './measure.ts';

const n = Number(process.argv[2] ?? 200000);
const d = Number(process.argv[3] ?? 2);
const restarts = Number(process.argv[4] ?? 10);
const rounds = Number(process.argv[5] ?? 2);
const { points } = makeBlobs(n, d);
const opts = { seed: 1, restarts, maxIterations: 300, tol: 1e-4 };

type Impl = { name: string; pp: typeof kmeansPlusPlus; run: typeof kmeansPrepared; prep: typeof preparePoints };
const impls: Impl[] = [
  { name: 'old', pp: v1.kmeansPlusPlus, run: v1.kmeansPrepared, prep: v1.preparePoints },
  { name: 'new', pp: kmeansPlusPlus, run: kmeansPrepared, prep: preparePoints },
];
const times: Record<string, { pp: number[]; sweep: number[] }> = { old: { pp: [], sweep: [] }, new: { pp: [], sweep: [] } };
const inertias: Record<string, number[]> = {};
for (let round = 0; round < rounds; round++) {
  for (const im of round % 2 === 0 ? impls : [...impls].reverse()) {
    let t0 = performance.now();
    for (let k = 2; k <= 10; k++) for (let r = 0; r < restarts; r++) im.pp(points, k, createRng(restartSeed(1, r)));
    const pp = performance.now() - t0;
    t0 = performance.now();
    const prep = im.prep(points);
    const ins: number[] = [];
    for (let k = 2; k <= 10; k++) ins.push(im.run(prep, k, opts).inertia);
    const sweep = performance.now() - t0;
    times[im.name].pp.push(pp);
    times[im.name].sweep.push(sweep);
    inertias[im.name] = ins;
    console.log(`round ${round} ${im.name}: k-means++ ${pp.toFixed(0)} ms, sweep ${sweep.toFixed(0)} ms`);
  }
}
const same = inertias.old.every((x, i) => x === inertias.new[i]);
console.log(`n=${n} d=${d} restarts=${restarts}: identical inertias per k: ${same}`);
for (const key of ['pp', 'sweep'] as const) {
  const o = median(times.old[key]);
  const m = median(times.new[key]);
  console.log(`${key}: old ${o.toFixed(0)} ms, new ${m.toFixed(0)} ms, new/old ${(m / o).toFixed(2)}`);
}
