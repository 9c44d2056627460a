/**
 * What both PDF printers share (electron/core/review/printer.ts for the system Chromium,
 * electron/main/print.ts for Electron's printToPDF): where the print page lives while it prints,
 * and the page settings, so the two PDFs come out the same.
 */

/** A made-up origin each printer serves itself: `/` the page, `/fonts/<file>.woff2` the bundled fonts. */
export const PRINT_ORIGIN = 'https://print.rencana.invalid';
export const PRINT_FONT_PATH = /^\/fonts\/([\w.-]+\.woff2)$/;

/** Page numbers and the document title at the foot of every page. */
export const PDF_FOOTER =
  '<div style="width:100%;font:8px system-ui,sans-serif;color:#777;padding:0 12mm;display:flex;justify-content:space-between">' +
  '<span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>';
export const PDF_HEADER = '<span></span>';
/** A4 with these margins (millimetres). */
export const PDF_MARGINS_MM = { top: 14, bottom: 16, left: 12, right: 12 } as const;

/** What the core sends main to print in Electron, and what comes back. */
export interface PrintRequest {
  type: 'print';
  id: number;
  html: string;
  outPath: string;
}
export interface PrintReply {
  type: 'printed';
  id: number;
  error?: string;
}
