/** The project as a JSON file download (from the export step, or wherever saving in the browser failed). */
import type { Project } from '../../core/model/project.ts';
import { rememberFileProject } from './baseline.ts';
import { saveBlob } from './download.ts';
import { exportName } from './names.ts';

export function downloadProjectFile(project: Project): void {
  saveBlob(exportName(project.name, '', 'json'), new Blob([JSON.stringify(project, null, 2) + '\n'], { type: 'application/json' }));
  rememberFileProject(project);
}
