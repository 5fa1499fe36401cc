/**
 * The positions of `values` sorted largest first, ties in position order (a stable sort), NaN
 * last: the same order as `indices.sort((a, b) => v[b] - v[a] || a - b)` on finite values, but
 * by an LSD radix sort on the numbers' bits (four passes of 16 bits, the keys moved with the
 * positions so each pass reads them in sequence) instead of a comparison callback per pair,
 * which takes seconds at a million values. −0 and +0 are equal.
 */
export function orderDescending(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  // Key per position: the float's bits made to sort as unsigned integers, inverted so that an
  // ascending sort of the keys is a descending sort of the values; NaN gets the largest key.
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  const f = new Float64Array(1);
  const u = new Uint32Array(f.buffer);
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const H = little ? 1 : 0;
  const L = little ? 0 : 1;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v) {
      hi[i] = 0xffffffff;
      lo[i] = 0xffffffff;
      continue;
    }
    f[0] = v === 0 ? 0 : v;
    let h = u[H];
    let l = u[L];
    // Ascending values ↔ ascending unsigned keys: flip every bit of a negative, the sign bit of a positive.
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    // Descending: invert. Only a NaN's bits could give 0xffffffff here, and NaN was set above.
    hi[i] = ~h >>> 0;
    lo[i] = ~l >>> 0;
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let order2 = new Int32Array(n);
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  const count = new Int32Array(65537);
  for (let pass = 0; pass < 4; pass++) {
    const key = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[((key[i] >>> shift) & 0xffff) + 1]++;
    let skip = false;
    for (let d = 1; d <= 65536; d++) {
      if (count[d] === n) skip = true;
      count[d] += count[d - 1];
    }
    if (skip) continue; // every key has this digit: the pass would move nothing
    for (let i = 0; i < n; i++) {
      const p = count[(key[i] >>> shift) & 0xffff]++;
      order2[p] = order[i];
      hi2[p] = hi[i];
      lo2[p] = lo[i];
    }
    [order, order2] = [order2, order];
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
  }
  return order;
}
