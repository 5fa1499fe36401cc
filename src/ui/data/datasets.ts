import { dataUrlBytes } from './data-url.ts';

/**
 * The data sets shipped with the app (`datasets/*.csv`), as same-origin asset URLs loaded on
 * demand. Fetching them is the only network use of the data step: the page's own assets. In
 * the one-file build they are data URLs, decoded without a request.
 */
const urls = import.meta.glob('../../../datasets/*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export interface ShippedDataset {
  /** File name, e.g. `bank_churners.csv`. */
  name: string;
  load: () => Promise<Uint8Array>;
}

export const SHIPPED: ShippedDataset[] = Object.entries(urls)
  .map(([path, url]) => ({
    name: path.slice(path.lastIndexOf('/') + 1),
    load: () => assetBytes(url),
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

/** The sample project's data set (opened on first visit and by "open the sample"). */
export const SAMPLE_FILE = 'corporate_customers.csv';

/** The bytes of the sample data set, one of the shipped assets. */
export function loadSample(): Promise<Uint8Array> {
  const sample = SHIPPED.find((d) => d.name === SAMPLE_FILE);
  if (!sample) throw new Error(`${SAMPLE_FILE} is not among the shipped data sets`);
  return sample.load();
}

/** The bytes of a shipped asset: fetched from the page's own origin, or decoded from a data URL. */
export async function assetBytes(url: string): Promise<Uint8Array> {
  if (url.startsWith('data:')) return dataUrlBytes(url);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}
