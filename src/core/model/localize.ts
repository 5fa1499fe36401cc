/**
 * A project's built-in words in another language: the names the presets give (goal, criteria,
 * indicators, matched by the preset's ids), the first expert's default name and the standard
 * tier labels. Names the user wrote are left alone: only a name equal to the preset's wording in
 * some language is replaced by its wording in `locale`.
 */
import { PRESETS, type PresetLocale } from './presets.ts';
import type { Criterion, Project } from './project.ts';
import { localTierLabels } from './tier-labels.ts';

const LOCALES: readonly PresetLocale[] = ['en', 'zh-CN'];

const EXPERT: Record<PresetLocale, RegExp> = { en: /^Expert (\d+)$/, 'zh-CN': /^专家 ?(\d+)$/ };
const expertName = (n: string, locale: PresetLocale): string => (locale === 'zh-CN' ? `专家 ${n}` : `Expert ${n}`);

/** `text` in `locale` when it is one of `texts`' wordings, else `text` unchanged. */
function reword(text: string, texts: Record<PresetLocale, string> | undefined, locale: PresetLocale): string {
  if (!texts) return text;
  return LOCALES.some((l) => texts[l] === text) ? texts[locale] : text;
}

/** Rewrites `project`'s built-in words in `locale` (see the module comment); mutates and returns it. */
export function localizeProject(project: Project, locale: PresetLocale): Project {
  for (const preset of PRESETS) {
    if (LOCALES.some((l) => preset.goal[l] === project.hierarchy.goal)) project.hierarchy.goal = preset.goal[locale];
    const visit = (c: Criterion): void => {
      const pc = preset.criteria.find((x) => x.id === c.id);
      c.name = reword(c.name, pc?.name, locale);
      c.subcriteria?.forEach(visit);
      for (const ind of c.indicators ?? []) {
        const pi = preset.criteria.flatMap((x) => x.indicators).find((x) => x.id === ind.id);
        ind.name = reword(ind.name, pi?.name, locale);
      }
    };
    project.hierarchy.criteria.forEach(visit);
  }
  for (const e of project.experts) {
    const m = LOCALES.map((l) => EXPERT[l].exec(e.name)).find((x) => x);
    if (m) e.name = expertName(m[1], locale);
  }
  const tiers = project.options.scoring.tiers;
  if (tiers) tiers.labels = localTierLabels(tiers.labels, locale);
  return project;
}
