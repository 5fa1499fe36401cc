/** The data module: CSV bytes or text → Arquero table + read report; number and missing-value rules. */
export { readTable, readTableChunks, createTableReader, type ReadOptions, type ReadResult, type TableReader, type TableReaderOptions } from './read.ts';
export { decodeBytes, looksMisdecoded, StreamDecoder, RestartReading, type Decoded, type MisdecodedOptions } from './decode.ts';
export { sniffDelimiter, fieldCounts, DELIMITERS, type SniffOptions } from './sniff.ts';
export { parseNumber, isMissing, isExcelError, looksLikeDecimalComma } from './number.ts';
export { chooseType, looksLikeIdName, NUMERIC_SHARE, type ColumnFacts } from './column-type.ts';
export { readColumn, ColumnBuilder, type ColumnValues, type ReadColumn, type ColumnOptions } from './column.ts';
export { checkHeader, nameColumns, type HeaderNames } from './header.ts';
export { countLineBreaks, lineOfOffset, LineCounter } from './lines.ts';
export { handleMissing, type MissingResult, type MissingColumnReport } from './missing.ts';
export type { ColumnReport, ColumnType, Delimiter, Encoding, ReadReport } from './types.ts';
