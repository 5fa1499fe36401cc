/** The project as a JSON file download (from the export step, or wherever saving in the browser failed). */
import type { Project } from '../../core/model/project.ts';
import { rememberFileProject } from './baseline.ts';
import { fileStem, saveBlob } from './download.ts';

export function downloadProjectFile(project: Project): void {
  saveBlob(`${fileStem(project.name, 'project')}.json`, new Blob([JSON.stringify(project, null, 2) + '\n'], { type: 'application/json' }));
  rememberFileProject(project);
}
