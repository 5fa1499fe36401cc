import { describe, expect, it } from 'vitest';
import { fieldCounts, sniffDelimiter } from '../../../src/core/data/sniff.ts';

describe('sniffDelimiter', () => {
  it('finds the comma in a plain CSV', () => {
    expect(sniffDelimiter('id,name,balance\n1,Ann,100\n2,Bo,200\n')).toBe(',');
  });

  it('finds the semicolon of a European export even when values have decimal commas', () => {
    // Commas give 1, 2, 3 fields on the three lines; semicolons give 3 on every line.
    expect(sniffDelimiter('id;name;balance\n1;Ann;100,5\n2;Bo,Jr;200,25\n')).toBe(';');
  });

  it('finds the tab in a TSV', () => {
    expect(sniffDelimiter('id\tname\tbalance\n1\tAnn\t1,000\n2\tBo\t2,000\n')).toBe('\t');
  });

  it('finds the pipe', () => {
    expect(sniffDelimiter('id|name\n1|Ann\n2|Bo\n')).toBe('|');
  });

  it('ignores delimiters inside quoted text, including escaped quotes and line breaks', () => {
    const text = 'id,note,amount\n1,"a;b;c;d",5\n2,"say ""x;y""\nsecond line;z",6\n3,plain,7\n';
    expect(fieldCounts(text, ',')).toEqual([3, 3, 3, 3]);
    expect(fieldCounts(text, ';')).toEqual([1, 1, 1, 1]);
    expect(sniffDelimiter(text)).toBe(',');
  });

  it('finds the semicolon when quoted cells contain commas', () => {
    expect(sniffDelimiter('"name";"city"\n"Smith, J";"Paris, FR"\n"Lee, K";"Rome, IT"\n')).toBe(';');
  });

  it('handles CRLF line endings and skips blank lines', () => {
    expect(fieldCounts('a;b\r\n\r\n1;2\r\n3;4', ';')).toEqual([2, 2, 2]);
    expect(sniffDelimiter('a;b\r\n\r\n1;2\r\n3;4')).toBe(';');
  });

  it('prefers the delimiter that is consistent on more lines', () => {
    // Commas: 2, 3, 2, 2 fields (one stray comma); semicolons: 3 on every line.
    expect(sniffDelimiter('a;b,c;d\n1;2,3;4\n5;6,7;8\n9;1,2;3\n')).toBe(';');
  });

  it('falls back to the comma for a one-column file', () => {
    expect(sniffDelimiter('balance\n100\n200\n')).toBe(',');
  });

  it('does not count a record cut by the character limit', () => {
    expect(fieldCounts('a,b\n1,2\n3,4', ',', { maxChars: 10 })).toEqual([2, 2]);
    expect(fieldCounts('a,b\n1,2\n3,4', ',')).toEqual([2, 2, 2]);
  });

  it('looks at no more than maxRecords records', () => {
    expect(fieldCounts('a,b\n1,2\n3,4\n5,6\n', ',', { maxRecords: 2 })).toEqual([2, 2]);
  });
});
