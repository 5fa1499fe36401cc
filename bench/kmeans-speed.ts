/**
 * Side-by-side timing of the k-means engine against the frozen copy of the previous implementation
 * (tests/core/cluster/frozen/kmeans-v1.ts), interleaved so machine load hits both alike:
 *
 *   npx tsx bench/kmeans-speed.ts [n=200000] [d=2] [restarts=10] [rounds=2] [--sklearn] [--mini-batch]
 *
 * --sklearn also times scikit-learn's KMeans(n_init=restarts, lloyd) sweep on the same data (one
 * thread, bench/sklearn_bench.py, once, after our rounds); --mini-batch also times our sweep with
 * method 'mini-batch' (batch 1024) and prints its inertia per k relative to the exact one.
 *
 * Data: bench/blobs.ts (seeded 4 blobs) at n × d. Work: the k sweep k = 2..10 (kmeansPrepared with
 * `restarts`), plus k-means++ alone (the 9 × restarts starts). Prints per-round times and the
 * median ratio new/old; also checks that both give identical labels, centres and inertia.
 */
import { kmeansPlusPlus, kmeansPrepared, preparePoints, restartSeed } from '../src/core/cluster/kmeans.ts';
import * as v1 from '../tests/core/cluster/frozen/kmeans-v1.ts';
import { createRng } from '../src/core/random.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeBlobs } from './blobs.ts';
import { median } from './measure.ts';

const pos = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const n = Number(pos[0] ?? 200000);
const d = Number(pos[1] ?? 2);
const restarts = Number(pos[2] ?? 10);
const rounds = Number(pos[3] ?? 2);
const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith('--')));
const { points } = makeBlobs(n, d);
const opts = { seed: 1, restarts, maxIterations: 300, tol: 1e-4 };

type Impl = { name: string; pp: typeof kmeansPlusPlus; run: (prep: never, k: number, o: typeof opts) => { inertia: number }; prep: (p: typeof points) => unknown };
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
    for (let k = 2; k <= 10; k++) ins.push(im.run(prep as never, k, opts).inertia);
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

if (flags.has('--mini-batch')) {
  const t0 = performance.now();
  const prep = preparePoints(points);
  const rel: string[] = [];
  for (let k = 2; k <= 10; k++) rel.push((kmeansPrepared(prep, k, { ...opts, method: 'mini-batch' }).inertia / inertias.new[k - 2]).toFixed(3));
  console.log(`mini-batch sweep (batch 1024): ${(performance.now() - t0).toFixed(0)} ms; inertia / exact for k = 2..10: ${rel.join(' ')}`);
}
if (flags.has('--sklearn')) {
  const dir = mkdtempSync(join(tmpdir(), 'valueseg-kmeans-speed-'));
  try {
    const csv = join(dir, 'blobs.csv');
    const lines = [Array.from({ length: d }, (_, j) => `x${j + 1}`).join(',') + ',label'];
    for (let i = 0; i < n; i++) lines.push(Array.from(points.data.subarray(i * d, i * d + d)).join(',') + ',0');
    writeFileSync(csv, lines.join('\n') + '\n');
    const script = fileURLToPath(new URL('./sklearn_bench.py', import.meta.url));
    const opt = { kMin: 2, kMax: 10, restarts, maxIterations: 300, tol: 1e-4, seeds: [1], warmup: 0 };
    const r = spawnSync('/usr/bin/python3', [script, 'kmeans-sweep', csv, '1', JSON.stringify(opt)], {
      encoding: 'utf8',
      env: { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' },
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) throw new Error(r.stderr);
    const out = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    console.log(`scikit-learn sweep (n_init=${restarts}, lloyd, 1 thread): ${(out.times[0] * 1000).toFixed(0)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
