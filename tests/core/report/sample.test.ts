import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readTable } from '../../../src/core/data/read.ts';
import type { Project } from '../../../src/core/model/project.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { customersCsv } from '../../../src/core/report/csv.ts';
import { resultToJson } from '../../../src/core/report/json.ts';
import { methodsParagraph } from '../../../src/core/report/methods.ts';
import { formatRows, reportTables } from '../../../src/core/report/index.ts';
import { reportWords } from '../../../src/i18n/report.ts';

const root = new URL('../../../', import.meta.url);
const bytes = new Uint8Array(readFileSync(new URL('datasets/corporate_customers.csv', root)));
const project = JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8')) as Project;
const { table, report, lines } = readTable(bytes, { fileName: 'corporate_customers.csv' });
const result = runPipeline(project, table, { report, lines });

/** The customer ids of the file, read independently of the app with papaparse. */
const fileIds = (Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data).map((r) => r.customer_id);

describe('the sample project exported', () => {
  it('writes 600 data rows and a header that parse back with papaparse to the ids of the file', () => {
    expect(fileIds.length).toBe(600);
    for (const locale of ['en', 'zh-CN'] as const) {
      const text = customersCsv(table, result, project, { locale });
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(text.split('\r\n').length).toBe(600 + 1 + 1);
      expect(text).not.toMatch(/NaN|undefined/);
      const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, delimiter: ',', newline: '\r\n', skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data.length).toBe(600);
      expect(parsed.data.map((r) => r.customer_id)).toEqual(fileIds);
      const composite = locale === 'en' ? 'Composite score' : '综合得分';
      for (const row of parsed.data) expect(row[composite]).toMatch(/^\d+\.\d{4}$/);
    }
  });

  it('produces every report table and the methods paragraph without NaN text', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const t of reportTables(result, project, reportWords(locale))) {
        for (const row of t.rows) expect(row.length).toBe(t.columns.length);
        expect(formatRows(t).flat().join(' ')).not.toMatch(/NaN|undefined|Infinity/);
      }
      expect(methodsParagraph(project, result, reportWords(locale))).not.toMatch(/NaN|undefined/);
    }
  });

  it('exports the result as JSON with 600 rows', () => {
    const json = JSON.parse(JSON.stringify(resultToJson(result))) as { rows: number[]; n: number };
    expect(json.n).toBe(600);
    expect(json.rows.length).toBe(600);
  });
});
