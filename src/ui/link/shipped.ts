/**
 * Which shipped data set the loaded data is, if any: a link names a shipped data set so the
 * viewer gets the data too, and never carries a user's own file. The loaded file counts as
 * shipped only when its name is a shipped data set's and its bytes are that data set's bytes
 * (a user's own file that happens to be called `iris.csv` is still the user's).
 */
import type { Dataset } from '../../state/notebook.svelte.ts';
import { SHIPPED } from '../data/datasets.ts';

/** The names a link may give as its data set. */
export const SHIPPED_NAMES: readonly string[] = SHIPPED.map((d) => d.name);

/** The shipped data set `dataset` is (its name), or null when it is the user's own data. */
export async function shippedName(dataset: Dataset | null): Promise<string | null> {
  if (!dataset) return null;
  const shipped = SHIPPED.find((d) => d.name === dataset.fileName);
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
