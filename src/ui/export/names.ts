/**
 * Export file names: every file starts with the project's name, so the exports of two projects
 * never overwrite each other in a downloads folder ("批发客户-customers.csv", "批发客户-肘部法则图.svg").
 */
import { fileStem } from './download.ts';

/** `<project>-<part>.<ext>` (just `<project>.<ext>` without a part), each made safe for a file name. */
export function exportName(projectName: string, part: string, ext: string): string {
  const stem = fileStem(projectName, 'project');
  const tail = part ? fileStem(part, '') : '';
  return `${tail ? `${stem}-${tail}` : stem}.${ext}`;
}
