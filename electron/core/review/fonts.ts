import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The fonts the PDF uses (resources/fonts: Inter for Indonesian text, Noto Color Emoji for
 * emoji, both SIL OFL). The review page itself uses the phone's fonts and stays small.
 */
interface FaceSpec {
  family: string;
  weight: number;
  style: string;
  file: string;
  unicodeRange: string | null;
}

let dirCache: string | null = null;
/** resources/fonts next to the sources (vitest, tsx) or above out/main (built core). */
export function fontsDir(): string {
  if (dirCache) return dirCache;
  const fromEnv = process.env.RENCANA_RESOURCES;
  const candidates = [
    ...(fromEnv ? [path.join(fromEnv, 'fonts')] : []),
    ...[1, 2, 3, 4].map((up) => path.join(path.dirname(fileURLToPath(import.meta.url)), ...Array<string>(up).fill('..'), 'resources', 'fonts')),
  ];
  const found = candidates.find((d) => fs.existsSync(path.join(d, 'fonts.json')));
  if (!found) throw new Error(`resources/fonts not found (looked in ${candidates.join(', ')})`);
  dirCache = found;
  return found;
}

let specs: FaceSpec[] | null = null;
function faces(): FaceSpec[] {
  specs ??= (JSON.parse(fs.readFileSync(path.join(fontsDir(), 'fonts.json'), 'utf8')) as { faces: FaceSpec[] }).faces;
  return specs;
}

/**
 * `@font-face` rules for every bundled face, by relative URL (`fonts/<file>`): the printers serve
 * resources/fonts at that path beside the page, and Chromium fetches only the subsets whose
 * unicode-range the text uses.
 */
export function printFontFaces(): string {
  return faces()
    .map(
      (f) =>
        `@font-face{font-family:"${f.family}";font-style:${f.style};font-weight:${f.weight};font-display:block;src:url(fonts/${f.file}) format("woff2")${f.unicodeRange ? `;unicode-range:${f.unicodeRange}` : ''}}`,
    )
    .join('\n');
}

/** The bytes of a bundled font named as in `printFontFaces`, or null for any other name. */
export function fontFile(name: string): Buffer | null {
  if (!faces().some((f) => f.file === name)) return null;
  return fs.readFileSync(path.join(fontsDir(), name));
}
