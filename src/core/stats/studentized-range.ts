/**
 * The studentized range distribution (Tukey HSD and Games–Howell p-values), by numerical
 * integration of its definition:
 *
 *   W(w; k)     = k ∫ φ(z) [Φ(z) − Φ(z − w)]^{k−1} dz                   (range of k standard normals)
 *   P(Q ≤ q)    = ∫_0^∞ f_ν(s) W(q s; k) ds,  f_ν(s) = ν^{ν/2} s^{ν−1} e^{−ν s²/2} / (Γ(ν/2) 2^{ν/2−1})
 *
 * (s = √(χ²_ν/ν); Lund & Lund 1983, Applied Statistics 32(2): 204–210, give the same double
 * integral). Both integrals use composite 20-point Gauss–Legendre rules: z over [−8.5, 8.5] in 8
 * panels (φ beyond is < 1e-15 of its peak), and the outer one over u = ln s, where s·f_ν(s) is
 * smooth (in s, f_ν ∝ s^{ν−1} has a fractional power at 0 for fractional ν, which panels in s
 * integrated only to ~1e-7 at ν = 2.5 and ~1e-5 in the far tail at ν = 2), from where it falls
 * below e^−46 of its peak on either side, in panels of 2/√(2ν) (at most 1). Above ν = 1e5 the
 * distribution is that of ν = ∞ (W itself) to better than 1e-9. Against
 * scipy.stats.studentized_range (1.10) on k = 2…20, ν = 1…4000 (2, 2.25, 2.5, 3, 3.7, 5, 7 among
 * them), q = 0.2…25 the largest difference is 2.3e-10 (tests/reference/posthoc_reference.py);
 * narrower panels do not lower it (what is left is the range table's interpolation and scipy's own
 * integration).
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

/**
 * ν·(u − (e^{2u} − 1)/2): the log of s·f_ν(s) at s = e^u relative to its peak at u = 0. It is
 * concave, so each side crosses a level once.
 */
function logShape(u: number, df: number): number {
  return df * (u - (Math.exp(2 * u) - 1) / 2);
}

/** The u < 0 (side −1) or u > 0 (side +1) where logShape falls to −`drop` (bisection). */
function shapeBound(df: number, side: -1 | 1, drop: number): number {
  let inner = 0;
  let outer: number = side;
  while (logShape(outer, df) > -drop) outer *= 2;
  for (let i = 0; i < 60; i++) {
    const mid = (inner + outer) / 2;
    if (logShape(mid, df) > -drop) inner = mid;
    else outer = mid;
  }
  return outer;
}

/** Integration range [lo, hi] of u = ln s and its panel count, per ν (a few hundred ν at most in a run). */
const ranges = new Map<number, { lo: number; hi: number; panels: number }>();

function uRange(df: number): { lo: number; hi: number; panels: number } {
  let r = ranges.get(df);
  if (!r) {
    // s·f_ν(s) below e^−46 (1e-20) of its peak on both sides: nothing there reaches 1e-12
    const lo = shapeBound(df, -1, 46);
    const hi = shapeBound(df, 1, 46);
    // the peak's width in u is 1/√(2ν): panels of two widths, at most 1 in the long smooth left
    // tail of small ν (narrower panels change the result by less than 1e-10)
    const width = Math.min(1, 2 / Math.sqrt(2 * df));
    r = { lo, hi, panels: Math.max(4, Math.ceil((hi - lo) / width)) };
    if (ranges.size > 512) ranges.clear();
    ranges.set(df, r);
  }
  return r;
}

/**
 * P(Q ≤ q) for the studentized range of k means with df degrees of freedom (df may be fractional).
 * The outer integral is taken over u = ln s: s·f_ν(s) = C e^{νu − ν e^{2u}/2} is smooth in u, where
 * f_ν(s) ∝ s^{ν−1} has a fractional power at s = 0 for fractional ν (and a kink in its derivatives
 * for small ν) that Gauss–Legendre panels in s integrate only to ~1e-7 at ν = 2.5.
 */
export function studentizedRangeCdf(q: number, k: number, df: number): number {
  checkArgs(k, df);
  if (!(q > 0)) return 0;
  if (q === Infinity) return 1;
  const table = rangeTable(k);
  if (df > 1e5) return rangeCdfInterpolated(q, table);
  const logC = (df / 2) * Math.log(df) - logGamma(df / 2) - (df / 2 - 1) * Math.LN2;
  const { lo, hi, panels } = uRange(df);
  const p = integrate((u) => {
    const s = Math.exp(u);
    return Math.exp(logC + df * u - (df * s * s) / 2) * rangeCdfInterpolated(q * s, table);
  }, lo, hi, panels);
  return Math.min(1, Math.max(0, p));
}

/** P(Q > q): the p-value of a studentized range statistic. */
export function studentizedRangeSf(q: number, k: number, df: number): number {
  return 1 - studentizedRangeCdf(q, k, df);
}
