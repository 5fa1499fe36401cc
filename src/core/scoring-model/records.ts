/**
 * CSV records from text that arrives in pieces, in constant memory: each complete record is
 * handed out with the file line on which it starts (header = line 1), and only the unfinished
 * last record is kept between pieces. RFC 4180 quoting (`""` inside a quoted field), any of
 * \r\n, \n and \r as line breaks (counted once each, inside quoted cells too), blank lines
 * (only spaces and delimiters) skipped — the rules of the table reader (data/read.ts), which
 * reads a whole file into columns and so is not for files of any size.
 */

export type RecordHandler = (fields: string[], line: number) => void;

export class RecordSplitter {
  private field = '';
  private fields: string[] = [];
  private inQuotes = false;
  /** Within a quoted field, the last character was its closing (or half of an escaped) quote. */
  private quoteSeen = false;
  private afterCR = false;
  private line = 1;
  private recordLine = 1;
  private readonly delim: number;

  constructor(delimiter: string, private readonly onRecord: RecordHandler) {
    this.delim = delimiter.charCodeAt(0);
  }

  private endRecord(): void {
    this.fields.push(this.field);
    this.field = '';
    const f = this.fields;
    this.fields = [];
    let blank = true;
    for (let j = 0; j < f.length && blank; j++) if (f[j].trim() !== '') blank = false;
    if (!blank) this.onRecord(f, this.recordLine);
  }

  push(text: string): void {
    const n = text.length;
    const D = this.delim;
    let i = 0;
    let start = 0; // start of the unquoted run being collected into `field`
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.afterCR) {
        this.afterCR = false;
        if (c === 10) {
          i++; // the \n of a \r\n split between pieces: one line break
          if (!this.inQuotes) start = i;
          continue;
        }
      }
      if (this.inQuotes) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (c === 34) {
            this.field += '"';
            i++;
            start = i;
            continue;
          }
          this.inQuotes = false; // the quote closed the field: go on as unquoted
          start = i;
          continue;
        }
        if (c === 34) {
          this.field += text.slice(start, i);
          this.quoteSeen = true;
          i++;
          start = i;
          continue;
        }
        if (c === 10 || c === 13) {
          this.line++;
          if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
          else if (c === 13 && i + 1 === n) this.afterCR = true;
        }
        i++;
        continue;
      }
      if (c === D) {
        this.field += text.slice(start, i);
        this.fields.push(this.field);
        this.field = '';
        i++;
        start = i;
      } else if (c === 10 || c === 13) {
        this.field += text.slice(start, i);
        this.endRecord();
        this.line++;
        this.recordLine = this.line;
        i++;
        if (c === 13) {
          if (i < n) {
            if (text.charCodeAt(i) === 10) i++;
          } else this.afterCR = true;
        }
        start = i;
      } else if (c === 34 && this.field === '' && text.slice(start, i).trim() === '') {
        this.inQuotes = true; // a quote at the start of a field (spaces before it allowed)
        i++;
        start = i;
      } else i++;
    }
    if (start < n) this.field += text.slice(start, n);
  }

  /** Ends the text: the last record, if it has no line break after it. */
  finish(): void {
    if (this.field !== '' || this.fields.length > 0) this.endRecord();
    this.fields = [];
    this.field = '';
  }
}
