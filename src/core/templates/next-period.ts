/**
 * A second period of a template's example data (issue 9, item 7): the same customers a period
 * later, seeded. What is assumed (no thesis states it): about `lost` of the customers leave,
 * about `fresh` × n new ones arrive (drawn by the template's own generator under another seed,
 * with new identifiers), and every remaining customer's numbers drift —
 *   • small whole-number scales (max ≤ 10, e.g. Likert items, ratings, products held): ± a whole
 *     step with probability ~0.3 each way, kept in the column's range;
 *   • other columns: × exp(0.35 · N(0, 1) + 0.03), rounded to the column's decimals, a zero
 *     staying zero with probability 0.8 (a product not held stays not held);
 * a column with hard limits (`bounds`: days in six months ≤ 180) is kept inside them;
 * text columns stay as they are. Enough movement for a migration matrix with upgrades and
 * downgrades in every scheme; the ICBC star review is the use case.
 */
import { createRng, normal, toCsv, type Rng } from './build.ts';

export interface NextPeriodOptions {
  seed: number;
  /** The identifier column (first column of the template data). */
  idColumn: string;
  /** The template's generator (for the new customers). */
  generate: (seed?: number, n?: number) => string;
  /** Share of customers who leave; default 0.05. */
  lost?: number;
  /** New customers as a share of n; default 0.06. */
  fresh?: number;
  /**
   * Hard limits of columns whose generator clamps them to a range the quantity cannot leave
   * (ICBC's mobile banking active days in six months: 0 to 180); a drifted value is kept inside.
   */
  bounds?: Readonly<Record<string, readonly [number, number]>>;
}

const decimalsOf = (s: string): number => (s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);

function parse(csv: string): { header: string[]; rows: string[][] } {
  const lines = csv.trim().split('\n');
  return { header: lines[0].split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}

function drift(rng: Rng, cells: string[], small: boolean, lo: number, hi: number, decimals: number): string {
  const v = Number(cells[0]);
  if (small) {
    const u = rng.next();
    const step = u < 0.15 ? -1 : u > 0.85 ? 1 : 0;
    return String(Math.min(hi, Math.max(lo, v + step)));
  }
  if (v === 0 && rng.next() < 0.8) return cells[0];
  const base = v === 0 ? Math.max(Math.abs(hi) * 0.01, 1) : v;
  const out = base * Math.exp(0.35 * normal(rng) + 0.03);
  return String(Number(out.toFixed(decimals)));
}

/** The period-2 CSV for a template's period-1 CSV text (same header, `\n` line ends). */
export function nextPeriod(csv: string, options: NextPeriodOptions): string {
  const rng = createRng(options.seed);
  const { header, rows } = parse(csv);
  const idAt = header.indexOf(options.idColumn);
  const numeric = header.map((_, j) => j !== idAt && rows.every((r) => r[j] !== '' && Number.isFinite(Number(r[j]))));
  const stats = header.map((_, j) => {
    if (!numeric[j]) return null;
    const v = rows.map((r) => Number(r[j]));
    const lo = Math.min(...v);
    const hi = Math.max(...v);
    const decimals = Math.max(...rows.map((r) => decimalsOf(r[j])));
    return { lo, hi, decimals, small: decimals === 0 && hi <= 10 };
  });
  const out: string[][] = [];
  for (const r of rows) {
    if (rng.next() < (options.lost ?? 0.05)) continue;
    out.push(r.map((cell, j) => {
      const s = stats[j];
      if (!s) return cell;
      const v = drift(rng, [cell], s.small, s.lo, s.hi, s.decimals);
      const b = options.bounds?.[header[j]];
      return b ? String(Math.min(b[1], Math.max(b[0], Number(v)))) : v;
    }));
  }
  const nNew = Math.round((options.fresh ?? 0.06) * rows.length);
  if (nNew > 0) {
    const extra = parse(options.generate(options.seed + 1, nNew)).rows;
    extra.forEach((r, i) => {
      r[idAt] = `N${String(i + 1).padStart(5, '0')}`;
      out.push(r);
    });
  }
  return toCsv(header, out);
}

/** Seed offset of a template's second period (its first period uses the template's seed). */
export const PERIOD2_SEED_OFFSET = 7;

/** A template's period-2 example data (datasets/templates/period2/<id>.csv). */
export function templatePeriod2(t: { seed: number; spec: { idColumn?: string }; generate: NextPeriodOptions['generate']; bounds?: NextPeriodOptions['bounds'] }): string {
  return nextPeriod(t.generate(), { seed: t.seed + PERIOD2_SEED_OFFSET, idColumn: t.spec.idColumn ?? 'customer_id', generate: t.generate, ...(t.bounds ? { bounds: t.bounds } : {}) });
}
