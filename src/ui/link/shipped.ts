/**
 * Which shipped data set the loaded data is, if any: a link names a shipped data set so the
 * viewer gets the data too, and never carries a user's own file. The loaded file counts as
 * shipped only when its name is a shipped data set's and its bytes are that data set's bytes
 * (a user's own file that happens to be called `iris.csv` is still the user's). The templates'
 * example data (datasets/templates/<id>.csv, opened from the gallery as `<id>.csv`) are shipped
 * too, so a link to a template project opens its data, and the page names the template.
 */
import { findTemplate, type Template } from '../../core/templates/index.ts';
import type { Dataset } from '../../state/notebook.svelte.ts';
import { assetBytes, SHIPPED, type ShippedDataset } from '../data/datasets.ts';

const templateUrls = import.meta.glob('../../../datasets/templates/*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** The data sets a link may name: the shipped data sets and the templates' example data. */
export const LINKABLE: readonly ShippedDataset[] = [
  ...SHIPPED,
  ...Object.entries(templateUrls)
    .map(([path, url]) => ({ name: path.slice(path.lastIndexOf('/') + 1), load: () => assetBytes(url) }))
    .filter((d) => !SHIPPED.some((s) => s.name === d.name)),
];

/** The names a link may give as its data set. */
export const SHIPPED_NAMES: readonly string[] = LINKABLE.map((d) => d.name);

/** The template whose example data set is called `name` (`<id>.csv`), if any. */
export function templateOfData(name: string | null | undefined): Template | undefined {
  return name && name.endsWith('.csv') && !SHIPPED.some((s) => s.name === name) ? findTemplate(name.slice(0, -4)) : undefined;
}

/** The shipped data set `dataset` is (its name), or null when it is the user's own data. */
export async function shippedName(dataset: Dataset | null): Promise<string | null> {
  if (!dataset) return null;
  const shipped = LINKABLE.find((d) => d.name === dataset.fileName);
  if (!shipped) return null;
  let theirs: Uint8Array;
  try {
    theirs = await shipped.load();
  } catch {
    return null;
  }
  if (theirs.length !== dataset.file.size) return null;
  const ours = new Uint8Array(await dataset.file.arrayBuffer());
  for (let i = 0; i < ours.length; i++) if (ours[i] !== theirs[i]) return null;
  return shipped.name;
}
