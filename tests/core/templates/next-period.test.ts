import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextPeriod, templatePeriod2 } from '../../../src/core/templates/next-period.ts';
import { TEMPLATES } from '../../../src/core/templates/index.ts';

const root = new URL('../../../', import.meta.url);
const column = (csv: string, name: string): number[] => {
  const [head, ...rows] = csv.trim().split('\n').map((l) => l.split(','));
  const j = head.indexOf(name);
  return rows.map((r) => Number(r[j]));
};

describe('the second period of the template data', () => {
  for (const t of TEMPLATES) {
    it(`${t.id}: ships the period-2 CSV its seeded generator makes`, () => {
      expect(readFileSync(new URL(`datasets/templates/period2/${t.id}.csv`, root), 'utf8')).toBe(templatePeriod2(t));
    });
  }

  it('icbc-star: mobile banking active days stay within the 180 days of six months in period 2', () => {
    const icbc = TEMPLATES.find((t) => t.id === 'icbc-star')!;
    const days = column(templatePeriod2(icbc), 'mobile_active_days');
    expect(days.length).toBeGreaterThan(500);
    expect(Math.max(...days)).toBeLessThanOrEqual(180);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(0);
    // Without the limit the same drift takes some customers past 180 (what the bound prevents).
    const free = column(nextPeriod(icbc.generate(), { seed: icbc.seed + 7, idColumn: 'customer_id', generate: icbc.generate }), 'mobile_active_days');
    expect(free.some((d) => d > 180)).toBe(true);
  });

  it('keeps a bounded column inside its limits and leaves the others as the drift makes them', () => {
    const csv = 'id,days,amount\n' + Array.from({ length: 200 }, (_, i) => `c${i},${170 + (i % 11)},${1000 + i}`).join('\n') + '\n';
    const gen = () => 'id,days,amount\n';
    const bounded = nextPeriod(csv, { seed: 3, idColumn: 'id', generate: gen, fresh: 0, bounds: { days: [0, 180] } });
    const free = nextPeriod(csv, { seed: 3, idColumn: 'id', generate: gen, fresh: 0 });
    expect(Math.max(...column(bounded, 'days'))).toBe(180);
    expect(Math.max(...column(free, 'days'))).toBeGreaterThan(180);
    expect(column(bounded, 'amount')).toEqual(column(free, 'amount'));
  });
});
