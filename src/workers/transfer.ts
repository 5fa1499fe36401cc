/**
 * A result made ready to post without the page copying it in: every typed array in it (at any
 * depth of plain objects and arrays) is replaced by a copy made here in the worker, and the
 * copies' buffers are listed to be transferred. The page then receives the arrays without a
 * structured-clone copy on its main thread (tens of megabytes at a million customers). Copies,
 * because the worker's caches may still hold the originals, which a transfer would empty.
 */
export function detached<T>(value: T): { value: T; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const seen = new Map<unknown, unknown>();
  const walk = (x: unknown): unknown => {
    if (typeof x !== 'object' || x === null) return x;
    if (seen.has(x)) return seen.get(x);
    if (ArrayBuffer.isView(x) && !(x instanceof DataView)) {
      const copy = (x as unknown as { slice(): ArrayBufferView }).slice();
      // Small arrays are not worth a transfer of their own.
      if (copy.byteLength >= 4096) transfer.push(copy.buffer as ArrayBuffer);
      seen.set(x, copy);
      return copy;
    }
    if (Array.isArray(x)) {
      // A long array of plain values has nothing to detach: keep it as it is.
      if (x.length > 256 && (typeof x[0] !== 'object' || x[0] === null)) return x;
      const out = x.map(walk);
      seen.set(x, out);
      return out;
    }
    if (Object.getPrototypeOf(x) !== Object.prototype && Object.getPrototypeOf(x) !== null) return x;
    const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(x));
    seen.set(x, out);
    for (const [k, v] of Object.entries(x)) out[k] = walk(v);
    return out;
  };
  return { value: walk(value) as T, transfer };
}
