import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTable } from '../../../src/core/data/read.ts';
import { runPipeline, tableColumns } from '../../../src/core/pipeline.ts';
import { validateProject } from '../../../src/core/model/validate.ts';
import { bindTemplate, findTemplate, TEMPLATES, templateProject } from '../../../src/core/templates/index.ts';
import { reliability } from '../../../src/core/survey/reliability.ts';
import { runTemplateCommand, templatesCommand } from '../../../src/cli/templates.ts';

const root = new URL('../../../', import.meta.url);
const shipped = (id: string) => readFileSync(new URL(`datasets/templates/${id}.csv`, root), 'utf8');
const run = (id: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const t = findTemplate(id)!;
  const { table, report, lines } = readTable(t.generate());
  return { result: runPipeline(templateProject(t, locale), table, { report, lines }), table };
};

describe('the five thesis templates', () => {
  it('are listed by the CLI as [{id, title, description, seed}] with the five ids', () => {
    const list = templatesCommand();
    expect(list.map((x) => x.id)).toEqual(['gbank-corporate', 'banka-retail', 'icbc-star', 'banka-corporate', 'spdb-survey']);
    for (const x of list) expect(Object.keys(x)).toEqual(['id', 'title', 'description', 'seed']);
    expect(templatesCommand({ locale: 'en' })[0].title).toBe('G Bank corporate (AHP + clustering)');
  });

  for (const t of TEMPLATES) {
    it(`${t.id}: ships the CSV its seeded generator makes, and its project is valid in both languages`, () => {
      expect(shipped(t.id)).toBe(t.generate());
      const { report } = readTable(t.generate());
      for (const locale of ['zh-CN', 'en'] as const) {
        const problems = validateProject(templateProject(t, locale), report.columns.map((c) => ({ name: c.name, type: c.type })));
        expect(problems.filter((p) => p.severity !== 'warning' && p.severity !== 'info')).toEqual([]);
      }
    });
  }

  it('gbank-corporate at k = 4 names its segments 高质量型, 高潜力型, 高现值型, 低质量型, one each', () => {
    const { result } = run('gbank-corporate');
    expect(result.clustering.k).toBe(4);
    expect(result.segments.map((s) => s.name['zh-CN']).sort()).toEqual(['高质量型', '高潜力型', '高现值型', '低质量型'].sort());
  });

  it('banka-retail has the tiers 普通客户 / 黄金客户 / 白金客户 / 钻石客户 and the 2×2 names of the thesis, with retail strategy wording', () => {
    const { result } = run('banka-retail');
    expect(result.tiers!.labels).toEqual(['普通客户', '黄金客户', '白金客户', '钻石客户']);
    expect(result.segments.map((s) => s.name['zh-CN']).sort()).toEqual(['最优选客户', '一般客户', '次优选客户', '低价值客户'].sort());
    for (const s of result.segments) expect(s.strategy!['zh-CN'].strategy).not.toMatch(/授信|投行|对公/);
  });

  it('icbc-star rates at least five star levels from its value index (0.01·deposits + 0.01·wealth + 0.005·loans + 0.1·fees)', () => {
    const { result, table } = run('icbc-star');
    const col = (n: string) => table.column(n) as unknown as Float64Array;
    const cuts = [10, 50, 500, 2000, 10000, 80000];
    const stars = Array.from(result.rows, (r) => {
      const v = 0.01 * col('deposits_6m_avg')[r] + 0.01 * col('wealth_6m_avg')[r] + 0.005 * col('loans_6m_avg')[r] + 0.1 * col('fee_income')[r];
      return cuts.filter((c) => v >= c).length;
    });
    expect(Array.from(result.tiers!.tier)).toEqual(stars);
    expect(result.tiers!.labels).toEqual(['★', '★★', '★★★', '★★★★', '★★★★★', '★★★★★★', '★★★★★★★']);
    expect(result.tiers!.counts.filter((c) => c > 0).length).toBeGreaterThanOrEqual(5);
    expect(result.weights.method).toBe('given');
  });

  it('banka-corporate counts and names the customers who meet no layer rule', () => {
    const { result } = run('banka-corporate');
    expect(result.tiers!.labels).toEqual(['未定级', '基础客户', '重点客户', '核心客户']);
    expect(result.tiers!.unmatched!.count).toBe(result.tiers!.counts[0]);
    expect(result.tiers!.counts[0]).toBeGreaterThan(0);
  });

  it('runs every template from the CLI on its example data, and spdb-survey reports reliability per dimension', () => {
    for (const t of TEMPLATES) {
      const out = runTemplateCommand(t.id) as { segments: unknown[]; template: string };
      expect(out.template).toBe(t.id);
      expect(out.segments).toHaveLength(4);
    }
    const s = runTemplateCommand('spdb-survey', { locale: 'en' }) as unknown as { survey: { dimensions: { id: string; reliability: { alpha: number } }[]; bySegment: unknown[] } };
    expect(s.survey.dimensions.map((d) => d.id)).toEqual(['service', 'product', 'channel', 'price']);
    expect(s.survey.bySegment).toHaveLength(4);
  });
});

describe('applying a template to the user’s own file', () => {
  it('binds columns by name and synonyms (Chinese headers), and lists what is unbound', () => {
    const t = findTemplate('gbank-corporate')!;
    const csv = t.generate()
      .replace('avg_daily_deposits', '存款日均余额')
      .replace('loan_balance', '贷款余额')
      .replace('industry_outlook', 'something_else');
    const { table, report, lines } = readTable(csv);
    const project = templateProject(t, 'zh-CN');
    const b = bindTemplate(project, t, tableColumns(table, report));
    expect(b.bound).toContainEqual({ column: 'avg_daily_deposits', to: '存款日均余额', how: 'synonym' });
    expect(b.bound).toContainEqual({ column: 'loan_balance', to: '贷款余额', how: 'synonym' });
    expect(b.unbound).toEqual([{ column: 'industry_outlook', usedBy: ['indicator 行业前景'] }]);
    const r = runPipeline(project, table, { report, lines });
    expect(r.weights.indicators.map((w) => w.column)).not.toContain('industry_outlook');
    expect(r.segments).toHaveLength(4);
  });

  it('runs a template on another file through the CLI, with the binding in the output', () => {
    const t = findTemplate('banka-retail')!;
    const csv = t.generate().replace('products_held', '产品持有数');
    const out = runTemplateCommand('banka-retail', {}, { bytes: new TextEncoder().encode(csv), file: 'mine.csv' }) as { binding: { unbound: unknown[]; bound: { column: string; to: string }[] } };
    expect(out.binding.unbound).toEqual([]);
    expect(out.binding.bound).toContainEqual({ column: 'products_held', to: '产品持有数', how: 'synonym' });
  });
});

// Made offline by tests/reference/reliability_reference.py (numpy).
const ref = JSON.parse(readFileSync(new URL('tests/fixtures/templates/reliability.json', root), 'utf8'));

describe("Cronbach's α, corrected item–total correlation and α if item deleted", () => {
  it('match numpy on a small example with one missing answer (listwise deletion)', () => {
    const data: (number | null)[][] = ref.small.data;
    const cols = [0, 1, 2, 3].map((j) => data.map((row) => row[j] ?? NaN));
    const r = reliability(cols, ['a', 'b', 'c', 'd']);
    expect(r.n).toBe(6);
    expect(r.excluded).toBe(1);
    expect(r.alpha).toBeCloseTo(ref.small.alpha, 12);
    expect(r.standardisedAlpha).toBeCloseTo(ref.small.standardisedAlpha, 12);
    r.items.forEach((it, j) => {
      expect(it.correctedItemTotal).toBeCloseTo(ref.small.citc[j], 12);
      expect(it.alphaIfDeleted).toBeCloseTo(ref.small.alphaIfDeleted[j], 12);
    });
  });

  it('match numpy on the service dimension of the spdb-survey data', () => {
    const { table } = readTable(shipped('spdb-survey'));
    const cols = (ref['spdb-service'].columns as string[]).map((c) => table.column(c) as unknown as Float64Array);
    const r = reliability(cols, ref['spdb-service'].columns);
    expect(r.alpha).toBeCloseTo(ref['spdb-service'].alpha, 12);
    r.items.forEach((it, j) => expect(it.alphaIfDeleted).toBeCloseTo(ref['spdb-service'].alphaIfDeleted[j], 12));
  });

  it('is undefined (null), not a division by zero, when every answer is the same', () => {
    expect(reliability([[3, 3, 3], [3, 3, 3]], ['a', 'b']).alpha).toBeNull();
  });
});
