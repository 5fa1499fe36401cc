/**
 * A small streaming XML tokenizer for SpreadsheetML: text arrives in pieces (as a part is
 * inflated), tags and text go to a handler. Enough for what Excel and other spreadsheet
 * programs write — elements, attributes, text, CDATA, comments, processing instructions — and
 * nothing more: no DTD, no entity other than the five predefined ones and character references
 * (so no entity expansion attack), no namespace resolution (a prefix such as `x:` is dropped).
 * Pure string scanning: works in Node, the page and workers, never evaluates anything.
 */

export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text (entities not decoded); one run of text may come in several calls. */
  text(raw: string): void;
}

const localName = (qname: string): string => {
  const c = qname.indexOf(':');
  return c < 0 ? qname : qname.slice(c + 1);
};

/** Decodes the predefined entities and character references; anything else is left as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (m, e: string) => {
    switch (e) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** OOXML's `_xHHHH_` escapes of characters XML cannot hold (`_x000D_` = carriage return). */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a tag as a plain object without prototype (local names, values decoded). */
export function attributes(attrs: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  if (attrs === '') return out;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(attrs); m; m = ATTR.exec(attrs)) {
    const name = m[1];
    out[name.startsWith('xmlns') ? name : localName(name)] = decodeEntities(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** One attribute's value, without building the whole set (the hot path for cells). */
export function attribute(attrs: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const i = attrs.indexOf(name, from);
    if (i < 0) return undefined;
    from = i + name.length;
    const before = i === 0 ? ' ' : attrs[i - 1];
    if (before !== ' ' && before !== '\t' && before !== '\n' && before !== '\r' && before !== ':') continue;
    let j = from;
    while (attrs[j] === ' ') j++;
    if (attrs[j] !== '=') continue;
    j++;
    while (attrs[j] === ' ') j++;
    const q = attrs[j];
    if (q !== '"' && q !== "'") continue;
    const end = attrs.indexOf(q, j + 1);
    if (end < 0) return undefined;
    return decodeEntities(attrs.slice(j + 1, end));
  }
}

export class XmlScanner {
  private rest = '';
  constructor(private readonly h: XmlHandler) {}

  /** Adds the next piece of text; `final` at the end of the document. */
  push(piece: string, final = false): void {
    const s = this.rest === '' ? piece : this.rest + piece;
    const h = this.h;
    let i = 0;
    const n = s.length;
    for (;;) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        if (i < n) h.text(s.slice(i));
        i = n;
        break;
      }
      if (lt > i) h.text(s.slice(i, lt));
      i = lt;
      const c = s.charCodeAt(lt + 1);
      if (c === 33 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          const e = s.indexOf('-->', lt + 4);
          if (e < 0) break;
          i = e + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', lt)) {
          const e = s.indexOf(']]>', lt + 9);
          if (e < 0) break;
          h.text(s.slice(lt + 9, e).replace(/&/g, '&amp;').replace(/</g, '&lt;'));
          i = e + 3;
          continue;
        }
        if (lt + 9 > n && !final) break;
        // A DOCTYPE: never in SpreadsheetML; refused rather than interpreted.
        throw new Error('the XML has a document type declaration');
      }
      if (c === 63 /* ? */) {
        const e = s.indexOf('?>', lt + 2);
        if (e < 0) break;
        i = e + 2;
        continue;
      }
      // The tag's end: the first `>` outside quotes (most tags have no quote before their `>`).
      let gt = s.indexOf('>', lt + 1);
      let quote = s.indexOf('"', lt + 1);
      while (gt >= 0 && quote >= 0 && quote < gt) {
        const close = s.indexOf('"', quote + 1);
        if (close < 0) {
          gt = -1;
          break;
        }
        if (close > gt) gt = s.indexOf('>', close + 1);
        quote = s.indexOf('"', close + 1);
      }
      if (gt < 0) break;
      if (c === 47 /* / */) {
        h.close(localName(s.slice(lt + 2, gt).trim()));
      } else {
        const selfClosing = s.charCodeAt(gt - 1) === 47;
        const end = selfClosing ? gt - 1 : gt;
        let k = lt + 1;
        while (k < end) {
          const ch = s.charCodeAt(k);
          if (ch === 32 || ch === 9 || ch === 10 || ch === 13) break;
          k++;
        }
        const name = localName(s.slice(lt + 1, k));
        h.open(name, k < end ? s.slice(k, end) : '', selfClosing);
        if (selfClosing) h.close(name);
      }
      i = gt + 1;
    }
    this.rest = i < n ? s.slice(i) : '';
    if (final && this.rest.trim() !== '') throw new Error('the XML ends inside a tag');
  }
}
