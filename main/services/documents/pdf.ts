import type PdfMake from 'pdfmake';
import type {
  Column,
  Content,
  ContentTable,
  CustomTableLayout,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import type {
  DocumentBlock,
  DocumentFact,
  DocumentModel,
  PrintMetadata,
  TableBlock,
} from '../../api/documents/model';
import {
  documentLabels,
  isEmptyBlock,
  pageText,
  printedText,
  tableColumnWeights,
} from '../../api/documents/print';
import { documentFontFamily, robotoFiles } from './fonts';
import {
  A4,
  colours,
  contentWidth,
  fontSizes,
  footerBottom,
  headerTop,
  lineHeight,
  margins,
  rowsFitOnAPage,
} from './layout';

/**
 * PDF from the document model, with pdfmake (on pdfkit) in the backend: no browser, so the CLI
 * prints too. One call renders one document or a batch; each document of a batch starts on a new
 * page and has its own page numbers ("Sida 1 av 3"). Deterministic: the same documents and print
 * metadata give the same bytes (the creation date is `printedAt`, no other clock is read).
 * Why pdfmake, and the figures: docs/architecture.md, "Documents".
 */

const fontFiles = new Set<string>(Object.values(robotoFiles));

let loaded: Promise<typeof PdfMake> | null = null;

/**
 * pdfmake (and pdfkit under it) loaded on the first render, not when the backend starts: only
 * the job worker and the CLI's print command render, and loading it costs the browser host's
 * start about 200 ms.
 */
function loadPdfmake(): Promise<typeof PdfMake> {
  loaded ??= import('pdfmake').then(({ default: pdfmake }) => {
    pdfmake.setFonts({ [documentFontFamily]: { ...robotoFiles } });
    // No image or font is ever fetched, and no file but the fonts is read.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));
    return pdfmake;
  });
  return loaded;
}

export interface PdfOptions {
  /** The PDF's title (document information); by default the documents' titles. */
  title?: string;
}

/** Renders one document, or several one after another, to a PDF. */
export async function renderPdf(
  documents: DocumentModel | readonly DocumentModel[],
  print: PrintMetadata,
  options: PdfOptions = {},
): Promise<Buffer> {
  const list = Array.isArray(documents) ? documents : [documents as DocumentModel];
  if (list.length === 0) throw new Error('Nothing to print: no documents');
  const pdfmake = await loadPdfmake();
  return pdfmake.createPdf(pdfDefinition(list, print, options)).getBuffer();
}

/** The pdfmake definition. Built anew for every render: pdfmake changes the nodes it lays out. */
function pdfDefinition(
  documents: readonly DocumentModel[],
  print: PrintMetadata,
  options: PdfOptions,
): TDocumentDefinitions {
  const printedAt = new Date(print.printedAt);
  // Which document each page belongs to, for the page numbers of each document of a batch.
  // pdfmake calls a section's background while it adds the section's pages, and the headers
  // afterwards, once every page is laid out (so the count is known when the header asks).
  const pageOwners: number[] = [];
  const sections: Content[] = documents.map((document, index) => ({
    section: documentContent(document),
    background: (page: number) => {
      pageOwners[page - 1] = index;
      return null;
    },
    header: (page: number, pageCount: number) => {
      const owners = pageOwners.slice(0, pageCount);
      if (owners[page - 1] !== index) throw new Error(`Page ${page} was not laid out for document ${index}`);
      const first = owners.indexOf(index);
      const count = owners.lastIndexOf(index) - first + 1;
      return pageHeader(document, print, pageText(print, page - first, count));
    },
    footer: () => pageFooter(print),
  }));
  const language = documents[0]?.language ?? 'sv';
  return {
    pageSize: { width: A4.width, height: A4.height },
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
    language: language === 'sv' ? 'sv-SE' : 'en-GB',
    displayTitle: true,
    info: {
      title: options.title ?? documents.map((document) => document.title).join(' · '),
      author: print.teamName,
      creator: 'Samsyn',
      producer: 'Samsyn (pdfmake)',
      creationDate: printedAt,
      modDate: printedAt,
    },
    defaultStyle: { font: documentFontFamily, fontSize: fontSizes.body, lineHeight, color: colours.text },
    styles,
    content: sections,
  };
}

const styles: TDocumentDefinitions['styles'] = {
  title: { fontSize: fontSizes.title, bold: true, color: colours.accent, lineHeight: 1.15 },
  subtitle: { fontSize: fontSizes.subtitle, color: colours.muted, margin: [0, 3, 0, 0] },
  factLabel: { fontSize: fontSizes.small, bold: true, color: colours.muted },
  factValue: { fontSize: fontSizes.body },
  heading: { fontSize: fontSizes.heading, bold: true, color: colours.accent, margin: [0, 16, 0, 6] },
  block: { margin: [0, 0, 0, 8] },
  tableHead: { fontSize: fontSizes.table, bold: true, lineHeight: 1.2 },
  tableCell: { fontSize: fontSizes.table, lineHeight: 1.2 },
  chrome: { fontSize: fontSizes.small, color: colours.muted, lineHeight: 1.15 },
  chromeStrong: { fontSize: 9, bold: true, color: colours.text, lineHeight: 1.15 },
  signatureLabel: { fontSize: 9, bold: true, color: colours.text },
};

function rule(width: number, colour: string = colours.rule, lineWidth = 0.6): Content {
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth, lineColor: colour }] };
}

function pageHeader(document: DocumentModel, print: PrintMetadata, page: string): Content {
  return {
    margin: [margins.left, headerTop, margins.right, 0],
    stack: [
      {
        columns: [
          { text: print.teamName, style: 'chromeStrong', width: '*' },
          { text: page, style: 'chromeStrong', alignment: 'right', width: 'auto' },
        ],
        columnGap: 12,
      },
      {
        columns: [
          { text: document.title, style: 'chrome', width: '*' },
          { text: printedText(print), style: 'chrome', alignment: 'right', width: 'auto' },
        ],
        columnGap: 12,
        margin: [0, 2, 0, 6],
      },
      rule(contentWidth),
    ],
  };
}

function pageFooter(print: PrintMetadata): Content {
  return {
    margin: [margins.left, margins.bottom - footerBottom - 18, margins.right, 0],
    stack: [
      rule(contentWidth),
      { text: print.confidentiality, style: 'chrome', alignment: 'center', margin: [0, 5, 0, 0] },
    ],
  };
}

function documentContent(document: DocumentModel): Content[] {
  const content: Content[] = [{ text: document.title, style: 'title' }];
  if (document.subtitle) content.push({ text: document.subtitle, style: 'subtitle' });
  if (document.facts.length > 0) content.push(factsTable(document.facts));
  for (const section of document.sections) {
    const [first, ...rest] = section.blocks.filter((block) => !isEmptyBlock(block));
    content.push(heading(section.heading, first ? keepWithHeading : 0));
    if (first) content.push({ stack: [blockContent(first)], margin: [0, -keepWithHeading, 0, 0] });
    for (const block of rest) content.push(blockContent(block));
  }
  content.push(...signatures(document));
  return content;
}

/**
 * Room kept free under a heading (about three lines of text), so a heading never stands alone at
 * the foot of a page: the heading and this room are one unbreakable block, and the block after
 * it moves up into the room. (pdfmake's own `pageBreakBefore` would lay the whole print out
 * again for every heading it moves: quadratic in a batch.)
 */
const keepWithHeading = 40;

function heading(text: string, keep: number): Content {
  return { unbreakable: true, stack: [{ text, style: 'heading', margin: [0, 16, 0, 6 + keep] }] };
}

const factsLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  fillColor: () => colours.factsFill,
  paddingLeft: (column) => (column === 0 ? 10 : 6),
  paddingRight: (column, node) => (column === (node.table.widths?.length ?? 1) - 1 ? 10 : 6),
  paddingTop: (row) => (row === 0 ? 8 : 2.5),
  paddingBottom: (row, node) => (row === node.table.body.length - 1 ? 8 : 2.5),
};

function factsTable(facts: DocumentFact[]): Content {
  return {
    table: {
      widths: [120, '*'],
      body: facts.map((fact) => [
        { text: fact.label, style: 'factLabel', margin: [0, 1.2, 0, 0] },
        { text: fact.value, style: 'factValue' },
      ]),
    },
    layout: factsLayout,
    margin: [0, 14, 0, 4],
  };
}

const keyValueLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (column) => (column === 0 ? 0 : 6),
  paddingRight: () => 0,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

const cellPaddingX = 5;

const dataTableLayout: CustomTableLayout = {
  hLineWidth: (row, node) => (row === 0 || row === node.table.body.length ? 0.8 : 0.5),
  hLineColor: (row) => (row <= 1 ? colours.rule : colours.tableRule),
  vLineWidth: () => 0,
  fillColor: (row) => (row === 0 ? colours.tableHeadFill : null),
  paddingLeft: () => cellPaddingX,
  paddingRight: () => cellPaddingX,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

function blockContent(block: DocumentBlock): Content {
  switch (block.type) {
    case 'paragraph':
      return { text: block.text, style: 'block' };
    case 'list':
      return block.ordered
        ? { ol: block.items.map((item) => ({ text: item, margin: [0, 0, 0, 2] })), style: 'block' }
        : { ul: block.items.map((item) => ({ text: item, margin: [0, 0, 0, 2] })), style: 'block' };
    case 'keyValue':
      return {
        table: {
          widths: [120, '*'],
          body: block.entries.map((entry) => [
            { text: entry.label, style: 'factLabel', margin: [0, 1.2, 0, 0] },
            { text: entry.value },
          ]),
        },
        layout: keyValueLayout,
        style: 'block',
      };
    case 'table':
      return dataTable(block);
  }
}

function dataTable(block: TableBlock): ContentTable {
  const available = contentWidth - block.columns.length * 2 * cellPaddingX;
  const widths = tableColumnWeights(block).map((weight) => weight * available);
  return {
    table: {
      headerRows: 1,
      // A row stays on one page, unless one is so long it could not.
      dontBreakRows: rowsFitOnAPage(block, widths, fontSizes.table),
      widths,
      body: [
        block.columns.map((column) => ({ text: column, style: 'tableHead' })),
        ...block.rows.map((row) => row.map((cell) => ({ text: cell, style: 'tableCell' }))),
      ],
    },
    layout: dataTableLayout,
    style: 'block',
  };
}

const signatureGap = 24;

/**
 * The signature lines, two abreast and kept on one page with their heading: above each, who signs;
 * a short line for the date and a long one to sign on, with room above to write; under them, the
 * name in print (or a caption to write it). No lines for a document nobody signs.
 */
function signatures(document: DocumentModel): Content[] {
  const labels = documentLabels[document.language];
  const columnWidth = (contentWidth - signatureGap) / 2;
  const dateWidth = 78;
  const signWidth = columnWidth - dateWidth - 12;
  const one = (label: string, name: string | undefined): Column => ({
    width: columnWidth,
    stack: [
      { text: label, style: 'signatureLabel' },
      {
        columns: [
          {
            width: dateWidth,
            stack: [{ text: ' ', margin: [0, 34, 0, 0] }, rule(dateWidth, colours.text, 0.7)],
          },
          {
            width: signWidth,
            stack: [{ text: ' ', margin: [0, 34, 0, 0] }, rule(signWidth, colours.text, 0.7)],
          },
        ],
        columnGap: 12,
      },
      {
        columns: [
          { width: dateWidth, text: labels.date, style: 'chrome' },
          { width: signWidth, text: name ?? labels.nameInPrint, style: name ? 'factValue' : 'chrome' },
        ],
        columnGap: 12,
        margin: [0, 3, 0, 0],
      },
    ],
  });
  const rows: Content[] = [];
  for (let index = 0; index < document.signatures.length; index += 2) {
    const pair = document.signatures.slice(index, index + 2);
    const row: Content = {
      columns: pair.map((signature) => one(signature.label, signature.name)),
      columnGap: signatureGap,
      margin: [0, index === 0 ? 4 : 18, 0, 0],
    };
    // Each pair of lines is unbreakable (the first with the heading); many pairs may run over pages.
    rows.push(
      index === 0
        ? {
            unbreakable: true,
            stack: [{ text: labels.signatures, style: 'heading', margin: [0, 22, 0, 8] }, row],
          }
        : { unbreakable: true, stack: [row] },
    );
  }
  return rows;
}
