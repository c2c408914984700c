import { inflateRawSync } from 'node:zlib';

/** The files of a zip, by name, from its central directory (entries written by a stream carry no sizes up front). */
function unzip(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const files = new Map();
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const [method, size, nameLength] = [
      zip.readUInt16LE(at + 10),
      zip.readUInt32LE(at + 20),
      zip.readUInt16LE(at + 28),
    ];
    const local = zip.readUInt32LE(at + 42);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + size);
    files.set(zip.toString('utf8', at + 46, at + 46 + nameLength), method === 8 ? inflateRawSync(raw) : raw);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

const unescape = (xml) =>
  xml
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const texts = (xml) => [...xml.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => unescape(m[1])).join('');

/** The first sheet of an .xlsx as rows of cell texts (numbers as written), each row an array by column. */
export function readSheet(xlsx) {
  const files = unzip(xlsx);
  const shared = [...(files.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>(.*?)<\/si>/gs)].map(
    (m) => texts(m[1]),
  );
  const sheet = files.get('xl/worksheets/sheet1.xml').toString('utf8');
  return [...sheet.matchAll(/<row[^>]*>(.*?)<\/row>/gs)].map(([, row]) => {
    const cells = [];
    for (const [, ref, attributes, body] of row.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
      const column = [...ref].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
      const value = body?.match(/<v>([^<]*)<\/v>/)?.[1];
      const type = attributes.match(/t="(\w+)"/)?.[1];
      cells[column] = type === 's' ? shared[Number(value)] : type === 'inlineStr' ? texts(body) : value;
    }
    return cells;
  });
}
