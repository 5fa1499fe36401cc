/**
 * The project validation's problems for one place of the hierarchy, in the user's language.
 * The core's messages are English and name the path; the common ones have their own wording
 * here, any other is translated by its code (`problemMessage`).
 */
import type { Problem } from '../../core/errors.ts';
import { problemMessage, type Locale, type MessageKey } from '../../i18n/index.ts';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Problems (errors and warnings) whose path is one of `paths`, or starts with `prefix` when given. */
export function problemsAt(all: readonly Problem[], paths: readonly string[], prefix?: string): Problem[] {
  return all.filter((p) => {
    const at = p.where.path;
    if (at === undefined) return false;
    return paths.includes(at) || (prefix !== undefined && at.startsWith(prefix));
  });
}

/** The message of a validation problem without its leading path, translated when known. */
export function problemText(p: Problem, t: T, locale: Locale = 'en'): string {
  const path = p.where.path ?? '';
  const msg = path && p.message.startsWith(`${path}: `) ? p.message.slice(path.length + 2) : p.message;
  let m: RegExpExecArray | null;
  if (p.code === 'project.missing-column' && (m = /^no column "(.*)" in the data$/.exec(msg))) return t('indicators.problem.missingColumn', { column: m[1] });
  if (p.code === 'project.not-numeric' && (m = /^column "(.*)" is (identifier|categorical), not numeric$/.exec(msg))) {
    return t('indicators.problem.notNumeric', { column: m[1], type: t(`data.type.${m[2]}` as MessageKey) });
  }
  if (msg === 'expected a non-empty list') return path.endsWith('.subcriteria') ? t('indicators.problem.noSubcriteria') : t('indicators.problem.noIndicators');
  if (msg === 'has neither subcriteria nor indicators') return t('indicators.problem.noIndicators');
  if (msg === 'missing name') return t('indicators.problem.noName');
  if (msg === 'missing goal name') return t('indicators.problem.noGoal');
  if (msg === 'expected at least one criterion') return t('indicators.problem.noCriteria');
  if (msg === 'missing column') return t('indicators.problem.noColumn');
  if ((m = /^column "(.*)" is already bound at /.exec(msg))) return t('indicators.problem.columnTwice', { column: m[1] });
  if ((m = /^"(current|potential)" is already the role of /.exec(msg))) return t('indicators.problem.roleTwice', { role: t(`indicators.role.${m[1]}` as MessageKey) });
  return problemMessage(locale, p, { withoutPath: true });
}
