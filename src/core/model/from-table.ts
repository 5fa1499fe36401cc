/**
 * A new project made from a data file alone (issue 8): the identifier column detected, the
 * numeric columns proposed as indicators under two criteria, current and potential value, by a
 * rule the user sees and can change (`proposeLayout`), categorical columns offered for the
 * segments' composition, one expert with equal judgments, options that fit the number of rows.
 *
 * The rule: numeric columns in file order, the first half (rounded up) under current value, the
 * rest under potential value; a column whose name says cost, overdue, complaints… is a cost
 * indicator (less is better), every other one a benefit. Constant columns are left out (they
 * carry no information and would divide by zero in the normalisation).
 */
import { InputError } from '../errors.ts';
import { freshId, syncJudgments } from './edit.ts';
import { defaultOptions, PROJECT_VERSION, type Criterion, type Direction, type Project, type ValueRole } from './project.ts';

export type FromTableLocale = 'en' | 'zh-CN';

/** What the function needs to know of a data set: its rows and its columns as read. */
export interface TableShape {
  rows: number;
  columns: readonly { name: string; type: 'identifier' | 'numeric' | 'categorical'; distinct?: number; constant?: boolean; missing?: number }[];
}

/** Where a column goes: under a criterion, or nowhere. */
export type Placement = ValueRole | 'none';

export interface ColumnPlan {
  column: string;
  placement: Placement;
  direction: Direction;
}

/** The proposal the user sees and edits before (or after) the project is made. */
export interface Layout {
  idColumn?: string;
  /** Numeric columns, in file order, each with its criterion and direction. */
  indicators: ColumnPlan[];
  /** Categorical columns that can describe the segments' composition. */
  categorical: string[];
  compositionColumn?: string;
}

const COST = /cost|overdue|past_?due|delinquen|complain|churn|default|arrear|成本|费用率|逾期|拖欠|不良|投诉|流失|违约/i;
const ID_NAME = /(^|[^a-z])id([^a-z]|$)|编号|代码|客户号|账号|序号/i;

const NAMES: Record<FromTableLocale, { goal: string; current: string; potential: string; expert: string; project: string }> = {
  en: { goal: 'Customer value', current: 'Current value', potential: 'Potential value', expert: 'Expert 1', project: 'New project' },
  'zh-CN': { goal: '客户价值', current: '当前价值', potential: '潜在价值', expert: '专家 1', project: '新项目' },
};

/** The default layout of `table` (see the module comment). */
export function proposeLayout(table: TableShape): Layout {
  const cols = table.columns;
  const id =
    cols.find((c) => c.type === 'identifier') ??
    cols.find((c) => c.type !== 'numeric' && ID_NAME.test(c.name) && c.distinct !== undefined && c.distinct >= table.rows && table.rows > 0);
  const numeric = cols.filter((c) => c.type === 'numeric' && c.name !== id?.name && !c.constant);
  const half = Math.ceil(numeric.length / 2);
  const indicators: ColumnPlan[] = numeric.map((c, i) => ({
    column: c.name,
    placement: numeric.length === 1 || i < half ? 'current' : 'potential',
    direction: COST.test(c.name) ? 'cost' : 'benefit',
  }));
  const categorical = cols.filter((c) => c.type === 'categorical' && c.name !== id?.name).map((c) => c.name);
  const composition = cols.find((c) => categorical.includes(c.name) && (c.distinct === undefined || (c.distinct >= 2 && c.distinct <= 30)));
  return { ...(id ? { idColumn: id.name } : {}), indicators, categorical, ...(composition ? { compositionColumn: composition.name } : {}) };
}

/**
 * The project `layout` describes: criteria current and potential value (a criterion with no
 * column is left out), indicators named after their columns, one expert with equal judgments,
 * default options with k and the k range fitted to `rows`. Throws `new-project.no-indicator`
 * when no column is placed under a criterion.
 */
export function projectFromLayout(layout: Layout, options: { rows: number; locale?: FromTableLocale; name?: string; source?: string }): Project {
  const names = NAMES[options.locale ?? 'en'];
  const placed = layout.indicators.filter((p) => p.placement !== 'none');
  if (placed.length === 0) {
    throw new InputError('new-project.no-indicator', 'No numeric column is placed under a criterion: a project needs at least one indicator.', { path: 'hierarchy' });
  }
  const opts = defaultOptions();
  const kMax = Math.max(2, Math.min(opts.segmentation.kMax, options.rows - 1));
  opts.segmentation.kMax = kMax;
  opts.segmentation.kMin = Math.min(opts.segmentation.kMin, kMax);
  opts.segmentation.k = Math.min(opts.segmentation.k, kMax);
  if (layout.compositionColumn) opts.segmentation.compositionColumn = layout.compositionColumn;
  const project: Project = {
    version: PROJECT_VERSION,
    name: options.name?.trim() || names.project,
    data: { ...(options.source ? { source: options.source } : {}), ...(layout.idColumn ? { idColumn: layout.idColumn } : {}) },
    hierarchy: { goal: names.goal, criteria: [] },
    experts: [{ id: 'e1', name: names.expert }],
    judgments: [],
    options: opts,
  };
  for (const role of ['current', 'potential'] as const) {
    const mine = placed.filter((p) => p.placement === role);
    if (mine.length === 0) continue;
    const criterion: Criterion = { id: role, name: names[role], role, indicators: [] };
    project.hierarchy.criteria.push(criterion);
    for (const p of mine) {
      const ascii = /[a-z]/i.test(p.column) ? p.column : `x${layout.indicators.indexOf(p) + 1}`;
      criterion.indicators!.push({ id: freshId(project, ascii), name: p.column, column: p.column, direction: p.direction });
    }
  }
  syncJudgments(project);
  return project;
}

/** A project made from `table` by the default layout (`proposeLayout` then `projectFromLayout`). */
export function projectFromTable(table: TableShape, options: { locale?: FromTableLocale; name?: string; source?: string } = {}): Project {
  return projectFromLayout(proposeLayout(table), { ...options, rows: table.rows });
}

/** A project's name from a file name: the name without its folder and extension. */
export function nameFromFile(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').trim();
}

/** A blank project: the goal and the two criteria without indicators, one expert, default options. */
export function blankProject(locale: FromTableLocale = 'en'): Project {
  const names = NAMES[locale];
  return {
    version: PROJECT_VERSION,
    name: names.project,
    data: {},
    hierarchy: {
      goal: names.goal,
      criteria: [
        { id: 'current', name: names.current, role: 'current', indicators: [] },
        { id: 'potential', name: names.potential, role: 'potential', indicators: [] },
      ],
    },
    experts: [{ id: 'e1', name: names.expert }],
    judgments: [{ node: 'goal', expert: 'e1', items: ['current', 'potential'], matrix: [[1, 1], [1, 1]] }],
    options: defaultOptions(),
  };
}
