/**
 * Generates datasets/corporate_customers.csv: a synthetic corporate-customer book of a
 * bank branch, for the built-in sample project. Seeded, so the file is reproducible:
 *
 *   npm run gen:sample            (writes datasets/corporate_customers.csv)
 *
 * Design (documented in datasets/README.md):
 * - 600 customers in four latent groups that mirror the value matrix of the G Bank thesis:
 *   high current / high potential (15 %), high current / low potential (25 %),
 *   low current / high potential (25 %), low current / low potential (35 %).
 * - Each customer has a latent "size" (drives current value) and "prospect" (drives potential
 *   value) drawn around its group's centre; money columns are log-normal in size (right skew),
 *   the other columns follow their latent factor with noise, so indicators of one criterion
 *   correlate with each other and weakly with the other criterion.
 * - Units: money in 10,000 CNY (万元); growth in % written with a % sign; credit rating as a
 *   1–10 internal score; a few cells are missing (empty or "NA") as in a real extract.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRng, type Rng } from '../src/core/random.ts';

const N = 600;
const SEED = 20261123;

function normal(rng: Rng): number {
  // Box–Muller; 1 - u keeps the log finite.
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

interface Group {
  share: number;
  size: number; // latent current-value centre (standard units)
  prospect: number; // latent potential-value centre
}

const GROUPS: Group[] = [
  { share: 0.15, size: 1.5, prospect: 1.3 },
  { share: 0.25, size: 1.1, prospect: -0.9 },
  { share: 0.25, size: -0.9, prospect: 1.0 },
  { share: 0.35, size: -1.0, prospect: -0.9 },
];

const INDUSTRIES = ['Manufacturing', 'Wholesale & retail', 'Construction', 'IT services', 'Logistics', 'Agriculture', 'Healthcare'];
const INDUSTRY_PROSPECT = [0.0, -0.2, -0.4, 0.6, 0.1, -0.3, 0.5];
const REGIONS = ['Lanzhou', 'Tianshui', 'Jiuquan', 'Zhangye', 'Baiyin'];

export function generate(n = N, seed = SEED): string {
  const rng = createRng(seed);
  const header = [
    'customer_id', 'industry', 'region', 'avg_daily_deposits', 'loan_balance', 'intermediary_income',
    'settlement_volume', 'years_of_cooperation', 'revenue_growth', 'credit_rating', 'products_held',
    'industry_outlook', 'overdue_days',
  ];
  const lines = [header.join(',')];
  let g = 0;
  let bound = GROUPS[0].share * n;
  for (let i = 0; i < n; i++) {
    while (i >= bound && g < GROUPS.length - 1) bound += GROUPS[++g].share * n;
    const grp = GROUPS[g];
    const ind = rng.int(INDUSTRIES.length);
    const size = grp.size + 0.35 * normal(rng);
    const prospect = grp.prospect + 0.35 * normal(rng) + 0.4 * INDUSTRY_PROSPECT[ind];
    const deposits = Math.exp(6.2 + 0.75 * size + 0.35 * normal(rng));
    const loans = rng.next() < 0.12 ? 0 : Math.exp(6.6 + 0.8 * size + 0.45 * normal(rng));
    const fees = Math.exp(2.3 + 0.7 * size + 0.4 * normal(rng));
    const settlement = Math.exp(8.0 + 0.7 * size + 0.4 * normal(rng));
    const years = clamp(Math.round(7 + 3 * size + 2.5 * normal(rng)), 1, 25);
    const growth = 6 + 7 * prospect + 4 * normal(rng);
    const rating = clamp(Math.round(6 + 1.4 * prospect + 0.3 * size + 0.9 * normal(rng)), 1, 10);
    const products = clamp(Math.round(4 + 1.6 * prospect + 0.5 * size + 1.0 * normal(rng)), 1, 12);
    const outlook = clamp(Math.round(3 + 0.9 * prospect + 0.6 * normal(rng)), 1, 5);
    const overdue = Math.max(0, Math.round(6 - 4 * prospect + 6 * normal(rng)));
    const row: string[] = [
      `C${String(10001 + i)}`,
      INDUSTRIES[ind],
      REGIONS[rng.int(REGIONS.length)],
      String(round(deposits, 1)),
      String(round(loans, 1)),
      String(round(fees, 2)),
      String(round(settlement, 0)),
      String(years),
      `${round(growth, 1)}%`,
      String(rating),
      String(products),
      String(outlook),
      String(overdue),
    ];
    lines.push(row.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','));
  }
  // Shuffle the data rows so groups are not contiguous (Fisher–Yates, same rng).
  const body = lines.slice(1);
  for (let i = body.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [body[i], body[j]] = [body[j], body[i]];
  }
  // A few missing cells, as real extracts have: 6 empty, 3 "NA".
  const missingCols = [4, 5, 9, 10, 6, 8, 4, 9, 11];
  missingCols.forEach((col, m) => {
    const r = 17 + m * 61;
    const cells = body[r].split(',');
    cells[col] = m % 3 === 2 ? 'NA' : '';
    body[r] = cells.join(',');
  });
  return [lines[0], ...body].join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = new URL('./corporate_customers.csv', import.meta.url);
  writeFileSync(out, generate());
  console.log(`wrote ${fileURLToPath(out)}`);
}
