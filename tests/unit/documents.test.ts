import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentModelSchema, type DocumentModel, type PrintMetadata } from '../../main/api/documents/model';
import { createPrintMetadata, formatPrintedAt, tableColumnWeights } from '../../main/api/documents/print';
import { renderDocx } from '../../main/services/documents/docx';
import { renderPdf } from '../../main/services/documents/pdf';
import { pageCount, pageText, poppler, squash, unzip, wordText } from '../helpers/documents';

/*
 * The document engine: a realistic Swedish document rendered to PDF and DOCX, read back with
 * poppler (pdftotext, pdffonts, pdfinfo) and a small zip reader. Poppler is required: `npm test`
 * installs it (scripts/test.mjs); without it these tests fail, they never skip.
 * The PDFs are also written to test-results/documents/ for a look.
 */

const longName = 'Karl-Johan Maximiliansson-Östergård af Södermanlandsbergen';
const longWord = 'Arbetsmarknadsutbildningsförberedelsekoordineringsansvarighetsöverenskommelsen';
const recommendation = [
  'Teamet rekommenderar att deltagaren fortsätter med arbetsträning hos Östra förvaltningen, där handledaren Åsa Öberg har följt utvecklingen sedan våren.',
  'Insatsen har gett tydliga resultat: närvaron har ökat från två till fyra dagar i veckan, och deltagaren beskriver själv att vardagen blivit mer förutsägbar.',
  'Samtalsstödet via vårdcentralen i Åre bör fortsätta under hösten, och en ny bedömning av arbetsförmågan görs före årsskiftet tillsammans med Försäkringskassan.',
  'Det är viktigt att kontakten med socialtjänsten om ekonomiskt bistånd och skuldsanering hålls samman av en person, så att deltagaren inte behöver berätta samma sak för flera myndigheter.',
].join(' ');

function sampleDocument(overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    language: 'sv',
    title: 'Avslutsdokumentation',
    subtitle: 'Sammanfattning av insatser och rekommendationer',
    facts: [
      { label: 'Deltagare', value: longName },
      { label: 'Personnummer', value: '19850101-1234' },
      { label: 'Anvisande organisation', value: 'Försäkringskassan, lokalkontor Östersund' },
      { label: 'Inskriven', value: '2024-02-01' },
      { label: 'Avslutad', value: '2025-03-15' },
      { label: 'Ansvarig handläggare', value: 'Åsa Öberg (Kommunen – arbetsmarknad)' },
    ],
    sections: [
      {
        heading: 'Sammanfattning',
        blocks: [
          {
            type: 'paragraph',
            text: 'Deltagaren har under perioden tagit del av arbetsträning, samtalsstöd och ekonomisk rådgivning. Målet var att komma närmare arbete eller studier; delmålen om närvaro och hälsa är uppnådda, målet om studier på SFI är påbörjat. Caféet på Ängsvägen har varit en trygg plats för träningen.',
          },
          {
            type: 'list',
            items: [
              'Arbetsträning på Café Ängen, fyra dagar i veckan',
              'Samtalsstöd via vårdcentralen i Åre',
              'Ekonomisk rådgivning – budget och skuldsanering',
            ],
          },
        ],
      },
      {
        heading: 'Insatser',
        blocks: [
          {
            type: 'table',
            columns: ['Insats', 'Aktör', 'Period', 'Utfall'],
            rows: [
              [
                'Arbetsträning',
                'Kommunen – arbetsmarknad',
                '2024-03-01 – 2025-02-28',
                'Genomförd, närvaro 85\u00a0%',
              ],
              ['Samtalsstöd', 'Regionen – vårdcentralen Åre', '2024-04-15 – 2025-01-31', 'Genomförd'],
              [
                'Budgetrådgivning',
                'Kommunen – socialtjänst',
                '2024-05-01 – 2024-06-30',
                'Avbruten på egen begäran',
              ],
              ['Studie- och yrkesvägledning', 'SFI / vuxenutbildning', '2025-01-10 – 2025-03-15', 'Påbörjad'],
            ],
          },
          {
            type: 'keyValue',
            entries: [
              { label: 'Antal insatser', value: '4' },
              { label: 'Kontakter', value: '37 (varav 9 hembesök)' },
            ],
          },
        ],
      },
      {
        heading: 'Rekommendation',
        blocks: [
          ...Array.from({ length: 7 }, () => ({ type: 'paragraph' as const, text: recommendation })),
          { type: 'paragraph', text: `Överenskommelse: ${longWord}.` },
          { type: 'list', ordered: true, items: ['Uppföljning i maj', 'Ny bedömning före årsskiftet'] },
        ],
      },
    ],
    signatures: [
      { label: 'Ansvarig handläggare', name: 'Åsa Öberg' },
      { label: 'Deltagare', name: longName },
      { label: 'Samordnare' },
    ],
    ...overrides,
  };
}

const printedAt = '2025-03-20T13:05:00.000Z';
const print: PrintMetadata = createPrintMetadata({
  teamName: 'Samverkansteamet Östersund',
  printedAt,
  language: 'sv',
});

let work = '';
const outDir = path.resolve('test-results', 'documents');

function save(name: string, bytes: Buffer): string {
  const file = path.join(work, name);
  writeFileSync(file, bytes);
  writeFileSync(path.join(outDir, name), bytes);
  return file;
}

beforeAll(() => {
  // No check for poppler here: a failing hook would mark the tests skipped. Each test that needs
  // poppler fails on its own, with the message above.
  work = mkdtempSync(path.join(tmpdir(), 'samsyn-documents-'));
  mkdirSync(outDir, { recursive: true });
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the document model', () => {
  it('is plain data that the schema accepts, and refuses a ragged table', () => {
    const document = sampleDocument();
    expect(documentModelSchema.parse(JSON.parse(JSON.stringify(document)))).toEqual(document);
    const ragged = sampleDocument({
      sections: [{ heading: 'x', blocks: [{ type: 'table', columns: ['a', 'b'], rows: [['only one']] }] }],
    });
    expect(documentModelSchema.safeParse(ragged).success).toBe(false);
  });

  it('prints the date and time in Swedish time, summer and winter', () => {
    expect(formatPrintedAt('2025-03-20T13:05:00Z')).toBe('2025-03-20 14:05');
    expect(formatPrintedAt('2025-07-01T22:30:00Z')).toBe('2025-07-02 00:30');
    expect(() => formatPrintedAt('not a date')).toThrow();
  });

  it('gives wide columns to long texts and narrow ones to short', () => {
    const [name, date] = tableColumnWeights({
      type: 'table',
      columns: ['Namn', 'Datum'],
      rows: [['Ett ganska långt namn på en insats i flera ord', '2025-01-01']],
    });
    expect(name! + date!).toBeCloseTo(1);
    expect(name!).toBeGreaterThan(date!);
  });
});

describe('PDF', () => {
  let file = '';
  let bytes: Buffer = Buffer.alloc(0);

  beforeAll(async () => {
    bytes = await renderPdf(sampleDocument(), print);
    file = save('sample.pdf', bytes);
  });

  it('holds the Swedish text, extractable, with the page furniture on every page', () => {
    const text = squash(poppler('pdftotext', [file, '-']));
    for (const expected of [
      'Avslutsdokumentation',
      'Försäkringskassan, lokalkontor Östersund',
      'Åsa Öberg',
      'vårdcentralen i Åre',
      'Café Ängen',
      'Budgetrådgivning',
      'Studie- och yrkesvägledning',
      'Underskrifter',
      'Namnförtydligande',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/[å].*[ä].*[ö]/);
    expect(text).toContain('é');
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const onPage = squash(pageText(file, page));
      expect(onPage).toContain(`Sida ${page} av ${pages}`);
      expect(onPage).toContain('Samverkansteamet Östersund');
      expect(onPage).toContain('Utskriven 2025-03-20 14:05');
      expect(onPage).toContain('Innehåller uppgifter som kan omfattas av sekretess');
    }
  });

  it('embeds every font', () => {
    const rows = poppler('pdffonts', [file]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // name, type (may be two words), encoding, emb, sub, uni, object, generation
      expect(row).toMatch(/Roboto/);
      expect(row.trim().split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
    }
  });

  it('is A4 with its metadata set', () => {
    const info = poppler('pdfinfo', ['-isodates', file]);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Title:\s+Avslutsdokumentation/);
    expect(info).toMatch(/Creator:\s+Samsyn/);
    expect(info).toMatch(/Author:\s+Samverkansteamet Östersund/);
    expect(info).toMatch(/CreationDate:\s+2025-03-20T13:05:00Z/);
  });

  it('breaks long words and names inside the margins, across pages', () => {
    const text = poppler('pdftotext', [file, '-']);
    // The long word is split over lines, never cut off.
    expect(text.replace(/\s+/g, '')).toContain(longWord);
    expect(squash(text)).toContain('Maximiliansson-Östergård');
    const boxes = poppler('pdftotext', ['-bbox', file, '-']);
    const right = [...boxes.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)];
    expect(right.length).toBeGreaterThan(500);
    for (const [, xMin, xMax] of right) {
      expect(Number(xMin)).toBeGreaterThanOrEqual(61);
      expect(Number(xMax)).toBeLessThanOrEqual(595.28 - 61);
    }
  });

  it('is the same bytes when printed again with the same print time', async () => {
    const again = await renderPdf(sampleDocument(), print);
    expect(Buffer.compare(again, bytes)).toBe(0);
  });

  it('differs only in the print date and time when printed later', async () => {
    const later = save(
      'sample-later.pdf',
      await renderPdf(sampleDocument(), { ...print, printedAt: '2025-11-02T08:45:00Z' }),
    );
    const pages = pageCount(file);
    expect(pageCount(later)).toBe(pages);
    for (let page = 1; page <= pages; page++) {
      const first = pageText(file, page);
      const second = pageText(later, page);
      expect(second).toContain('Utskriven 2025-11-02 09:45');
      expect(second.replace('2025-11-02 09:45', '2025-03-20 14:05')).toBe(first);
    }
  });

  it('starts each document of a batch on a new page, each with its own page numbers', async () => {
    const short = sampleDocument({
      title: 'Samtycke till samverkan',
      subtitle: undefined,
      sections: [
        {
          heading: 'Samtycke',
          blocks: [
            {
              type: 'paragraph',
              text: 'Jag samtycker till att myndigheterna i teamet utbyter uppgifter om mig.',
            },
          ],
        },
      ],
      signatures: [{ label: 'Deltagare' }],
    });
    const english = sampleDocument({ language: 'en', title: 'Closing summary', subtitle: 'In English' });
    const batch = save('batch.pdf', await renderPdf([sampleDocument(), short, english], print));
    const first = pageCount(file);
    const total = pageCount(batch);
    expect(total).toBe(first + 1 + first);
    const expected = [
      ...Array.from({ length: first }, (_, index) => ['Avslutsdokumentation', index + 1, first] as const),
      ['Samtycke till samverkan', 1, 1] as const,
      ...Array.from({ length: first }, (_, index) => ['Closing summary', index + 1, first] as const),
    ];
    expected.forEach(([title, page, pages], index) => {
      const text = squash(pageText(batch, index + 1));
      expect(text).toContain(`Sida ${page} av ${pages}`);
      if (page === 1) {
        // The document's title heads the page's content, under the page header.
        const body = text.slice(text.indexOf('Utskriven 2025-03-20 14:05') + 26).trim();
        expect(body.startsWith(title), body.slice(0, 80)).toBe(true);
      }
    });
  });

  it('renders a bare document and empty blocks without failing', async () => {
    const bare: DocumentModel = {
      language: 'sv',
      title: 'Minnesanteckning',
      facts: [],
      sections: [],
      signatures: [],
    };
    const odd = sampleDocument({
      sections: [
        { heading: 'Utan innehåll', blocks: [] },
        {
          heading: 'Tomma block',
          blocks: [
            { type: 'list', items: [] },
            { type: 'table', columns: ['Insats', 'Datum'], rows: [] },
            { type: 'table', columns: [], rows: [] },
            { type: 'keyValue', entries: [] },
            { type: 'paragraph', text: '' },
            { type: 'paragraph', text: 'Rad ett\nRad två' },
          ],
        },
      ],
    });
    const file = save('odd.pdf', await renderPdf([bare, odd], print));
    const first = squash(pageText(file, 1));
    expect(first).toContain('Minnesanteckning');
    expect(first).toContain('Sida 1 av 1');
    expect(squash(poppler('pdftotext', [file, '-']))).toContain('Tomma block');
    expect(poppler('pdftotext', ['-layout', file, '-'])).toMatch(/Rad ett\s*\n\s*Rad två/);
    const docx = unzip(await renderDocx([bare, odd], print));
    expect(wordText(docx.get('word/document.xml') ?? '')).toContain('Tomma block');
  });

  it('speaks English for an English print', async () => {
    const englishPrint = createPrintMetadata({ teamName: 'Team Östersund', printedAt, language: 'en' });
    const english = save(
      'english.pdf',
      await renderPdf(sampleDocument({ language: 'en', title: 'Closing summary' }), englishPrint),
    );
    const text = squash(pageText(english, 1));
    expect(text).toContain(`Page 1 of ${pageCount(english)}`);
    expect(text).toContain('May contain information subject to confidentiality');
    expect(text).toContain('Printed 2025-03-20 14:05');
    expect(squash(poppler('pdftotext', [english, '-']))).toContain('Name in print');
  });
});

function parts(files: Map<string, string>, prefix: string): string {
  return [...files]
    .filter(([name]) => name.startsWith(`word/${prefix}`))
    .map(([, xml]) => xml)
    .join('\n');
}

describe('DOCX', () => {
  it('holds the text, A4, and the page furniture with page fields', async () => {
    const bytes = await renderDocx(sampleDocument(), print);
    writeFileSync(path.join(outDir, 'sample.docx'), bytes);
    const files = unzip(bytes);
    const body = files.get('word/document.xml') ?? '';
    const text = wordText(body);
    for (const expected of [
      'Avslutsdokumentation',
      longName,
      'Arbetsträning på Café Ängen, fyra dagar i veckan',
      'Studie- och yrkesvägledning',
      'Avbruten på egen begäran',
      'Åsa Öberg',
      longWord,
      'Underskrifter',
      'Namnförtydligande',
    ]) {
      expect(text).toContain(expected);
    }
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const header = parts(files, 'header');
    const footer = parts(files, 'footer');
    expect(wordText(header)).toContain('Samverkansteamet Östersund');
    expect(wordText(header)).toContain('Utskriven 2025-03-20 14:05');
    expect(header).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(header).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(wordText(header)).toMatch(/Sida\s*av/);
    expect(wordText(footer)).toContain('Innehåller uppgifter som kan omfattas av sekretess');
    // Roboto travels with the file.
    expect(files.get('word/fontTable.xml')).toMatch(/w:embedRegular/);
    expect([...files.keys()].some((name) => name.startsWith('word/fonts/'))).toBe(true);
  });

  it('puts each document of a batch in its own section, numbered on its own', async () => {
    const files = unzip(
      await renderDocx(
        [sampleDocument(), sampleDocument({ title: 'Andra' }), sampleDocument({ title: 'Tredje' })],
        print,
      ),
    );
    const body = files.get('word/document.xml') ?? '';
    expect(body.match(/<w:sectPr\b/g)).toHaveLength(3);
    expect(body.match(/<w:pgNumType w:start="1"/g)).toHaveLength(3);
    expect(parts(files, 'header')).toMatch(/<w:instrText[^>]*>\s*SECTIONPAGES\s*<\/w:instrText>/);
    const text = wordText(body);
    expect(text.indexOf('Andra')).toBeGreaterThan(0);
    expect(text.indexOf('Tredje')).toBeGreaterThan(text.indexOf('Andra'));
  });
});
