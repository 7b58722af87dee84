import { interpolate, type Language } from '../i18n';
import type { DocumentBlock, PrintMetadata, TableBlock } from './model';

/**
 * The page furniture and the few fixed labels every renderer of a `DocumentModel` shares (PDF,
 * DOCX, the preview in the app), so that they say the same thing in the same words.
 */

interface DocumentLabels {
  confidentiality: string;
  pageLabel: string;
  printedLabel: string;
  /** Heading over the signature lines. */
  signatures: string;
  /** Under a signature line, before the name in print. */
  nameInPrint: string;
  /** The short line for the date beside a signature. */
  date: string;
}

export const documentLabels: Record<Language, DocumentLabels> = {
  sv: {
    confidentiality: 'Innehåller uppgifter som kan omfattas av sekretess',
    pageLabel: 'Sida {page} av {pages}',
    printedLabel: 'Utskriven {date}',
    signatures: 'Underskrifter',
    nameInPrint: 'Namnförtydligande',
    date: 'Datum',
  },
  en: {
    confidentiality: 'May contain information subject to confidentiality',
    pageLabel: 'Page {page} of {pages}',
    printedLabel: 'Printed {date}',
    signatures: 'Signatures',
    nameInPrint: 'Name in print',
    date: 'Date',
  },
};

/** The print metadata for a print made now (`printedAt`, an ISO instant) by `teamName`. */
export function createPrintMetadata(input: {
  teamName: string;
  printedAt: string;
  language: Language;
}): PrintMetadata {
  const labels = documentLabels[input.language];
  return {
    teamName: input.teamName,
    printedAt: input.printedAt,
    confidentiality: labels.confidentiality,
    pageLabel: labels.pageLabel,
    printedLabel: labels.printedLabel,
  };
}

const swedishTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * An ISO instant as Swedish time, whatever the computer's time zone: "2025-03-20 14:05".
 * Used in both languages (the app's dates are ISO dates everywhere).
 */
export function formatPrintedAt(printedAt: string): string {
  const instant = new Date(printedAt);
  if (Number.isNaN(instant.getTime())) throw new Error(`Not an instant: ${printedAt}`);
  const parts = new Map(swedishTime.formatToParts(instant).map((part) => [part.type, part.value]));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.get(type) ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** "Utskriven 2025-03-20 14:05". */
export function printedText(print: PrintMetadata): string {
  return interpolate(print.printedLabel, { date: formatPrintedAt(print.printedAt) });
}

/** "Sida 2 av 3". */
export function pageText(print: PrintMetadata, page: number, pages: number): string {
  return interpolate(print.pageLabel, { page, pages });
}

/**
 * Relative column widths for a table, from its contents: a column of dates gets less room than
 * one of sentences. Each weight is the column's longest text (header or cell) in characters,
 * between 6 and 40, so no column is starved and none takes everything. The weights sum to 1.
 * Every renderer uses them: PDF and DOCX as widths, the preview as percentages.
 */
export function tableColumnWeights(table: TableBlock): number[] {
  const raw = table.columns.map((column, index) => {
    const longest = Math.max(column.length, ...table.rows.map((row) => (row[index] ?? '').length));
    return Math.min(40, Math.max(6, longest));
  });
  const total = raw.reduce((sum, value) => sum + value, 0);
  return raw.map((value) => value / total);
}

/**
 * Whether a block shows nothing (a list without items, a table without columns, key-values
 * without entries, a blank paragraph). The renderers leave such blocks out.
 */
export function isEmptyBlock(block: DocumentBlock): boolean {
  switch (block.type) {
    case 'paragraph':
      return block.text.trim() === '';
    case 'list':
      return block.items.length === 0;
    case 'table':
      return block.columns.length === 0;
    case 'keyValue':
      return block.entries.length === 0;
  }
}
