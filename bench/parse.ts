/**
 * Benchmark: reading a 100,000-row customer CSV (ids, categories, numbers written as
 * `1,234.5`, `12.5%`, `(300)`, a few `NA`) with `readTable` — decode, sniff, parse, type every
 * column over all rows, report — against papaparse alone with `dynamicTyping` on the same text in
 * the same process (the floor: parsing without typing rules or a report).
 *
 *   npx tsx bench/parse.ts
 */
import Papa from 'papaparse';
import { readTable } from '../src/core/data/read.ts';
import { createRng } from '../src/core/random.ts';
import { median, peakRssMB, time } from './measure.ts';

export function makeCsv(rows: number, seed = 7): string {
  const rng = createRng(seed);
  const regions = ['North', 'South', 'East', 'West', 'Central'];
  const out = ['customer_id,region,deposits,loans,fees,growth,rating,products,years,overdue'];
  for (let i = 0; i < rows; i++) {
    const dep = Math.exp(6 + 1.2 * rng.next() * 3);
    const loans = rng.next() < 0.1 ? '(' + (rng.next() * 300).toFixed(1) + ')' : (rng.next() * 9000).toFixed(2);
    const fees = rng.next() < 0.001 ? 'NA' : (rng.next() * 50).toFixed(2);
    out.push(
      [
        `C${100000 + i}`,
        regions[rng.int(5)],
        `"${dep.toLocaleString('en-US', { maximumFractionDigits: 1 })}"`,
        loans,
        fees,
        `${(rng.next() * 40 - 10).toFixed(1)}%`,
        String(1 + rng.int(10)),
        String(1 + rng.int(8)),
        String(1 + rng.int(25)),
        String(rng.int(60)),
      ].join(','),
    );
  }
  return out.join('\n') + '\n';
}

export interface ParseBenchRow {
  rows: number;
  bytes: number;
  oursMs: number;
  papaMs: number;
  ratio: number;
  peakMB: number;
}

export function benchParse(rows = 100_000, repeats = 5): ParseBenchRow {
  const text = makeCsv(rows);
  const bytes = new TextEncoder().encode(text);
  const ours: number[] = [];
  const papa: number[] = [];
  let check = 0;
  for (let r = 0; r < repeats; r++) {
    ours.push(time(() => (check += readTable(bytes).report.rows)));
    papa.push(time(() => (check += Papa.parse(new TextDecoder().decode(bytes), { header: true, dynamicTyping: true, skipEmptyLines: 'greedy' }).data.length)));
  }
  const peak = peakRssMB();
  if (check !== 2 * rows * repeats) throw new Error(`parse bench read ${check} rows, expected ${2 * rows * repeats}`);
  const oursMs = median(ours);
  const papaMs = median(papa);
  return { rows, bytes: bytes.length, oursMs, papaMs, ratio: oursMs / papaMs, peakMB: peak };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(benchParse()));
}
