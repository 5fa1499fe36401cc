/**
 * Shared pieces of the thesis templates: seeded random draws for the example data, CSV text,
 * and a compact way to write a template's project (criteria, indicators, AHP first rows).
 */
import { createRng, type Rng } from '../random.ts';
import type { DerivedColumn } from '../data/derived.ts';
import { defaultOptions, type Criterion, type Direction, type JudgmentMatrix, type Options, type Project, type ValueRole } from '../model/project.ts';

export type Bilingual = { 'zh-CN': string; en: string };
export type TemplateLocale = 'zh-CN' | 'en';

export { createRng, type Rng };

/** Standard normal by Box–Muller (1 − u keeps the log finite). */
export function normal(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export const round = (x: number, digits: number): number => Number(x.toFixed(digits));
export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Picks a group index by shares (summing to 1). */
export function pick(rng: Rng, shares: readonly number[]): number {
  let u = rng.next();
  for (let i = 0; i < shares.length; i++) {
    u -= shares[i];
    if (u < 0) return i;
  }
  return shares.length - 1;
}

/** A latent group of the example data: its share of the customers, the centre of their size and prospect. */
export interface LatentGroup {
  share: number;
  size: number;
  prospect: number;
}

/** A customer's latent size and prospect: a group drawn by share, then each drawn around the group's with spread `sd`. */
export function sizeAndProspect(rng: Rng, groups: readonly LatentGroup[], sd: number): { s: number; p: number } {
  const g = groups[pick(rng, groups.map((x) => x.share))];
  const s = g.size + sd * normal(rng);
  const p = g.prospect + sd * normal(rng);
  return { s, p };
}

/** CSV text: header + rows, `\n` line ends, fields quoted only when needed. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

export interface IndicatorSpec {
  id: string;
  name: Bilingual;
  column: string;
  direction?: Direction;
  /** Other column names (any case) the indicator binds to on the user's data. */
  synonyms?: string[];
}

export interface CriterionSpec {
  id: string;
  name: Bilingual;
  role?: ValueRole;
  indicators?: IndicatorSpec[];
  subcriteria?: CriterionSpec[];
  /** First row of the consistent AHP matrix over the children (a_1j), e.g. [1, 2, 3]. */
  row?: number[];
}

/** "a/b" reduced, or the integer. */
function ratio(a: number, b: number): string | number {
  const g = (x: number, y: number): number => (y === 0 ? x : g(y, x % y));
  const d = g(a, b);
  return b / d === 1 ? a / d : `${a / d}/${b / d}`;
}

/** A consistent pairwise matrix from its first row a_1j (integers): a_ij = a_1j / a_1i. */
export function matrixFromRow(row: readonly number[]): (string | number)[][] {
  return row.map((ri) => row.map((rj) => ratio(rj, ri)));
}

export interface ProjectSpec {
  name: Bilingual;
  description: Bilingual;
  goal: Bilingual;
  goalRow?: number[];
  criteria: CriterionSpec[];
  idColumn?: string;
  source: string;
  /** Derived indicators the project computes (data/derived.ts). */
  derived?: DerivedColumn[];
  options: (o: Options) => void;
}

/** Every indicator spec of a project spec, in hierarchy order. */
export function indicatorSpecs(spec: ProjectSpec): IndicatorSpec[] {
  const out: IndicatorSpec[] = [];
  const walk = (c: CriterionSpec) => {
    c.subcriteria?.forEach(walk);
    c.indicators?.forEach((i) => out.push(i));
  };
  spec.criteria.forEach(walk);
  return out;
}

/** The project a spec describes, names in `locale`. */
export function buildProject(spec: ProjectSpec, locale: TemplateLocale): Project {
  const judgments: JudgmentMatrix[] = [];
  const add = (node: string, items: string[], row: number[] | undefined) => {
    if (items.length < 2) return;
    judgments.push({ node, expert: 'e1', items, matrix: matrixFromRow(row ?? items.map(() => 1)) });
  };
  const criterion = (c: CriterionSpec, top: boolean): Criterion => {
    const out: Criterion = { id: c.id, name: c.name[locale] };
    if (top && c.role) out.role = c.role;
    if (c.subcriteria) {
      out.subcriteria = c.subcriteria.map((s) => criterion(s, false));
      add(c.id, c.subcriteria.map((s) => s.id), c.row);
    } else {
      out.indicators = (c.indicators ?? []).map((i) => ({ id: i.id, name: i.name[locale], column: i.column, direction: i.direction ?? 'benefit' }));
      add(c.id, (c.indicators ?? []).map((i) => i.id), c.row);
    }
    return out;
  };
  const criteria = spec.criteria.map((c) => criterion(c, true));
  add('goal', spec.criteria.map((c) => c.id), spec.goalRow);
  const options = defaultOptions();
  spec.options(options);
  return {
    version: 1,
    name: spec.name[locale],
    description: spec.description[locale],
    data: { source: spec.source, ...(spec.idColumn ? { idColumn: spec.idColumn } : {}), ...(spec.derived ? { derived: structuredClone(spec.derived) } : {}) },
    hierarchy: { goal: spec.goal[locale], criteria },
    experts: [{ id: 'e1', name: locale === 'zh-CN' ? '专家 1' : 'Expert 1' }],
    judgments,
    options,
  };
}
