/**
 * Growable typed arrays for the streaming reader: values are appended one at a time and the
 * buffer doubles when full, so a column of n cells costs O(n) time and at most 2n slots.
 */

export class GrowableFloat64 {
  private buf: Float64Array;
  length = 0;
  constructor(capacity = 1024) {
    this.buf = new Float64Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Float64Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  get(i: number): number {
    return this.buf[i];
  }
  /** The values as an array of exactly `length` (a copy when the buffer is larger, so the spare slots are freed). */
  toArray(): Float64Array {
    return this.length === this.buf.length ? this.buf : this.buf.slice(0, this.length);
  }
  /** A view of the values written so far (shares the buffer; valid until the next push). */
  view(): Float64Array {
    return this.buf.subarray(0, this.length);
  }
}

export class GrowableInt32 {
  private buf: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.buf = new Int32Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Int32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  get(i: number): number {
    return this.buf[i];
  }
  toArray(): Int32Array {
    return this.length === this.buf.length ? this.buf : this.buf.slice(0, this.length);
  }
  view(): Int32Array {
    return this.buf.subarray(0, this.length);
  }
}

export class GrowableUint8 {
  private buf: Uint8Array;
  length = 0;
  constructor(capacity = 1024) {
    this.buf = new Uint8Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  get(i: number): number {
    return this.buf[i];
  }
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}
