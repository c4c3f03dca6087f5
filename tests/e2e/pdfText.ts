/**
 * Just enough PDF reading to check what Chromium printed: the text of each page, in page order.
 * Chromium (Skia) writes plain `N 0 obj` objects, Flate-compressed content streams and fonts
 * with a ToUnicode map, and draws text with `<hex> Tj` and `[…] TJ` (glyph by glyph, moved with
 * `Td`, spaces included). No PDF library needed.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  body: string;
  /** Where the body starts in the file, to find a stream's bytes. */
  start: number;
}

function readObjects(bytes: Buffer): { text: string; objects: Map<number, PdfObject> } {
  const text = bytes.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    objects.set(Number(match[1]), { body, start: match.index + match[0].indexOf(body) });
  }
  return { text, objects };
}

/** The number of pages, counted the simple way: `/Type /Page` objects (not `/Pages`). */
export function pdfPageCount(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Each page's text in order; each text block (BT … ET) on a line of its own. */
export function pdfPageTexts(bytes: Buffer): string[] {
  const { text, objects } = readObjects(bytes);
  const object = (num: number) => {
    const found = objects.get(num);
    if (!found) throw new Error(`PDF object ${num} not found`);
    return found;
  };
  const stream = (num: number): string => {
    const { body, start } = object(num);
    const at = body.indexOf('stream');
    const length = Number(/\/Length (\d+)/.exec(body)?.[1]);
    let from = start + at + 'stream'.length;
    if (text[from] === '\r') from++;
    if (text[from] === '\n') from++;
    const raw = bytes.subarray(from, from + length);
    return /\/FlateDecode/.test(body.slice(0, at))
      ? inflateSync(raw).toString('latin1')
      : raw.toString('latin1');
  };

  const unicode = (hex: string) =>
    String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((code) => parseInt(code, 16)));
  const cmaps = new Map<number, Map<number, string>>();
  const cmapOf = (font: number | undefined): Map<number, string> => {
    if (font === undefined) return new Map();
    const known = cmaps.get(font);
    if (known) return known;
    const map = new Map<number, string>();
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(object(font).body);
    if (toUnicode) {
      const cmap = stream(Number(toUnicode[1]));
      for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
        for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
          map.set(parseInt(m[1]!, 16), unicode(m[2]!));
        }
      }
      for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
        for (const m of block[1]!.matchAll(
          /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g,
        )) {
          const low = parseInt(m[1]!, 16);
          const high = parseInt(m[2]!, 16);
          if (m[3]!.startsWith('[')) {
            [...m[3]!.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((d, i) =>
              map.set(low + i, unicode(d[1]!)),
            );
          } else {
            const base = parseInt(m[3]!.slice(1, -1), 16);
            for (let code = low; code <= high; code++) {
              map.set(code, String.fromCodePoint(base + code - low));
            }
          }
        }
      }
    }
    cmaps.set(font, map);
    return map;
  };

  const pageText = (num: number): string => {
    const { body } = object(num);
    const fonts = new Map<string, number>();
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(body);
    if (fontDict) {
      for (const m of fontDict[1]!.matchAll(/\/(\S+) (\d+) 0 R/g)) fonts.set(m[1]!, Number(m[2]));
    }
    const contents = [
      ...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(body)?.[1] ?? '').matchAll(/(\d+) 0 R/g),
    ].map((m) => stream(Number(m[1])));
    let cmap = new Map<number, string>();
    let out = '';
    const glyphs = (hex: string) => {
      for (const code of hex.match(/.{4}/g) ?? []) out += cmap.get(parseInt(code, 16)) ?? '';
    };
    for (const ops of contents) {
      for (const op of ops.matchAll(
        /\/(\S+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\b(BT|ET)\b|T\*/g,
      )) {
        if (op[1]) cmap = cmapOf(fonts.get(op[1]));
        else if (op[2] !== undefined) {
          for (const part of op[2].matchAll(/<([0-9a-fA-F]*)>|(-?[\d.]+)/g)) {
            if (part[1] !== undefined) glyphs(part[1]);
            else if (Number(part[2]) < -200) out += ' ';
          }
        } else if (op[3] !== undefined) glyphs(op[3]);
        else out += '\n';
      }
    }
    return out;
  };

  const kids = (num: number): number[] => {
    const { body } = object(num);
    if (/\/Type\s*\/Page(?![s\w])/.test(body)) return [num];
    const list = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
    return [...list.matchAll(/(\d+) 0 R/g)].flatMap((m) => kids(Number(m[1])));
  };
  const root = /\/Root (\d+) 0 R/.exec(text)?.[1];
  const pagesRef = root && /\/Pages (\d+) 0 R/.exec(object(Number(root)).body)?.[1];
  if (!pagesRef) throw new Error('PDF has no page tree');
  return kids(Number(pagesRef)).map(pageText);
}

/**
 * A page's text with every run of white space made one space, for matching phrases. Ligatures
 * (ﬁ, ﬀ) come back as the letters they stand for.
 */
export const flat = (pageText: string) => pageText.normalize('NFKC').replace(/\s+/g, ' ').trim();
