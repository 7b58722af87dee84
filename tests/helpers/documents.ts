import { spawnSync } from 'node:child_process';
import { inflateRawSync } from 'node:zlib';

/**
 * Reading printed documents back in tests: PDFs with poppler (pdftotext, pdfinfo, pdffonts;
 * `npm test` installs poppler-utils, and without it these fail, never skip) and DOCX with a
 * small zip reader.
 */

export function poppler(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.error) {
    throw new Error(
      `${tool} is missing: install poppler-utils (Debian: apt-get install -y poppler-utils). npm test installs it.`,
    );
  }
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

export function pageCount(file: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [file]))?.[1]);
}

export function pageText(file: string, page: number): string {
  return poppler('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-']);
}

export const squash = (text: string) => text.replace(/\s+/g, ' ');

/** The files of a zip archive (stored or deflated), from its central directory. */
export function unzip(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('Not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let index = 0; index < count; index++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/** The text of a WordprocessingML part, paragraph by paragraph. */
export function wordText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
    )
    .join('\n')
    .replace(/&amp;/g, '&');
}
