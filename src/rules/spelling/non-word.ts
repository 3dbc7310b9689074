import { isCapitalized, type Token } from '../../document/tokens.js';
import { corrections, MAX_WORD_LENGTH, type Correction } from '../../lang/suggest.js';
import { isKnownForm } from '../../lang/word-forms.js';
import { isSoftwareTerm } from '../../lang/software-terms.js';
import { isListedWord } from '../../lang/word-list.js';
import { inLoanPhrase } from '../../lang/loan-phrases.js';
import type { Rule, RuleContext } from '../types.js';
import { CopiedFromSource } from './copied.js';
import { ADDRESS, ADDRESS_MARKS, Chunks, plainEdge } from './chunks.js';
import { DocTerms } from './doc-terms.js';

export const meta = {
  id: 'spelling/non-word',
  severity: 'warning',
  description:
    'A lower-case word that is not English ("loathous"): neither in the en-US dictionary, nor in the en-GB one (British spelling), nor a ' +
    'regular derivation or compound of dictionary words. Names, acronyms, glossary words, addresses, hyphenated ' +
    'compounds of words, contractions, words of a phrase English writes in another language (corpora/lang/loan-phrases.txt: ' +
    '"in vitro", "femme fatale", "laissez-faire"), words a bilingual unit\'s source writes the same, and words the document also ' +
    'writes as code, in an address, a link\'s destination or label, or an identifier (`stdout` in a code span, foo_bar), and the words of cspell\'s ' +
    'software vocabulary written in lower case ("gzipped", "semver", "posix") are left alone. Suggests the likeliest word; never fixed automatically.',
  confidence:
    '0.55 to start; higher for long words and for words a letter or two from a dictionary word (a plain misspelling); ' +
    'lower for shapes of rare Latin or technical words (-um, -ae, -itis). Words like no English word, used more than ' +
    'once, quoted, or next to foreign words are not reported (rare, coined or foreign rather than wrong). A ' +
    'suggestion is less confident than its finding when it is two or more edits away or the runner-up scores close.',
  examples: [
    { text: 'We would like to send you some of the most loathous people.', flagged: 'loathous', suggestion: 'loathsome' },
  ],
} satisfies Rule['meta'];

const MIN_LENGTH = 4;
/**
 * The most distinct words judged (corrections looked for) in one text. Looking for corrections costs
 * about a millisecond a word (a few hundred dictionary lookups), so a text of nothing but unknown words
 * (a word list, code, another language: "abcd,efgh,ijkl…") would run 30 times slower than prose.
 * English prose has a handful of non-words per 100 KB; past the cap the rest are dropped, with the reason.
 */
export const MAX_JUDGED = 200;
const APOSTROPHE = /^['’ʼ]$/;
/** Word shapes of Latin, scientific and technical words, which are more often rare than wrong. */
const RARE_SHAPE = /(um|ae|ii|itis|osis|oid|ine|ene|ide|ase|ata|ensis|oides)$/;
/** Combining forms before a hyphen that are not words by themselves ("socio-economic", "quasi-legal"). */
const COMBINING = /(o|i)$/;
/** Below this ranking score a correction two or more edits away is a guess, and the word more likely rare than wrong. */
const MIN_SCORE = 0.62;
/**
 * A version number of three parts after the word ("iojs 1.8.1", "quicklz 1.5.0", "node v0.10.2"): the
 * word names a program. Three parts of one to three digits, so that no decimal ("rose 1.5") and no
 * date with its year ("until 7.12.2026") is one.
 */
const VERSION_AFTER = /^[ \t]v?\d{1,3}\.\d{1,3}\.\d{1,3}(?!\d|\.\d)/;
const INTRODUCES_WORD = new Set(['word', 'term', 'called', 'dubbed', 'nicknamed', 'spelled', 'spelt']);
const LANGUAGE = new Set(['Arabic', 'French', 'German', 'Greek', 'Hebrew', 'Italian', 'Latin', 'Russian', 'Spanish', 'Yiddish']);
/** Function words of French, Spanish, Italian and German phrases ("pas de deux", "la chatte"). */
const FOREIGN = new Set([
  'de', 'la', 'le', 'les', 'du', 'des', 'une', 'et', 'par', 'pas', 'sur', 'aux', 'avec', 'sans', 'ce', 'qui', 'que', 'el',
  'los', 'las', 'del', 'di', 'della', 'il', 'der', 'das', 'und', 'mit', 'ein', 'eine', 'ist',
]);

interface Verdict {
  confidence: number;
  best: Correction[];
}

export function check(ctx: RuleContext): void {
  const { tokens } = ctx;
  const inMatch = new Uint8Array(tokens.length);
  for (const m of ctx.matches) inMatch.fill(1, m.firstToken, m.lastToken);
  const candidates: number[] = [];
  const uses = new Map<string, number>();
  const chunks = new Chunks(ctx.text);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (!isCandidate(ctx, i, chunks) || inMatch[i]) continue;
    // no correction is within reach of a longer word (see MAX_WORD_LENGTH): a code or words run together
    if (tok.text.length > MAX_WORD_LENGTH) {
      ctx.drop(tok.start, tok.end, `longer than ${MAX_WORD_LENGTH} letters: a code or words run together, not a misspelling`);
      continue;
    }
    // an English word first: most are, and then the two lookups in the (large) glossary are not needed
    if (isKnownForm(tok.lower) || ctx.glossary.termsByLower.has(tok.lower) || ctx.glossary.hasTermWord(tok.lower)) continue;
    if (isContraction(tokens, i) || isCompoundPart(tokens, i) || isMention(ctx, i, chunks) || inName(tokens, i)) continue;
    if (VERSION_AFTER.test(ctx.text.slice(tok.end, tok.end + 16))) continue;
    candidates.push(i);
    uses.set(tok.lower, (uses.get(tok.lower) ?? 0) + 1);
  }

  // the words used once are the ones looked up in the word list (below): how many, so that it can choose how to look
  let asks = 0;
  for (const n of uses.values()) if (n === 1) asks++;
  const verdicts = new Map<string, Verdict>();
  const copied = ctx.doc.units ? new CopiedFromSource(ctx.doc) : undefined;
  const terms = new DocTerms(ctx.doc, ctx.text, (chunk) => ADDRESS.test(chunk), ADDRESS_MARKS);
  for (const i of candidates) {
    const tok = tokens[i] as Token;
    if (copied?.dropped(ctx, tok.start, tok.end)) continue;
    if ((uses.get(tok.lower) ?? 0) > 1) {
      ctx.drop(tok.start, tok.end, 'used more than once in the text: a deliberate term, not a slip');
      continue;
    }
    // "hmmm", "sooo", "constaaantly": a letter drawn out for emphasis is the writer's, not a slip
    if (drawnOut(tok.lower)) {
      ctx.drop(tok.start, tok.end, 'a letter three times in a row: drawn out for emphasis, not a misspelling');
      continue;
    }
    // not a plural the dictionary refuses on purpose: "informations", "advices" (mass nouns)
    if (isListedWord(tok.lower, asks) && !(tok.lower.endsWith('s') && isKnownForm(tok.lower.slice(0, -1)))) {
      ctx.drop(tok.start, tok.end, 'in a larger English word list (word-list): a rare or British word, not a misspelling');
      continue;
    }
    if (inLoanPhrase(tokens, i)) {
      ctx.drop(tok.start, tok.end, 'a word of a phrase English writes in another language (corpora/lang/loan-phrases.txt: "in vitro", "femme fatale")');
      continue;
    }
    if (inForeignPhrase(ctx, i, isKnownForm)) {
      ctx.drop(tok.start, tok.end, 'next to foreign or other unknown words: a foreign phrase');
      continue;
    }
    if (terms.has(tok.lower)) {
      ctx.drop(tok.start, tok.end, 'written as code, an address or an identifier elsewhere in the document: its term, not a misspelling');
      continue;
    }
    // in any document: measured on news references and the Brown corpus (1M words), no flag there is one of
    // these words, while plain-text manuals (a README without Markdown code) use them as freely as Markdown does
    // …and their plurals ("distros", "pids"): the lists hold the singular of most nouns
    if (isSoftwareTerm(tok.lower) || (tok.lower.endsWith('s') && isSoftwareTerm(tok.lower.slice(0, -1)))) {
      ctx.drop(tok.start, tok.end, 'a software term (@cspell/dict-software-terms): a word of software, not a misspelling');
      continue;
    }
    let v = verdicts.get(tok.lower);
    if (!v && verdicts.size >= MAX_JUDGED) {
      ctx.drop(tok.start, tok.end, `over ${MAX_JUDGED} unknown words in the text: a list, code or another language, not judged`);
      continue;
    }
    if (!v) verdicts.set(tok.lower, (v = judge(tok.lower)));
    const [first] = v.best;
    if (!first || (first.score < MIN_SCORE && first.distance > 1)) {
      ctx.drop(tok.start, tok.end, 'like no English word closely enough: more likely a rare, foreign or technical word');
      continue;
    }
    const runnerUp = v.best[1];
    const sure = first.distance <= 2 && (!runnerUp || first.score - runnerUp.score >= 0.1);
    const suggestions = v.best.map((c, k) => ({
      text: c.text,
      confidence: round(Math.max(0.1, v.confidence - (k === 0 && sure ? 0 : 0.15) - 0.1 * k)),
    }));
    ctx.report({
      start: tok.start,
      end: tok.end,
      message: `"${tok.text}" is not an English word; perhaps "${first.text}"`,
      confidence: v.confidence,
      suggestions,
      autofix: false,
      ...(v.confidence < 0.5 ? { severity: 'info' as const } : {}),
    });
  }
}

/** The finding's confidence and the ranked corrections for a word that is not English. */
function judge(word: string): Verdict {
  const best = corrections(word);
  const top = best[0];
  let confidence = 0.55;
  if (word.length >= 8) confidence += 0.1;
  if (top && top.distance <= 2 && top.score >= 0.8) confidence += 0.1;
  if (RARE_SHAPE.test(word)) confidence -= 0.1;
  return { confidence: round(Math.min(0.85, Math.max(0.35, confidence))), best };
}

/** A whole lower-case word of four letters or more, outside numbers, addresses and handles. */
function isCandidate(ctx: RuleContext, i: number, chunks: Chunks): boolean {
  const tok = ctx.tokens[i] as Token;
  if (tok.kind !== 'word' || tok.text.length < MIN_LENGTH || tok.text !== tok.lower || !isLowerWord(tok.text)) return false;
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  if ((prev?.kind === 'number' && !tok.spaceBefore) || (next?.kind === 'number' && !next.spaceBefore)) return false;
  // most words stand between spaces and plain punctuation: no need to look at the whole chunk
  // (but "(" after a word may make it a call or manual page, "fread()", "kinit(1)": see ADDRESS)
  if (plainEdge(ctx.text, tok.start - 1) && plainEdge(ctx.text, tok.end) && ctx.text.charCodeAt(tok.end) !== 40) return true;
  return !chunks.at(tok.start, tok.end).address;
}

/** /^\p{Ll}[\p{Ll}\p{M}]*$/u, without the regex for the usual word of a-z only. */
function isLowerWord(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 97 || c > 122) return /^\p{Ll}[\p{Ll}\p{M}]*$/u.test(word);
  }
  return word.length > 0;
}

/** "wouldn't", "couldn’t": the tokenizer leaves "wouldn" before the apostrophe. */
function isContraction(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  const apo = tokens[i + 1];
  const t = tokens[i + 2];
  return tok.lower.endsWith('n') && !!apo && !!t && APOSTROPHE.test(apo.text) && !apo.spaceBefore && t.lower === 't' && !t.spaceBefore;
}

/**
 * A part of a hyphenated compound that is fine there: the parts written together make a word
 * ("co-operate", "pre-empt") or the part is a combining form ("socio-economic").
 */
function isCompoundPart(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  const hyphenAfter = tokens[i + 1]?.text === '-' && !(tokens[i + 1] as Token).spaceBefore;
  const after = tokens[i + 2];
  if (hyphenAfter && after?.kind === 'word' && !after.spaceBefore) {
    if (COMBINING.test(tok.lower) || (after.text.length <= MAX_WORD_LENGTH && isKnownForm(tok.lower + after.lower))) return true;
  }
  const hyphenBefore = tokens[i - 1]?.text === '-' && !tok.spaceBefore;
  const before = tokens[i - 2];
  if (hyphenBefore && before?.kind === 'word' && !(tokens[i - 1] as Token).spaceBefore) {
    if (before.text.length <= MAX_WORD_LENGTH && isKnownForm(before.lower + tok.lower)) return true;
  }
  return false;
}

/**
 * A word talked about rather than used, or spoken in dialect: alone in quotation marks ("the
 * “appestat”"), introduced as a word ("the word chantier", "the Greek chole"), with a dropped g
 * ("countin'"), or after a French elision ("l'orchestre").
 */
function isMention(ctx: RuleContext, i: number, chunks: Chunks): boolean {
  const { tokens } = ctx;
  const tok = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (chunks.at(tok.start, tok.end).quoted) return true;
  if (prev && (INTRODUCES_WORD.has(prev.lower) || LANGUAGE.has(prev.text))) return true;
  const apo = tokens[i + 1];
  const after = tokens[i + 2];
  if (apo && APOSTROPHE.test(apo.text) && !apo.spaceBefore && !(after?.kind === 'word' && !after.spaceBefore) && isKnownForm(tok.lower + 'g')) return true;
  const letter = tokens[i - 2];
  return !!prev && APOSTROPHE.test(prev.text) && !tok.spaceBefore && !!letter && /^(?:[cdjlmnst]|qu)$/i.test(letter.text) && !prev.spaceBefore;
}

/** Part of a name: hyphened to a capitalised word ("Kai-shek") or between capitalised words ("De La boite A"). */
function inName(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  const cap = (t: Token | undefined) => !!t && t.kind === 'word' && isCapitalized(t.text);
  if (tokens[i - 1]?.text === '-' && !tok.spaceBefore && cap(tokens[i - 2])) return true;
  if (tokens[i + 1]?.text === '-' && !(tokens[i + 1] as Token).spaceBefore && cap(tokens[i + 2])) return true;
  // "Ra’anana", "Be’er Sheva": a name cut at its apostrophe (not "Trump's" or "isn't": the part after is long)
  if (/^['’]$/.test(tokens[i - 1]?.text ?? '') && !tok.spaceBefore && !(tokens[i - 1] as Token).spaceBefore && cap(tokens[i - 2])) return true;
  return cap(tokens[i - 1]) && cap(tokens[i + 1]);
}

/** Next to a foreign function word or another unknown word, or in a chain like "bric-a-brac". */
function inForeignPhrase(ctx: RuleContext, i: number, known: (w: string) => boolean): boolean {
  for (const step of [-1, 1]) {
    let j = i + step;
    let hyphened = false;
    while (ctx.tokens[j]?.text === '-') {
      hyphened = true;
      j += step;
    }
    const n = ctx.tokens[j];
    if (!n || n.kind !== 'word' || n.segment !== (ctx.tokens[i] as Token).segment) continue;
    if (FOREIGN.has(n.lower) || (hyphened && n.text.length <= 2)) return true;
    if (n.text === n.lower && n.text.length >= MIN_LENGTH && (n.text.length > MAX_WORD_LENGTH || !known(n.lower))) return true;
  }
  return false;
}

/** A letter three times or more in a row that, written once or twice, leaves an English word of three letters or more. */
function drawnOut(word: string): boolean {
  if (!/(\p{L})\1\1/u.test(word)) return false;
  const known = (w: string) => w.length >= 3 && (isKnownForm(w) || isListedWord(w));
  return known(word.replace(/(\p{L})\1{2,}/gu, '$1')) || known(word.replace(/(\p{L})\1{2,}/gu, '$1$1'));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export default { meta, check } satisfies Rule;
