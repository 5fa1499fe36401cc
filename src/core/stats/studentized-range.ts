/**
 * The studentized range distribution (Tukey HSD and Games–Howell p-values), by numerical
 * integration of its definition:
 *
 *   W(w; k)     = k ∫ φ(z) [Φ(z) − Φ(z − w)]^{k−1} dz                   (range of k standard normals)
 *   P(Q ≤ q)    = ∫_0^∞ f_ν(s) W(q s; k) ds,  f_ν(s) = ν^{ν/2} s^{ν−1} e^{−ν s²/2} / (Γ(ν/2) 2^{ν/2−1})
 *
 * (s = √(χ²_ν/ν); Lund & Lund 1983, Applied Statistics 32(2): 204–210, give the same double
 * integral). Both integrals use composite 20-point Gauss–Legendre rules: z over [−8.5, 8.5] in 8
 * panels (φ beyond is < 1e-15 of its peak) and s over mode ± 14 standard deviations of f_ν
 * (clipped at 0) in 4–24 panels (more for small ν, whose f_ν is wide and skewed). Above ν = 1e5 the
 * distribution is that of ν = ∞ (W itself) to better than 1e-9. Against
 * scipy.stats.studentized_range on k = 2…10, ν = 1…20000, q = 0.3…12 the largest difference is
 * 1.7e-9 (tests/reference/posthoc_reference.py).
 */
import { logGamma } from './gamma.ts';
import { normalCdf, normalCdfFast, normalPdf } from './normal.ts';

// 20-point Gauss–Legendre nodes and weights on [−1, 1] (symmetric half)
const GL_X = [
  0.0765265211334973, 0.2277858511416451, 0.3737060887154195, 0.5108670019508271, 0.636053680726515, 0.7463319064601508, 0.8391169718222188,
  0.9122344282513259, 0.9639719272779138, 0.9931285991850949,
];
const GL_W = [
  0.1527533871307258, 0.1491729864726037, 0.1420961093183820, 0.1316886384491766, 0.1181945319615184, 0.1019301198172404, 0.0832767415767048,
  0.0626720483341091, 0.0406014298003869, 0.0176140071391521,
];

/** ∫_a^b f over `panels` equal panels, 20-point Gauss–Legendre on each. */
function integrate(f: (x: number) => number, a: number, b: number, panels: number): number {
  const h = (b - a) / panels;
  let total = 0;
  for (let p = 0; p < panels; p++) {
    const mid = a + (p + 0.5) * h;
    const half = h / 2;
    let s = 0;
    for (let i = 0; i < 10; i++) {
      const dx = half * GL_X[i];
      s += GL_W[i] * (f(mid - dx) + f(mid + dx));
    }
    total += s * half;
  }
  return total;
}

// The inner integral's nodes do not depend on w: z over [−8.5, 8.5] (φ beyond is < 1e-15 of its
// peak whatever w is), so φ(z)·weight and Φ(z) are computed once.
const INNER_PANELS = 8;
const INNER = (() => {
  const z: number[] = [];
  const wphi: number[] = [];
  const h = 17 / INNER_PANELS;
  for (let p = 0; p < INNER_PANELS; p++) {
    const mid = -8.5 + (p + 0.5) * h;
    for (let i = 0; i < 10; i++) {
      for (const sign of [-1, 1]) {
        const x = mid + (sign * h * GL_X[i]) / 2;
        z.push(x);
        wphi.push((GL_W[i] * h * normalPdf(x)) / 2);
      }
    }
  }
  return { z: Float64Array.from(z), wphi: Float64Array.from(wphi), cdf: Float64Array.from(z, normalCdf) };
})();

/** P(range of k independent standard normals ≤ w). */
export function normalRangeCdf(w: number, k: number): number {
  if (!(w > 0)) return 0;
  if (w > 40) return 1;
  const { z, wphi, cdf } = INNER;
  let total = 0;
  for (let i = 0; i < z.length; i++) {
    const d = cdf[i] - normalCdfFast(z[i] - w);
    if (d > 0) total += wphi[i] * Math.pow(d, k - 1);
  }
  return Math.min(1, k * total);
}

function checkArgs(k: number, df: number): void {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`The studentized range needs k ≥ 2 groups; got ${k}.`);
  if (!(df > 0)) throw new RangeError(`The studentized range needs df > 0; got ${df}.`);
}

// W(w; k) tabulated once per k on w = 0, 0.01, …, 20 (W(20; k) = 1 to double precision for
// k ≤ 100) and read by 4-point (cubic) Lagrange interpolation: error below 1e-10, and a p-value
// then costs a few hundred interpolations instead of as many integrals.
const STEP = 0.01;
const TOP = 20;
const tables = new Map<number, Float64Array>();

function rangeTable(k: number): Float64Array {
  let t = tables.get(k);
  if (!t) {
    const n = Math.round(TOP / STEP) + 1;
    t = new Float64Array(n + 2);
    for (let i = 0; i < n + 2; i++) t[i] = normalRangeCdf(i * STEP, k);
    tables.set(k, t);
  }
  return t;
}

/** W(w; k) from the table (4-point Lagrange through the nodes around w). */
function rangeCdfInterpolated(w: number, table: Float64Array): number {
  if (!(w > 0)) return 0;
  if (w >= TOP) return 1;
  const x = w / STEP;
  const i = Math.min(Math.max(1, Math.floor(x)), table.length - 3);
  const u = x - i;
  const a = table[i - 1];
  const b = table[i];
  const c = table[i + 1];
  const d = table[i + 2];
  return (-u * (u - 1) * (u - 2) * a) / 6 + ((u + 1) * (u - 1) * (u - 2) * b) / 2 - ((u + 1) * u * (u - 2) * c) / 2 + ((u + 1) * u * (u - 1) * d) / 6;
}

/** P(Q ≤ q) for the studentized range of k means with df degrees of freedom (df may be fractional). */
export function studentizedRangeCdf(q: number, k: number, df: number): number {
  checkArgs(k, df);
  if (!(q > 0)) return 0;
  if (q === Infinity) return 1;
  const table = rangeTable(k);
  if (df > 1e5) return rangeCdfInterpolated(q, table);
  const logC = (df / 2) * Math.log(df) - logGamma(df / 2) - (df / 2 - 1) * Math.LN2;
  const density = (s: number) => (s > 0 ? Math.exp(logC + (df - 1) * Math.log(s) - (df * s * s) / 2) : 0);
  // f_ν's mode is √((ν − 1)/ν) (0 for ν ≤ 1); its SD is below √(1/(2ν)) for large ν and below 1 always
  const mode = df > 1 ? Math.sqrt((df - 1) / df) : 0;
  const spread = Math.min(1, Math.sqrt(1 / (2 * df)) * 1.2);
  const lo = Math.max(0, mode - 14 * spread);
  const hi = mode + 14 * spread + (df < 4 ? 12 : 0);
  const p = integrate((s) => {
    const f = density(s);
    return f > 0 ? f * rangeCdfInterpolated(q * s, table) : 0;
  }, lo, hi, df < 4 ? 24 : df < 30 ? 8 : 4);
  return Math.min(1, Math.max(0, p));
}

/** P(Q > q): the p-value of a studentized range statistic. */
export function studentizedRangeSf(q: number, k: number, df: number): number {
  return 1 - studentizedRangeCdf(q, k, df);
}
