import { readFileSync } from 'node:fs';
import type * as DocxModule from 'docx';
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

/**
 * The `docx` package, loaded by the first render rather than when the backend starts (only the
 * job worker and the CLI's print command render; the browser host starts faster without it).
 * Every builder below runs inside renderDocx, after the load.
 */
let D: typeof DocxModule;

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
  D = await import('docx');
  const batch = list.length > 1;
  const state = { orderedLists: 0 };
  const { regular, medium } = fonts();
  const document = new D.Document({
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
              format: D.LevelFormat.BULLET,
              text: '•',
              alignment: D.AlignmentType.LEFT,
              style: { paragraph: { indent: { left: twip(16), hanging: twip(11) } } },
            },
          ],
        },
        {
          reference: 'numbers',
          levels: [
            {
              level: 0,
              format: D.LevelFormat.DECIMAL,
              text: '%1.',
              alignment: D.AlignmentType.LEFT,
              style: { paragraph: { indent: { left: twip(18), hanging: twip(13) } } },
            },
          ],
        },
      ],
    },
    sections: list.map((item) => section(item, print, batch, state)),
  });
  return D.Packer.toBuffer(document);
}

function section(
  document: DocumentModel,
  print: PrintMetadata,
  batch: boolean,
  state: { orderedLists: number },
): DocxModule.ISectionOptions {
  const children: (DocxModule.Paragraph | DocxModule.Table)[] = [
    new D.Paragraph({ text: document.title, style: 'DocTitle' }),
  ];
  if (document.subtitle) children.push(new D.Paragraph({ text: document.subtitle, style: 'DocSubtitle' }));
  if (document.facts.length > 0) children.push(factsTable(document.facts, true), spacer(4));
  for (const part of document.sections) {
    children.push(new D.Paragraph({ text: part.heading, style: 'DocHeading' }));
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

const rightTabs = () => [{ type: D.TabStopType.RIGHT, position: width }];

function pageHeader(document: DocumentModel, print: PrintMetadata, batch: boolean): DocxModule.Header {
  return new D.Header({
    children: [
      new D.Paragraph({
        style: 'DocSmall',
        tabStops: rightTabs(),
        children: [
          new D.TextRun({ ...strong, text: print.teamName, size: halfPoints(9), color: hex(colours.text) }),
          new D.TextRun({ text: '\t', size: halfPoints(9) }),
          ...pageLabelRuns(print.pageLabel, batch),
        ],
      }),
      new D.Paragraph({
        style: 'DocSmall',
        tabStops: rightTabs(),
        spacing: { before: twip(2) },
        border: { bottom: { style: D.BorderStyle.SINGLE, size: 5, color: hex(colours.rule), space: 4 } },
        children: [new D.TextRun(document.title), new D.TextRun('\t'), new D.TextRun(printedText(print))],
      }),
    ],
  });
}

/** "Sida {page} av {pages}" as text and fields: PAGE, and NUMPAGES (or SECTIONPAGES in a batch). */
function pageLabelRuns(template: string, batch: boolean): DocxModule.TextRun[] {
  const style = { ...strong, size: halfPoints(9), color: hex(colours.text) };
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part === '{page}') return new D.TextRun({ ...style, children: [D.PageNumber.CURRENT] });
      if (part === '{pages}') {
        const total = batch ? D.PageNumber.TOTAL_PAGES_IN_SECTION : D.PageNumber.TOTAL_PAGES;
        return new D.TextRun({ ...style, children: [total] });
      }
      return new D.TextRun({ ...style, text: part });
    });
}

function pageFooter(print: PrintMetadata): DocxModule.Footer {
  return new D.Footer({
    children: [
      new D.Paragraph({
        style: 'DocSmall',
        alignment: D.AlignmentType.CENTER,
        border: { top: { style: D.BorderStyle.SINGLE, size: 5, color: hex(colours.rule), space: 5 } },
        children: [new D.TextRun(print.confidentiality)],
      }),
    ],
  });
}

function spacer(points: number): DocxModule.Paragraph {
  return new D.Paragraph({
    spacing: { before: 0, after: 0, line: twip(points), lineRule: 'exact' },
    children: [],
  });
}

const noBorder = (): DocxModule.IBorderOptions => ({ style: D.BorderStyle.NONE, size: 0, color: 'FFFFFF' });
const noBorders = () => ({
  top: noBorder(),
  bottom: noBorder(),
  left: noBorder(),
  right: noBorder(),
  insideHorizontal: noBorder(),
  insideVertical: noBorder(),
});
const labelWidth = twip(120);

/** Labels and values in two columns; the header facts on a light background. */
function factsTable(facts: DocumentFact[], shaded: boolean): DocxModule.Table {
  const shading = shaded
    ? { type: D.ShadingType.CLEAR, color: 'auto', fill: hex(colours.factsFill) }
    : undefined;
  const last = facts.length - 1;
  return new D.Table({
    width: { size: width, type: D.WidthType.DXA },
    columnWidths: [labelWidth, width - labelWidth],
    layout: D.TableLayoutType.FIXED,
    borders: noBorders(),
    rows: facts.map(
      (fact, index) =>
        new D.TableRow({
          cantSplit: true,
          children: [fact.label, fact.value].map(
            (value, column) =>
              new D.TableCell({
                width: { size: column === 0 ? labelWidth : width - labelWidth, type: D.WidthType.DXA },
                ...(shading ? { shading } : {}),
                margins: {
                  left: shaded && column === 0 ? twip(10) : column === 0 ? 0 : twip(6),
                  right: twip(6),
                  top: shaded && index === 0 ? twip(8) : twip(2),
                  bottom: shaded && index === last ? twip(8) : twip(2),
                },
                children: [
                  new D.Paragraph({
                    style: 'DocTable',
                    children: [
                      column === 0
                        ? new D.TextRun({
                            ...strong,
                            text: value,
                            size: halfPoints(fontSizes.small),
                            color: hex(colours.muted),
                          })
                        : new D.TextRun({ text: value, size: halfPoints(fontSizes.body) }),
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
function runs(text: string): DocxModule.TextRun[] {
  return text.split('\n').map((line, index) => new D.TextRun({ text: line, break: index > 0 ? 1 : 0 }));
}

function blockContent(
  block: DocumentBlock,
  state: { orderedLists: number },
): (DocxModule.Paragraph | DocxModule.Table)[] {
  switch (block.type) {
    case 'paragraph':
      return [new D.Paragraph({ children: runs(block.text) })];
    case 'list': {
      const numbering = block.ordered
        ? { reference: 'numbers', level: 0, instance: ++state.orderedLists }
        : { reference: 'bullets', level: 0 };
      return block.items.map(
        (item, index) =>
          new D.Paragraph({
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

function dataTable(block: TableBlock): DocxModule.Table {
  const widths = tableColumnWeights(block).map((weight) => Math.round(weight * width));
  const line = (colour: string, size: number): DocxModule.IBorderOptions => ({
    style: D.BorderStyle.SINGLE,
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
    new D.TableRow({
      tableHeader: head,
      cantSplit,
      children: cells.map(
        (cell, column) =>
          new D.TableCell({
            width: { size: widths[column] ?? 0, type: D.WidthType.DXA },
            ...(head
              ? { shading: { type: D.ShadingType.CLEAR, color: 'auto', fill: hex(colours.tableHeadFill) } }
              : {}),
            margins: { left: twip(5), right: twip(5), top: twip(4), bottom: twip(4) },
            children: [
              new D.Paragraph({
                style: 'DocTable',
                children: [new D.TextRun({ ...(head ? strong : {}), text: cell })],
              }),
            ],
          }),
      ),
    });
  return new D.Table({
    width: { size: width, type: D.WidthType.DXA },
    columnWidths: widths,
    layout: D.TableLayoutType.FIXED,
    borders: {
      top: line(colours.rule, 6),
      bottom: line(colours.rule, 6),
      left: noBorder(),
      right: noBorder(),
      insideHorizontal: line(colours.tableRule, 4),
      insideVertical: noBorder(),
    },
    rows: [row(block.columns, true), ...block.rows.map((cells) => row(cells, false))],
  });
}

/**
 * For each signature: who signs, then a short line for the date and a long one to sign on, with
 * the name in print (or a caption) under it. Kept together, and with the heading.
 */
function signatures(document: DocumentModel): (DocxModule.Paragraph | DocxModule.Table)[] {
  const labels = documentLabels[document.language];
  const dateWidth = twip(100);
  const gap = twip(14);
  const signWidth = twip(260);
  const rest = width - dateWidth - gap - signWidth;
  const signLine: DocxModule.IBorderOptions = {
    style: D.BorderStyle.SINGLE,
    size: 6,
    color: hex(colours.text),
  };
  const cell = (cellWidth: number, children: DocxModule.Paragraph[], bottom?: DocxModule.IBorderOptions) =>
    new D.TableCell({
      width: { size: cellWidth, type: D.WidthType.DXA },
      margins: { left: 0, right: 0, top: 0, bottom: twip(2) },
      borders: { top: noBorder(), left: noBorder(), right: noBorder(), bottom: bottom ?? noBorder() },
      children,
    });
  const caption = (text: string, muted: boolean) =>
    new D.Paragraph({
      style: 'DocSmall',
      spacing: { before: twip(3) },
      children: [
        muted
          ? new D.TextRun(text)
          : new D.TextRun({ text, size: halfPoints(fontSizes.body), color: hex(colours.text) }),
      ],
    });
  const result: (DocxModule.Paragraph | DocxModule.Table)[] = [
    new D.Paragraph({
      text: labels.signatures,
      style: 'DocHeading',
      spacing: { before: twip(22), after: twip(4) },
    }),
  ];
  document.signatures.forEach((signature, index) => {
    result.push(
      new D.Paragraph({
        style: 'DocSmall',
        keepNext: true,
        spacing: { before: twip(index === 0 ? 4 : 16), after: twip(28) },
        children: [
          new D.TextRun({ ...strong, text: signature.label, size: halfPoints(9), color: hex(colours.text) }),
        ],
      }),
      new D.Table({
        width: { size: width, type: D.WidthType.DXA },
        columnWidths: [dateWidth, gap, signWidth, rest],
        layout: D.TableLayoutType.FIXED,
        borders: noBorders(),
        rows: [
          new D.TableRow({
            cantSplit: true,
            keepNext: true,
            children: [
              cell(dateWidth, [new D.Paragraph('')], signLine),
              cell(gap, [new D.Paragraph('')]),
              cell(signWidth, [new D.Paragraph('')], signLine),
              cell(rest, [new D.Paragraph('')]),
            ],
          }),
          new D.TableRow({
            cantSplit: true,
            ...(index < document.signatures.length - 1 ? { keepNext: true } : {}),
            children: [
              cell(dateWidth, [caption(labels.date, true)]),
              cell(gap, [new D.Paragraph('')]),
              cell(signWidth, [caption(signature.name ?? labels.nameInPrint, signature.name === undefined)]),
              cell(rest, [new D.Paragraph('')]),
            ],
          }),
        ],
      }),
    );
  });
  return result;
}
