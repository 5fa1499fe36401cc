/**
 * Thesis templates (issue 9, item 1): a project + an example data set from a seeded generator +
 * a short description in zh-CN and en, for each reference thesis. The page imports the shipped
 * CSVs (datasets/templates/<id>.csv, written by `npm run gen:templates`); the CLI and the tests
 * call the generators. Applying a template to the user's own file binds its columns by name and
 * synonyms and lists what is left unbound (`bindTemplate`).
 */
import { syncJudgments } from '../model/edit.ts';
import type { Criterion, Project } from '../model/project.ts';
import type { ColumnInfo } from '../model/validate.ts';
import { buildProject, indicatorSpecs, type Bilingual, type ProjectSpec, type TemplateLocale } from './build.ts';
import { TEMPLATE_TEXTS } from './texts.ts';
import * as gbank from './gbank-corporate.ts';
import * as bankaRetail from './banka-retail.ts';
import * as icbc from './icbc-star.ts';
import * as bankaCorporate from './banka-corporate.ts';
import * as spdb from './spdb-survey.ts';
import { COMPOSITE, isScoreSource } from '../sources.ts';

export type TemplateId = 'gbank-corporate' | 'banka-retail' | 'icbc-star' | 'banka-corporate' | 'spdb-survey';

export interface Template {
  id: TemplateId;
  title: Bilingual;
  /** The thesis's method in two lines (for the gallery card). */
  method: Bilingual;
  seed: number;
  rows: number;
  spec: ProjectSpec;
  generate: (seed?: number, n?: number) => string;
  /** Criterion whose sub-criteria are survey dimensions of Likert items (reliability per dimension). */
  survey?: { criterion: string };
  /** Columns the quantity cannot leave (next-period.ts keeps period 2 inside them). */
  bounds?: Readonly<Record<string, readonly [number, number]>>;
}

const t = (id: TemplateId, m: { SEED: number; ROWS: number; spec: ProjectSpec; generate: Template['generate']; BOUNDS?: Template['bounds'] }, survey?: Template['survey']): Template => ({
  id,
  title: TEMPLATE_TEXTS[id].title,
  method: TEMPLATE_TEXTS[id].method,
  seed: m.SEED,
  rows: m.ROWS,
  spec: m.spec,
  generate: m.generate,
  ...(m.BOUNDS ? { bounds: m.BOUNDS } : {}),
  ...(survey ? { survey } : {}),
});

export const TEMPLATES: readonly Template[] = [
  t('gbank-corporate', gbank),
  t('banka-retail', bankaRetail),
  t('icbc-star', icbc),
  t('banka-corporate', bankaCorporate),
  t('spdb-survey', spdb, { criterion: 'satisfaction' }),
];

export const TEMPLATE_IDS: readonly TemplateId[] = TEMPLATES.map((x) => x.id);

export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((x) => x.id === id);
}

/** The template's project with names in `locale`. */
export function templateProject(template: Template, locale: TemplateLocale = 'zh-CN'): Project {
  return buildProject(template.spec, locale);
}

export interface Binding {
  /** Template column → the data column it is bound to (same name when found as is). */
  bound: { column: string; to: string; how: 'name' | 'synonym' }[];
  /** Template columns with no match in the data, with what used them. */
  unbound: { column: string; usedBy: string[] }[];
  /** What was changed in the project because of unbound columns. */
  notes: string[];
}

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_\-()（）]+/g, '');

/**
 * Binds `project` (a template's) to the data's `columns`: every column the project names (its
 * indicators, derived inputs, tier rules, ABC source, composition and id column) is looked up by
 * exact name, then by the indicator's names and synonyms (ignoring case, spaces, `_`, `-` and
 * brackets). Indicators left unbound are removed (empty criteria too, judgments re-laid); options
 * that name an unbound column fall back to defaults, each with a note. Changes `project` in place.
 */
export function bindTemplate(project: Project, template: Template, columns: readonly ColumnInfo[]): Binding {
  const have = new Map(columns.map((c) => [norm(c.name), c.name]));
  const exact = new Set(columns.map((c) => c.name));
  const derivedNames = new Set((project.data.derived ?? []).map((d) => d.name));
  const specs = indicatorSpecs(template.spec);
  const map = new Map<string, { to: string; how: 'name' | 'synonym' } | null>();
  const resolve = (column: string): string | null => {
    if (derivedNames.has(column)) return column;
    if (!map.has(column)) {
      let hit: { to: string; how: 'name' | 'synonym' } | null = exact.has(column) ? { to: column, how: 'name' } : null;
      if (!hit) {
        const spec = specs.find((s) => s.column === column);
        for (const cand of [column, ...(spec ? [spec.name['zh-CN'], spec.name.en, ...(spec.synonyms ?? [])] : [])]) {
          const to = have.get(norm(cand));
          if (to) {
            hit = { to, how: 'synonym' };
            break;
          }
        }
      }
      map.set(column, hit);
    }
    return map.get(column)?.to ?? null;
  };
  const usedBy = new Map<string, string[]>();
  const use = (column: string, what: string) => {
    if (resolve(column) === null) usedBy.set(column, [...(usedBy.get(column) ?? []), what]);
  };
  const notes: string[] = [];
  // Derived columns: inputs rebound; a derived column with an unbound input is dropped.
  if (project.data.derived) {
    project.data.derived = project.data.derived.filter((d) => {
      d.inputs.forEach((c) => use(c, `data.derived ${d.name}`));
      if (d.inputs.some((c) => resolve(c) === null)) {
        derivedNames.delete(d.name);
        notes.push(`derived column "${d.name}" left out: an input is not in the data`);
        return false;
      }
      d.inputs = d.inputs.map((c) => resolve(c)!);
      return true;
    });
    if (project.data.derived.length === 0) delete project.data.derived;
  }
  const removed: string[] = [];
  const prune = (c: Criterion): boolean => {
    if (c.subcriteria) c.subcriteria = c.subcriteria.filter(prune);
    if (c.indicators) {
      c.indicators = c.indicators.filter((i) => {
        use(i.column, `indicator ${i.name}`);
        const to = resolve(i.column);
        if (to === null) {
          removed.push(i.id);
          return false;
        }
        i.column = to;
        return true;
      });
    }
    return (c.subcriteria?.length ?? 0) > 0 || (c.indicators?.length ?? 0) > 0;
  };
  project.hierarchy.criteria = project.hierarchy.criteria.filter(prune);
  if (removed.length) {
    notes.push(`indicators left out (no column): ${removed.join(', ')}`);
    const given = project.options.weighting.given;
    if (given) for (const id of removed) delete given[id];
  }
  syncJudgments(project);
  const s = project.options.scoring;
  if (s.tierRules) {
    s.tierRules.rules.forEach((r) => r.conditions.forEach((c) => use(isScoreSource(c.source) ? '' : c.source, `tier ${r.label}`)));
    const bad = s.tierRules.rules.some((r) => r.conditions.some((c) => !isScoreSource(c.source) && resolve(c.source) === null));
    if (bad) {
      delete s.tierRules;
      notes.push('tier rules left out: a column they test is not in the data');
    } else s.tierRules.rules.forEach((r) => r.conditions.forEach((c) => isScoreSource(c.source) || (c.source = resolve(c.source)!)));
  }
  if (!isScoreSource(s.abc.source)) {
    use(s.abc.source, 'ABC source');
    const to = resolve(s.abc.source);
    if (to === null) {
      s.abc.source = COMPOSITE;
      notes.push('ABC classes by the composite score: their column is not in the data');
    } else s.abc.source = to;
  }
  const seg = project.options.segmentation;
  if (seg.compositionColumn) {
    const to = resolve(seg.compositionColumn);
    if (to === null) {
      use(seg.compositionColumn, 'composition column');
      delete seg.compositionColumn;
    } else seg.compositionColumn = to;
  }
  if (project.data.idColumn) {
    const to = resolve(project.data.idColumn);
    if (to === null) {
      use(project.data.idColumn, 'identifier column');
      delete project.data.idColumn;
    } else project.data.idColumn = to;
  }
  usedBy.delete('');
  const bound = [...map].flatMap(([column, hit]) => (hit ? [{ column, to: hit.to, how: hit.how }] : []));
  return { bound, unbound: [...usedBy].map(([column, u]) => ({ column, usedBy: u })), notes };
}
