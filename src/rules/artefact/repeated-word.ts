import type { Token } from '../../document/tokens.js';
import { isCapitalized, startsSentence } from '../../document/tokens.js';
import type { Rule, RuleContext } from '../types.js';
import { isKnownForm } from '../../lang/word-forms.js';
import { isEnglishWord } from '../../lang/english.js';
import { TAG } from '../../document/prose-markup.js';
import { HTML_INLINE, NITF_INLINE, XML_INLINE } from '../../inputs/inline.js';
import { stopwords } from '../../source/lang-data.js';

export const meta = {
  id: 'artefact/repeated-word',
  severity: 'warning',
  description: 'The same word twice in a row ("the the", "are are"), in any case, also across a line break; a run of copies ("The the The the") is one finding; suggests one copy.',
  confidence:
    '0.9 for a doubled word with only spaces or one line break between (0.7, with no automatic fix, for particles such as ' +
    '"in", which can double correctly: "let us in in the dark"); words English legitimately doubles ("had had", ' +
    '"that that"), capitalised doubles inside a sentence (names such as "Walla Walla") and doubled words of three to five letters ' +
    'that are no everyday English word (loanwords such as "ylang ylang", "cha cha") are not flagged, nor three or more alike copies ' +
    'of another word than an article ("beep beep beep").',
  examples: [
    { text: 'Nobody got everything, but the the result is fair.', flagged: 'the the', suggestion: 'the' },
    { text: 'French winegrowers are are particularly worried.', flagged: 'are are', suggestion: 'are' },
  ],
} satisfies Rule['meta'];

/** Doubles that are correct English ("he had had enough", "she said that that was wrong", "bye bye"). */
export const LEGIT_DOUBLES: ReadonlySet<string> = new Set(['had', 'that', 'bye', 'very', 'no', 'so', 'tut', 'knock', 'boo', 'yada', 'blah', 'ha', 'oh', 'now', 'there', 'well', 'far', 'many', 'much', 'really']);

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'is', 'are', 'was', 'were', 'be', 'it', 'he', 'she', 'they', 'we', 'this', 'his', 'her', 'their', 'its']);

/** Tags and character references, as a marked-up file writes them between two words. */
const TAGS_AND_ESCAPES = new RegExp(`${TAG.source}|&#?\\w+;`, 'g');

/**
 * Elements whose tags a reader does not see, around text within a line (`the <b>the</b>` reads "the the"):
 * the inline elements of HTML, NITF and XML vocabularies that hold text, and XLIFF 2's paired code `<pc>`
 * (1.2's `<g>`). Not a line break or a word-break opportunity (`and <br> and` is two lines), nor a
 * standalone placeholder (`<x/>`, `<ph>`): a reader sees something between the words there. Nor a variable's or
 * typewriter text's element (`the salt <var>salt</var>`, `<b>Bower</b> <tt>bower install</tt>`): a word in the
 * face of code next to the same word in prose is a name and the thing it names, not a slip.
 */
const WRAPPING = new Set([...HTML_INLINE, ...NITF_INLINE, ...XML_INLINE, 'pc'].filter((n) => !['br', 'wbr', 'x', 'bx', 'ex', 'ph', 'frac-sep', 'var', 'tt'].includes(n)).map((n) => n.toLowerCase()));

/** Never repeated on purpose, even three times. */
const ARTICLES = new Set(['the', 'a', 'an']);

const PARTICLES = new Set(['in', 'on', 'out', 'up', 'down', 'over', 'off', 'around', 'about', 'through', 'by']);

export function check(ctx: RuleContext): void {
  const { tokens, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as Token;
    const b = tokens[i + 1] as Token;
    if (!copies(ctx, a, b)) continue;
    const gap = text.slice(a.end, b.start);
    if (LEGIT_DOUBLES.has(a.lower)) continue;
    // "ylang ylang", "cha cha", "dum dum": a word of three to five letters that is no everyday English word
    // (the en-US dictionary, or a British or derived form), doubled, is a reduplicated loanword written
    // without its hyphen (reduplication doubles a root of a syllable or two); a slip doubles the words a
    // text is made of ("grey grey"), a shorter one ("tv tv") or a longer one ("Salvia officinalis officinalis")
    if (reduplicated(a.text)) continue;
    if (/[\r\n]/.test(gap) && aloneOnLine(text, a.start, b.end)) {
      // "close\nclose" at the top of a copied page: each copy is a line of its own, left by the web page
      ctx.drop(a.start, b.end, 'each copy is a whole line: page furniture (artefact/page-furniture), not a repeated word');
      continue;
    }
    // the copies in a row: "The the The the" is one slip, flagged once and fixed to one word
    let j = i + 1;
    while (j + 1 < tokens.length && copies(ctx, tokens[j] as Token, tokens[j + 1] as Token)) j++;
    const last = tokens[j] as Token;
    // "beep beep beep", "Down down down": deliberate repetition, not a slip, unless the copies after the first
    // differ in case ("the the The"), which repetition by intent never does, or are the article ("the the the")
    if (j > i + 1 && !ARTICLES.has(a.lower) && tokens.slice(i + 2, j + 1).every((t) => t.text === b.text)) {
      i = j;
      continue;
    }
    // "Walla Walla", "Sirhan Sirhan": two capitalised copies are a name, except "The The" where the first starts a sentence
    if (isCapitalized(a.text) && isCapitalized(b.text) && !(FUNCTION_WORDS.has(a.lower) && startsSentence(text, tokens, i))) continue;
    // "Boutros Boutros-Ghali", "S.P.C.A.": the second copy begins a longer name or abbreviation
    const after = tokens[j + 1];
    const glued = after !== undefined && !after.spaceBefore && after.segment === last.segment;
    // (a full stop only where a letter follows it at once, "S.P.": "It is is." ends a sentence)
    const next = tokens[j + 2];
    // ("mount mount/.libs": the second copy begins a path; not words a slash joins, "go to to/from the station")
    if (glued && (/^[-‐_]$/.test(after.text) || (/^[/\\]$/.test(after.text) && beginsPath(text, last.start)) || (after.text === '.' && next !== undefined && !next.spaceBefore && next.kind === 'word'))) continue;
    // "CREATE TABLE table1", "a LOCK_TABLE table": a copy glued to digits or an underscore is part of an identifier
    if (glued && after.kind === 'number') continue;
    // "the BIT DATA data type": a keyword in capitals, then the word in prose, differ in case as a repeat never does
    if (/^\p{Lu}{2,}$/u.test(a.text) !== /^\p{Lu}{2,}$/u.test(b.text)) continue;
    // "Women's S.P.C.A.", "61st St.", "/usr/bin/git git daemon": the first copy is the tail of a longer token or a path
    const prev = tokens[i - 1];
    if (prev && !a.spaceBefore && prev.segment === a.segment && (prev.kind !== 'punct' || /^['’‐_/\\-]$/.test(prev.text))) continue;
    // "I promise you you'll": a contraction makes the second copy a new clause
    if (after && !after.spaceBefore && /^['’]$/.test(after.text)) continue;
    // "let us in in the dark": a particle then a preposition can be right, so no automatic fix
    const confidence = PARTICLES.has(a.lower) ? 0.7 : 0.9;
    ctx.report({
      start: a.start,
      end: last.end,
      message: `"${a.text}" is repeated: remove one copy`,
      confidence,
      suggestions: [{ text: a.text, confidence }],
      autofix: confidence >= 0.85,
    });
    i = j;
  }
}

/** `b` is another copy of the word `a` right after it: the same word in any case, in the same segment, with only spaces or one line break between. */
function copies(ctx: RuleContext, a: Token, b: Token): boolean {
  if (a.kind !== 'word' || b.kind !== 'word' || a.lower !== b.lower || a.segment !== b.segment) return false;
  const gap = ctx.text.slice(a.end, b.start);
  // only whitespace, and no paragraph break: "Close\n\nClose to the border" is two blocks
  if (!/^[^\S\r\n]*(?:\r\n|\n|\r)?[^\S\r\n]*$/.test(gap) || gap.length === 0) return false;
  // in a marked-up file, what stands between in the file: the tags of inline elements, escapes and emphasis
  // marks leave a double a reader sees (`the <b>the</b>`, `the **the**`); code or a placeholder the prose view
  // leaves out does not (`the \`x\` the`, `item <ph>{n}</ph> item`), nor a line break, a comment, an
  // autolink or any other element (`and <br> and`, `and <https://example.org> and`, `d</mi> <mi>d`)
  return ctx.doc.prose === undefined || onlyInvisible(ctx.doc.text.slice(a.end, b.start));
}

/** Whether a reader of the page sees nothing but space in `between`: inline tags, escapes and emphasis marks aside. */
function onlyInvisible(between: string): boolean {
  let rest = '';
  let at = 0;
  for (const m of between.matchAll(TAGS_AND_ESCAPES)) {
    const name = m[1];
    if (name !== undefined && (!WRAPPING.has(name.toLowerCase()) || m[0].endsWith('/>'))) return false;
    rest += between.slice(at, m.index);
    at = m.index + m[0].length;
  }
  return /^[\s*_~[\]]*$/.test(rest + between.slice(at));
}

/**
 * Whether the stretch without spaces from `start` is a file path (`mount/.libs`, `src/lib/`, `build/Release`,
 * `dir\sub.txt`) rather than two words a slash joins (`to/from`, `and/or`), which a doubled word before it
 * does not make right: only two English function words (corpora/lang/stopwords.json) in lower case, one
 * separator between, are joined words. Looks at most 256 characters ahead, so a run of copies before a long
 * token stays linear.
 */
function beginsPath(text: string, start: number): boolean {
  const run = /^\S{1,256}/.exec(text.slice(start, start + 256))?.[0] ?? '';
  const parts = run.replace(/[.,;:!?)\]}"'’”]+$/u, '').split(/[/\\]/);
  const english = stopwords().get('en');
  return !(parts.length === 2 && parts.every((p) => /^\p{Ll}+$/u.test(p) && english?.has(p)));
}

function reduplicated(word: string): boolean {
  return word.length >= 3 && word.length <= 5 && /^\p{Ll}+$/u.test(word) && !isEnglishWord(word) && !isKnownForm(word);
}

/** True when the text from `start` to `end` fills its lines: nothing else on the first or last line. */
function aloneOnLine(text: string, start: number, end: number): boolean {
  const before = text.lastIndexOf('\n', start - 1);
  const lineStart = before < 0 ? 0 : before + 1;
  // to the line's end only: a search over the rest of the text made "x\nx\n…" quadratic
  let lineEnd = end;
  while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
  return text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '';
}

export default { meta, check } satisfies Rule;
