/// <reference lib="webworker" />
/**
 * Reads a data file off the main thread as it streams from disk (`file.stream()`): the core's
 * `createTableReader` decodes, parses and types each piece, so neither the whole text nor a
 * string per cell is ever held. Posts progress (bytes read, rows so far) at most every 100 ms
 * and, at the end, the typed columns with text packed (`core/data/packed.ts`) and the numeric
 * columns' histograms — their buffers transferred, not copied: the page hands them on to the
 * pipeline workers (a copy of a few blocks, no string per cell), so the file is parsed once. Cancelling is terminating this
 * worker; nothing else changes.
 */
import { RestartReading } from '../core/data/decode.ts';
import { createTableReader, type TableReaderOptions } from '../core/data/read.ts';
import { packColumn, packedBuffers } from '../core/data/packed.ts';
import { histogram, type Bin } from '../core/data/histogram.ts';
import { toProblem } from './problem.ts';
import type { ColumnData, ReadReply, ReadRequest } from './protocol.ts';

const post = (m: ReadReply, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(m, transfer);

const PROGRESS_EVERY_MS = 100;

async function read(msg: ReadRequest): Promise<void> {
  let options: TableReaderOptions = { fileName: msg.fileName, ...(msg.types ? { types: msg.types } : {}) };
  const total = msg.file.size;
  for (;;) {
    const reader = createTableReader(options);
    const stream = msg.file.stream().getReader();
    let bytes = 0;
    let last = 0;
    try {
      for (;;) {
        const { done, value } = await stream.read();
        if (done) break;
        reader.push(value);
        bytes += value.byteLength;
        const now = performance.now();
        if (now - last >= PROGRESS_EVERY_MS) {
          last = now;
          post({ type: 'read-progress', id: msg.id, bytes, total, rows: reader.rows });
        }
      }
      post({ type: 'read-progress', id: msg.id, bytes: total, total, rows: reader.rows });
      const { table, report, lines } = reader.finish();
      // No prototype: a column named __proto__ stays an own key (and survives the copy to the page).
      // Text is packed (a dictionary or one joined string): the page and the pipeline workers get
      // a few blocks to copy instead of a string object per cell.
      const columns: Record<string, ColumnData> = Object.create(null);
      const bins: Record<string, Bin[]> = Object.create(null);
      const transfer: Transferable[] = [lines.buffer];
      for (const name of table.columnNames()) {
        const col = packColumn(table.column(name) as unknown as Float64Array | (string | null)[]);
        columns[name] = col;
        if (col instanceof Float64Array) bins[name] = histogram(col);
        transfer.push(...packedBuffers(col));
      }
      post({ type: 'read-done', id: msg.id, report, columns, lines, bins }, transfer);
      return;
    } catch (e) {
      await stream.cancel().catch(() => {});
      // A later piece proved the encoding or the line breaks guessed from the start wrong: read
      // the file again from its start (rare; the file stays on disk, nothing was kept).
      if (e instanceof RestartReading) {
        options = { ...options, ...e.restartWith };
        continue;
      }
      throw e;
    }
  }
}

self.onmessage = (ev: MessageEvent<ReadRequest>) => {
  const msg = ev.data;
  read(msg).catch((e) => post({ type: 'read-error', id: msg.id, problem: toProblem(e) }));
};
