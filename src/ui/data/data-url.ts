import { gunzipSync } from 'fflate';

/**
 * The bytes of a `data:` URL, decoded here rather than fetched: the page's CSP allows no
 * `connect-src data:`, and the one-file build (`npm run build:single`) ships its data sets as
 * data URLs. Base64 or percent-encoded; `application/gzip` (how the one-file build packs the
 * CSV files, a quarter of their size) is unzipped. Throws on anything that is not a data URL.
 */
export function dataUrlBytes(url: string): Uint8Array {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0) throw new Error('not a data: URL');
  const meta = url.slice(5, comma).split(';');
  const body = url.slice(comma + 1);
  let bytes: Uint8Array;
  if (meta.includes('base64')) {
    const bin = atob(body);
    bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  } else bytes = new TextEncoder().encode(decodeURIComponent(body));
  return meta[0] === 'application/gzip' ? gunzipSync(bytes) : bytes;
}
