/// <reference lib="webworker" />
/**
 * Reads a data file off the main thread as it streams from disk (an Excel workbook: unpacked in pieces) (`file.stream()`): the core's
 * `createTableReader` decodes, parses and types each piece, so neither the whole text nor a
 * string per cell is ever held. Posts progress (bytes read, rows so far) at most every 100 ms
 * and, at the end, the typed columns with text packed (`core/data/packed.ts`) and the numeric
 * columns' histograms — their buffers transferred, not copied: the page hands them on to the
 * pipeline workers (a copy of a few blocks, no string per cell), so the file is parsed once. Cancelling is terminating this
 * worker; nothing else changes.
 */
// First: the no-network / no-eval policy (guard.ts) before any other module runs.
import './guard.ts';
import { RestartReading } from '../core/data/decode.ts';
import { createTableReader, type ReadResult, type TableReaderOptions } from '../core/data/read.ts';
import { isWorkbookBytes, oleError, readData } from '../core/data/read-data.ts';
import { packColumn, packedBuffers } from '../core/data/packed.ts';
import { histogram, type Bin } from '../core/stats/distribution.ts';
import { toProblem } from './problem.ts';
import type { ColumnData, ReadReply, ReadRequest } from './protocol.ts';

const post = (m: ReadReply, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(m, transfer);

const PROGRESS_EVERY_MS = 100;

/** The columns packed for the page, with their histograms; buffers listed for transfer. */
function reply(msg: ReadRequest, { table, report, lines }: ReadResult): void {
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
}

/**
 * A workbook (.xlsx/.xlsm) is read whole (a zip's directory is at its end), then its sheet is
 * unpacked and parsed in pieces with progress; an old .xls or encrypted workbook gets its message.
 */
async function readWorkbookFile(msg: ReadRequest, head: Uint8Array): Promise<boolean> {
  const ole = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  if (!isWorkbookBytes(head) && !ole) return false;
  const bytes = new Uint8Array(await msg.file.arrayBuffer());
  if (ole) throw oleError(bytes, msg.fileName);
  const total = msg.file.size;
  let last = 0;
  const result = readData(bytes, {
    fileName: msg.fileName,
    ...(msg.types ? { types: msg.types } : {}),
    ...(msg.sheet !== undefined ? { sheet: msg.sheet } : {}),
    ...(msg.headerRow !== undefined ? { headerRow: msg.headerRow } : {}),
    onProgress: (done, size, rows) => {
      const now = performance.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      // The sheet's share of the file stands for the whole file.
      post({ type: 'read-progress', id: msg.id, bytes: Math.round((done / Math.max(size, 1)) * total), total, rows });
    },
  });
  post({ type: 'read-progress', id: msg.id, bytes: total, total, rows: result.report.rows });
  reply(msg, result);
  return true;
}

async function read(msg: ReadRequest): Promise<void> {
  if (await readWorkbookFile(msg, new Uint8Array(await msg.file.slice(0, 8).arrayBuffer()))) return;
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
      reply(msg, reader.finish());
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
