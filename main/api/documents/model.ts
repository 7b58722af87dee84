import { z } from 'zod';
import type { Language } from '../i18n';
import { languages } from '../schema-enums';

/**
 * The document model: what a printed document says, built once by a backend service from stored
 * data and rendered three ways: PDF and DOCX in the backend (main/services/documents/), and an
 * HTML preview in the renderer. Plain, serialisable data: no dates of printing, no layout, no
 * functions, so a document rebuilt from the same stored data is the same value, and its PDF is the
 * same bytes apart from the print date and time (`PrintMetadata`, kept apart on purpose).
 *
 * Every text is final, already in the document's language: the renderers add only the page
 * furniture (team name, print date, page numbers, confidentiality line) and the few fixed labels
 * of `documentLabels`.
 */

/** A label and its value: the header facts of a document, or the rows of a `keyValue` block. */
export interface DocumentFact {
  label: string;
  value: string;
}

/** A paragraph of running text. Line breaks (`\n`) in the text are kept. */
export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
}

/** A bulleted list, or a numbered one (`ordered`). */
export interface ListBlock {
  type: 'list';
  items: string[];
  ordered?: boolean;
}

/**
 * A table: a header row of `columns`, and `rows` with one cell per column. The header repeats
 * on every page the table runs over. Column widths follow the contents (`tableColumnWeights`).
 */
export interface TableBlock {
  type: 'table';
  columns: string[];
  rows: string[][];
}

/** Labels and values laid out as two columns, like the header facts. */
export interface KeyValueBlock {
  type: 'keyValue';
  entries: DocumentFact[];
}

export type DocumentBlock = ParagraphBlock | ListBlock | TableBlock | KeyValueBlock;

export interface DocumentSection {
  heading: string;
  blocks: DocumentBlock[];
}

/** A line to sign on: who signs (`label`, "Handläggare"), and their name in print if known. */
export interface DocumentSignature {
  label: string;
  name?: string;
}

/**
 * One document. (Named `DocumentModel`, not `Document`, so it never shadows the DOM's `Document`
 * in the renderer.)
 */
export interface DocumentModel {
  language: Language;
  title: string;
  subtitle?: string;
  /** The facts under the title: participant, period, case worker… */
  facts: DocumentFact[];
  sections: DocumentSection[];
  /** Signature lines at the end; none for a document nobody signs. */
  signatures: DocumentSignature[];
}

/**
 * What a print adds to the content, kept apart from it: a document printed again from the same
 * stored data differs only in `printedAt`. Build it with `createPrintMetadata`.
 */
export interface PrintMetadata {
  /** The team's name, in the header of every page. */
  teamName: string;
  /** When it was printed: an ISO instant (UTC), shown in Swedish time (`formatPrintedAt`). */
  printedAt: string;
  /** The confidentiality line in the footer of every page. */
  confidentiality: string;
  /** The page label, with `{page}` and `{pages}`: "Sida {page} av {pages}". */
  pageLabel: string;
  /** The print date label, with `{date}`: "Utskriven {date}". */
  printedLabel: string;
}

const text = z.string().max(100_000);
const shortText = z.string().max(1_000);
const fact = z.object({ label: shortText, value: text });

/**
 * The model as a schema, for a model read back from storage or received over the contract.
 * Checks the shape (and that every table row has one cell per column), not the wording.
 */
export const documentModelSchema = z.object({
  language: z.enum(languages),
  title: shortText.min(1),
  subtitle: shortText.optional(),
  facts: z.array(fact),
  sections: z.array(
    z.object({
      heading: shortText,
      blocks: z.array(
        z.discriminatedUnion('type', [
          z.object({ type: z.literal('paragraph'), text }),
          z.object({ type: z.literal('list'), items: z.array(text), ordered: z.boolean().optional() }),
          z
            .object({
              type: z.literal('table'),
              columns: z.array(shortText).min(1),
              rows: z.array(z.array(text)),
            })
            .refine((table) => table.rows.every((row) => row.length === table.columns.length), {
              message: 'Every table row needs one cell per column',
            }),
          z.object({ type: z.literal('keyValue'), entries: z.array(fact) }),
        ]),
      ),
    }),
  ),
  signatures: z.array(z.object({ label: shortText, name: shortText.optional() })),
}) satisfies z.ZodType<DocumentModel>;
