import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import sample from '../../datasets/corporate_customers.project.json';
import type { Project } from '../../src/core/model/project.ts';
import { decodeLink, encodeLink, fromBase64Url, isProjectLink, MAX_LINK_CHARS, MAX_LINK_PROJECT_BYTES, toBase64Url } from '../../src/state/link.ts';

const SHIPPED = ['corporate_customers.csv', 'iris.csv'];
const project = () => structuredClone(sample) as Project;
/** A fragment holding `text` compressed by Node's zlib (not by the code under test). */
const fragmentOf = (text: string | Buffer, data?: string) =>
  `#${data !== undefined ? `data=${encodeURIComponent(data)}&` : ''}project=${deflateRawSync(typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64url')}`;

describe('base64url', () => {
  it('writes bytes as Node’s base64url does, and reads them back, for every length up to 40', () => {
    let seed = 7;
    for (let n = 0; n <= 40; n++) {
      const bytes = Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 255);
      const text = toBase64Url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64Url(text)).toEqual(bytes);
    }
  });

  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('ab/c')).toBeNull();
    expect(fromBase64Url('a<b>')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull(); // 5 characters: one left over
    expect(fromBase64Url('aé')).toBeNull();
  });
});

describe('a link to a project', () => {
  it('opens the same project it was made from, naming the shipped data set', async () => {
    const p = project();
    p.options.segmentation.k = 5;
    p.name = '对公客户 <k=5>';
    const enc = await encodeLink(p, 'corporate_customers.csv');
    expect(enc.ok).toBe(true);
    if (!enc.ok) return;
    expect(enc.fragment.startsWith('data=corporate_customers.csv&project=')).toBe(true);
    expect(isProjectLink(enc.fragment)).toBe(true);
    const out = await decodeLink(`#${enc.fragment}`, { datasets: SHIPPED });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.project).toEqual(p);
    expect(out.dataset).toBe('corporate_customers.csv');
    expect(out.warnings).toEqual([]);
  });

  it('holds the project JSON as plain deflate-raw that any inflater reads, and is short', async () => {
    const enc = await encodeLink(project());
    if (!enc.ok) throw new Error('not encoded');
    expect(enc.fragment.startsWith('project=')).toBe(true);
    const text = inflateRawSync(Buffer.from(enc.fragment.slice('project='.length), 'base64url')).toString('utf8');
    expect(JSON.parse(text)).toEqual(project());
    expect(enc.fragment.length).toBeLessThan(JSON.stringify(project()).length * 0.6);
  });

  it('without a data set says the data is the sharer’s own (null), and reports columns it does not find', async () => {
    const out = await decodeLink(fragmentOf(JSON.stringify(project())), { datasets: SHIPPED, columns: [{ name: 'petal_length', type: 'numeric', filled: 150 }] });
    if (!out.ok) throw new Error(out.reason);
    expect(out.dataset).toBeNull();
    expect(out.binding.length).toBeGreaterThan(0);
    expect(out.binding.every((p) => p.severity === 'error')).toBe(true);
  });

  it('is refused when the project is above the size a link carries', async () => {
    const p = project();
    p.description = 'x'.repeat(MAX_LINK_PROJECT_BYTES);
    expect(await encodeLink(p)).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

describe('a hostile fragment', () => {
  const read = (fragment: string, columns?: [] | undefined) => decodeLink(fragment, { datasets: SHIPPED, ...(columns ? { columns } : {}) });

  it('without a project part, or with a payload that is not base64url, is refused', async () => {
    expect(await read('#data=iris.csv')).toMatchObject({ ok: false, reason: 'not-base64' });
    expect(await read('#project=')).toMatchObject({ ok: false, reason: 'not-base64' });
    expect(await read('#project=<script>alert(1)</script>')).toMatchObject({ ok: false, reason: 'not-base64' });
  });

  it('that is base64url but not deflate data is refused', async () => {
    expect(await read(`#project=${Buffer.from('{"version":1}').toString('base64url')}`)).toMatchObject({ ok: false, reason: 'not-deflate' });
    // a valid stream followed by junk (Node's inflater ignores the junk, Chromium's refuses it): never opened
    const junk = Buffer.concat([deflateRawSync(Buffer.from('{}')), Buffer.from('junk')]);
    expect(await read(`#project=${junk.toString('base64url')}`)).toMatchObject({ ok: false });
  });

  it('of bad JSON is refused as not JSON', async () => {
    const out = await read(fragmentOf('{"version": 1, "name": '));
    expect(out).toMatchObject({ ok: false, reason: 'not-json' });
  });

  it('that is not UTF-8 text is refused', async () => {
    expect(await read(fragmentOf(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])))).toMatchObject({ ok: false, reason: 'not-utf8' });
  });

  it('longer than the limit is refused before anything is decoded', async () => {
    const out = await read(`#project=${'A'.repeat(MAX_LINK_CHARS + 1)}`);
    expect(out).toEqual({ ok: false, reason: 'too-long', chars: MAX_LINK_CHARS + 9, max: MAX_LINK_CHARS });
    // 10 MB of fragment
    expect(await read(`#project=${'A'.repeat(10 * 2 ** 20)}`)).toMatchObject({ ok: false, reason: 'too-long' });
  });

  it('that inflates to 10 MB (a deflate bomb of a few kilobytes) stops at the size limit', async () => {
    const bomb = `{"version":1,"name":"${' '.repeat(10 * 2 ** 20)}"}`;
    const fragment = fragmentOf(bomb);
    expect(fragment.length).toBeLessThan(MAX_LINK_CHARS);
    expect(await read(fragment)).toEqual({ ok: false, reason: 'too-large', max: MAX_LINK_PROJECT_BYTES });
  });

  it('with `__proto__` keys opens without them, warning about each, and pollutes no prototype', async () => {
    const text = JSON.stringify(project()).replace(/^\{/, '{"__proto__":{"polluted":"yes"},"options2":{"constructor":{"prototype":{"polluted":"yes"}}},');
    const out = await read(fragmentOf(text));
    if (!out.ok) throw new Error(out.reason);
    expect(Object.hasOwn(out.project, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(out.project)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(out.warnings.filter((w) => w.code === 'project.unsafe-key').map((w) => w.where.path)).toEqual(['__proto__', 'options2.constructor']);
  });

  it('with a script in the project’s name opens it with the name as plain text (the page shows it as text)', async () => {
    const p = project();
    p.name = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const out = await read(fragmentOf(JSON.stringify(p)));
    if (!out.ok) throw new Error(out.reason);
    expect(out.project.name).toBe(p.name);
  });

  it('naming a data set that is not shipped (a path, a URL) is refused', async () => {
    for (const data of ['../../etc/passwd', 'https://example.com/x.csv', 'my_customers.csv', '__proto__']) {
      expect(await read(fragmentOf(JSON.stringify(project()), data))).toEqual({ ok: false, reason: 'unknown-dataset', dataset: data });
    }
  });

  it('of a JSON value that is not a project is refused with its problems', async () => {
    const out = await read(fragmentOf('{"version":1,"name":42}'));
    expect(out.ok).toBe(false);
    if (out.ok || out.reason !== 'invalid') throw new Error('not invalid');
    expect(out.problems.length).toBeGreaterThan(0);
    expect(await read(fragmentOf('[]'))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await read(fragmentOf('null'))).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('nesting deeper than a project file may is refused', async () => {
    expect(await read(fragmentOf('['.repeat(10_000) + ']'.repeat(10_000)))).toMatchObject({ ok: false, reason: 'too-deep' });
  });
});
