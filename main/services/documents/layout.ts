/**
 * The page and the typography shared by the PDF and the DOCX renderer, in PostScript points
 * (1/72 inch). A4, margins of 22 mm at the sides, room above and below for the header and footer.
 */

export const A4 = { width: 595.28, height: 841.89 } as const;

export const margins = { left: 62, right: 62, top: 92, bottom: 66 } as const;

/** Where the header's first line and the footer's rule sit, from the top and the bottom edge. */
export const headerTop = 36;
export const footerBottom = 30;

export const contentWidth = A4.width - margins.left - margins.right;

export const colours = {
  text: '#1f2328',
  muted: '#56606b',
  accent: '#1b365d',
  rule: '#b8c2cc',
  factsFill: '#f1f4f8',
  tableHeadFill: '#e4e9f0',
  tableRule: '#cfd6de',
} as const;

export const fontSizes = {
  body: 10,
  small: 8.5,
  table: 9.5,
  title: 20,
  subtitle: 12,
  heading: 13,
} as const;

/** Line height as a factor of the font size. */
export const lineHeight = 1.3;

/**
 * Whether every row of a table surely fits on one page, estimated from the text's length (a
 * character is at most about 0.55 em wide on average in Roboto). If so, rows are kept whole;
 * otherwise they may break, since a whole row taller than a page would be cut off.
 */
export function rowsFitOnAPage(
  table: { columns: string[]; rows: string[][] },
  widths: number[],
  fontSize: number,
): boolean {
  const limit = 0.6 * (A4.height - margins.top - margins.bottom);
  const charsPerLine = (width: number) => Math.max(1, Math.floor(width / (0.55 * fontSize)));
  const lines = (text: string, width: number) =>
    text
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / charsPerLine(width))), 0);
  return [table.columns, ...table.rows].every((row) => {
    const height =
      Math.max(...row.map((cell, index) => lines(cell, widths[index] ?? 0))) * fontSize * 1.2 + 8;
    return height < limit;
  });
}
