import { readFileSync } from 'node:fs';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IBorderOptions,
  type ISectionOptions,
} from 'docx';
import type {
  DocumentBlock,
  DocumentFact,
  DocumentModel,
  PrintMetadata,
  TableBlock,
} from '../../api/documents/model';
import { documentLabels, isEmptyBlock, printedText, tableColumnWeights } from '../../api/documents/print';
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
 * DOCX from the document model, with the `docx` package: the same content, page and page
 * furniture as the PDF (pdf.ts), for those who must edit a document before it is handed over.
 * Each document is a section of its own, so a batch puts every document on a new page. The page
 * numbers are Word fields: PAGE, and NUMPAGES for one document; for a batch, PAGE restarts at 1
 * in every section and the count is SECTIONPAGES, so each document says "Sida 1 av 3" like the PDF.
 * Roboto is embedded, so Word shows the PDF's typeface: Regular, and Medium for what the PDF sets
 * in bold, as a face of its own ("Roboto Medium"), never a bold made up by the word processor.
 * The text is deterministic; the file is not byte for byte (docx stamps it with the time).
 * LibreOffice shows no count for SECTIONPAGES; Word does.
 */

export interface DocxOptions {
  /** The file's title (core properties); by default the documents' titles. */
  title?: string;
}

/** Points to twentieths of a point (twips), Word's unit for lengths. */
const twip = (points: number) => Math.round(points * 20);
/** Points to half-points, Word's unit for font sizes. */
const halfPoints = (points: number) => Math.round(points * 2);
const hex = (colour: string) => colour.replace('#', '');

const width = twip(contentWidth);

/** The face of headings and labels (Roboto Medium's own family name, as Word looks it up). */
const strong = { font: 'Roboto Medium' } as const;

let embeddedFonts: { regular: Buffer; medium: Buffer } | null = null;
function fonts() {
  embeddedFonts ??= { regular: readFileSync(robotoFiles.normal), medium: readFileSync(robotoFiles.bold) };
  return embeddedFonts;
}

/** Renders one document, or several one after another (each a section), to a DOCX file. */
export async function renderDocx(
  documents: DocumentModel | readonly DocumentModel[],
  print: PrintMetadata,
  options: DocxOptions = {},
): Promise<Buffer> {
  const list = Array.isArray(documents) ? documents : [documents as DocumentModel];
  if (list.length === 0) throw new Error('Nothing to print: no documents');
  const batch = list.length > 1;
  const state = { orderedLists: 0 };
  const { regular, medium } = fonts();
  const document = new Document({
    title: options.title ?? list.map((item) => item.title).join(' · '),
    creator: 'Samsyn',
    lastModifiedBy: 'Samsyn',
    revision: 1,
    fonts: [
      { name: documentFontFamily, data: regular },
      { name: strong.font, data: medium },
    ],
    styles: {
      default: {
        document: {
          run: { font: documentFontFamily, size: halfPoints(fontSizes.body), color: hex(colours.text) },
          paragraph: { spacing: { line: Math.round(240 * lineHeight), after: twip(8) } },
        },
      },
      paragraphStyles: [
        {
          id: 'DocTitle',
          name: 'Dokumenttitel',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { ...strong, size: halfPoints(fontSizes.title), color: hex(colours.accent) },
          paragraph: { spacing: { after: twip(3), line: 276 } },
        },
        {
          id: 'DocSubtitle',
          name: 'Dokumentundertitel',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: halfPoints(fontSizes.subtitle), color: hex(colours.muted) },
          paragraph: { spacing: { after: twip(12) } },
        },
        {
          id: 'DocHeading',
          name: 'Dokumentrubrik',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { ...strong, size: halfPoints(fontSizes.heading), color: hex(colours.accent) },
          paragraph: {
            spacing: { before: twip(16), after: twip(6) },
            keepNext: true,
            keepLines: true,
            outlineLevel: 0,
          },
        },
        {
          id: 'DocSmall',
          name: 'Dokumentliten',
          basedOn: 'Normal',
          run: { size: halfPoints(fontSizes.small), color: hex(colours.muted) },
          paragraph: { spacing: { after: 0, line: 240 } },
        },
        {
          id: 'DocTable',
          name: 'Dokumenttabell',
          basedOn: 'Normal',
          run: { size: halfPoints(fontSizes.table) },
          paragraph: { spacing: { after: 0, line: 264 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: twip(16), hanging: twip(11) } } },
            },
          ],
        },
        {
          reference: 'numbers',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: twip(18), hanging: twip(13) } } },
            },
          ],
        },
      ],
    },
    sections: list.map((item) => section(item, print, batch, state)),
  });
  return Packer.toBuffer(document);
}

function section(
  document: DocumentModel,
  print: PrintMetadata,
  batch: boolean,
  state: { orderedLists: number },
): ISectionOptions {
  const children: (Paragraph | Table)[] = [new Paragraph({ text: document.title, style: 'DocTitle' })];
  if (document.subtitle) children.push(new Paragraph({ text: document.subtitle, style: 'DocSubtitle' }));
  if (document.facts.length > 0) children.push(factsTable(document.facts, true), spacer(4));
  for (const part of document.sections) {
    children.push(new Paragraph({ text: part.heading, style: 'DocHeading' }));
    for (const block of part.blocks) if (!isEmptyBlock(block)) children.push(...blockContent(block, state));
  }
  if (document.signatures.length > 0) children.push(...signatures(document));
  return {
    properties: {
      page: {
        size: { width: twip(A4.width), height: twip(A4.height) },
        margin: {
          top: twip(margins.top),
          bottom: twip(margins.bottom),
          left: twip(margins.left),
          right: twip(margins.right),
          header: twip(headerTop),
          footer: twip(footerBottom),
        },
        // In a batch every document counts its own pages.
        ...(batch ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: { default: pageHeader(document, print, batch) },
    footers: { default: pageFooter(print) },
    children,
  };
}

const rightTab = [{ type: TabStopType.RIGHT, position: width }];

function pageHeader(document: DocumentModel, print: PrintMetadata, batch: boolean): Header {
  return new Header({
    children: [
      new Paragraph({
        style: 'DocSmall',
        tabStops: rightTab,
        children: [
          new TextRun({ ...strong, text: print.teamName, size: halfPoints(9), color: hex(colours.text) }),
          new TextRun({ text: '\t', size: halfPoints(9) }),
          ...pageLabelRuns(print.pageLabel, batch),
        ],
      }),
      new Paragraph({
        style: 'DocSmall',
        tabStops: rightTab,
        spacing: { before: twip(2) },
        border: { bottom: { style: BorderStyle.SINGLE, size: 5, color: hex(colours.rule), space: 4 } },
        children: [new TextRun(document.title), new TextRun('\t'), new TextRun(printedText(print))],
      }),
    ],
  });
}

/** "Sida {page} av {pages}" as text and fields: PAGE, and NUMPAGES (or SECTIONPAGES in a batch). */
function pageLabelRuns(template: string, batch: boolean): TextRun[] {
  const style = { ...strong, size: halfPoints(9), color: hex(colours.text) };
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part === '{page}') return new TextRun({ ...style, children: [PageNumber.CURRENT] });
      if (part === '{pages}') {
        const total = batch ? PageNumber.TOTAL_PAGES_IN_SECTION : PageNumber.TOTAL_PAGES;
        return new TextRun({ ...style, children: [total] });
      }
      return new TextRun({ ...style, text: part });
    });
}

function pageFooter(print: PrintMetadata): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'DocSmall',
        alignment: AlignmentType.CENTER,
        border: { top: { style: BorderStyle.SINGLE, size: 5, color: hex(colours.rule), space: 5 } },
        children: [new TextRun(print.confidentiality)],
      }),
    ],
  });
}

function spacer(points: number): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: twip(points), lineRule: 'exact' },
    children: [],
  });
}

const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};
const labelWidth = twip(120);

/** Labels and values in two columns; the header facts on a light background. */
function factsTable(facts: DocumentFact[], shaded: boolean): Table {
  const shading = shaded
    ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(colours.factsFill) }
    : undefined;
  const last = facts.length - 1;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [labelWidth, width - labelWidth],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: facts.map(
      (fact, index) =>
        new TableRow({
          cantSplit: true,
          children: [fact.label, fact.value].map(
            (value, column) =>
              new TableCell({
                width: { size: column === 0 ? labelWidth : width - labelWidth, type: WidthType.DXA },
                ...(shading ? { shading } : {}),
                margins: {
                  left: shaded && column === 0 ? twip(10) : column === 0 ? 0 : twip(6),
                  right: twip(6),
                  top: shaded && index === 0 ? twip(8) : twip(2),
                  bottom: shaded && index === last ? twip(8) : twip(2),
                },
                children: [
                  new Paragraph({
                    style: 'DocTable',
                    children: [
                      column === 0
                        ? new TextRun({
                            ...strong,
                            text: value,
                            size: halfPoints(fontSizes.small),
                            color: hex(colours.muted),
                          })
                        : new TextRun({ text: value, size: halfPoints(fontSizes.body) }),
                    ],
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

/** Text with its line breaks kept. */
function runs(text: string): TextRun[] {
  return text.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0 }));
}

function blockContent(block: DocumentBlock, state: { orderedLists: number }): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph':
      return [new Paragraph({ children: runs(block.text) })];
    case 'list': {
      const numbering = block.ordered
        ? { reference: 'numbers', level: 0, instance: ++state.orderedLists }
        : { reference: 'bullets', level: 0 };
      return block.items.map(
        (item, index) =>
          new Paragraph({
            numbering,
            spacing: { after: index === block.items.length - 1 ? twip(8) : twip(2) },
            children: runs(item),
          }),
      );
    }
    case 'keyValue':
      return [factsTable(block.entries, false), spacer(8)];
    case 'table':
      return [dataTable(block), spacer(8)];
  }
}

function dataTable(block: TableBlock): Table {
  const widths = tableColumnWeights(block).map((weight) => Math.round(weight * width));
  const line = (colour: string, size: number): IBorderOptions => ({
    style: BorderStyle.SINGLE,
    size,
    color: hex(colour),
  });
  // A row stays on one page, unless one is so long it could not.
  const cantSplit = rowsFitOnAPage(
    block,
    widths.map((twips) => twips / 20 - 10),
    fontSizes.table,
  );
  const row = (cells: string[], head: boolean) =>
    new TableRow({
      tableHeader: head,
      cantSplit,
      children: cells.map(
        (cell, column) =>
          new TableCell({
            width: { size: widths[column] ?? 0, type: WidthType.DXA },
            ...(head
              ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(colours.tableHeadFill) } }
              : {}),
            margins: { left: twip(5), right: twip(5), top: twip(4), bottom: twip(4) },
            children: [
              new Paragraph({
                style: 'DocTable',
                children: [new TextRun({ ...(head ? strong : {}), text: cell })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: line(colours.rule, 6),
      bottom: line(colours.rule, 6),
      left: none,
      right: none,
      insideHorizontal: line(colours.tableRule, 4),
      insideVertical: none,
    },
    rows: [row(block.columns, true), ...block.rows.map((cells) => row(cells, false))],
  });
}

/**
 * For each signature: who signs, then a short line for the date and a long one to sign on, with
 * the name in print (or a caption) under it. Kept together, and with the heading.
 */
function signatures(document: DocumentModel): (Paragraph | Table)[] {
  const labels = documentLabels[document.language];
  const dateWidth = twip(100);
  const gap = twip(14);
  const signWidth = twip(260);
  const rest = width - dateWidth - gap - signWidth;
  const signLine: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: hex(colours.text) };
  const cell = (cellWidth: number, children: Paragraph[], bottom?: IBorderOptions) =>
    new TableCell({
      width: { size: cellWidth, type: WidthType.DXA },
      margins: { left: 0, right: 0, top: 0, bottom: twip(2) },
      borders: { top: none, left: none, right: none, bottom: bottom ?? none },
      children,
    });
  const caption = (text: string, muted: boolean) =>
    new Paragraph({
      style: 'DocSmall',
      spacing: { before: twip(3) },
      children: [
        muted
          ? new TextRun(text)
          : new TextRun({ text, size: halfPoints(fontSizes.body), color: hex(colours.text) }),
      ],
    });
  const result: (Paragraph | Table)[] = [
    new Paragraph({
      text: labels.signatures,
      style: 'DocHeading',
      spacing: { before: twip(22), after: twip(4) },
    }),
  ];
  document.signatures.forEach((signature, index) => {
    result.push(
      new Paragraph({
        style: 'DocSmall',
        keepNext: true,
        spacing: { before: twip(index === 0 ? 4 : 16), after: twip(28) },
        children: [
          new TextRun({ ...strong, text: signature.label, size: halfPoints(9), color: hex(colours.text) }),
        ],
      }),
      new Table({
        width: { size: width, type: WidthType.DXA },
        columnWidths: [dateWidth, gap, signWidth, rest],
        layout: TableLayoutType.FIXED,
        borders: noBorders,
        rows: [
          new TableRow({
            cantSplit: true,
            keepNext: true,
            children: [
              cell(dateWidth, [new Paragraph('')], signLine),
              cell(gap, [new Paragraph('')]),
              cell(signWidth, [new Paragraph('')], signLine),
              cell(rest, [new Paragraph('')]),
            ],
          }),
          new TableRow({
            cantSplit: true,
            ...(index < document.signatures.length - 1 ? { keepNext: true } : {}),
            children: [
              cell(dateWidth, [caption(labels.date, true)]),
              cell(gap, [new Paragraph('')]),
              cell(signWidth, [caption(signature.name ?? labels.nameInPrint, signature.name === undefined)]),
              cell(rest, [new Paragraph('')]),
            ],
          }),
        ],
      }),
    );
  });
  return result;
}
