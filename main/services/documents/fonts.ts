import { createRequire } from 'node:module';

/**
 * The one typeface of printed documents: Roboto 3.014 (SIL Open Font License 1.1, licence text in
 * ./OFL-Roboto.txt and in each font's name table), the TrueType files that ship inside the
 * `pdfmake` package (`pdfmake/fonts/Roboto/`). Never a system font: a PDF looks the same on every
 * computer, and the CLI prints on a server without fonts. Roboto has no bold of its own in this
 * set; pdfmake's convention, followed here, is Medium as bold.
 */
const require = createRequire(import.meta.url);

function fontFile(name: string): string {
  return require.resolve(`pdfmake/fonts/Roboto/${name}`);
}

export const documentFontFamily = 'Roboto';

export const robotoFiles = {
  normal: fontFile('Roboto-Regular.ttf'),
  bold: fontFile('Roboto-Medium.ttf'),
  italics: fontFile('Roboto-Italic.ttf'),
  bolditalics: fontFile('Roboto-MediumItalic.ttf'),
} as const;
