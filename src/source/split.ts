import type { Document } from '../document/document.js';
import { langData } from './lang-data.js';
import { BREAKER as BREAKS, classAt, widthAt } from './letters.js';

/** A sentence of a document: offsets into its text, trimmed of surrounding space. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph the sentence is in. */
  paragraph: number;
}

/** Documents longer than this are not split (nor aligned): alignment is for stories, not for corpora. */
export const MAX_SPLIT_CHARS = 2_000_000;

const TERMINAL = /[.!?:;"”»«“)\]…。！？]$/u;
const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The sentences of a document, in order, grouped in paragraphs. Only text inside the document's prose
 * segments counts: everything else (markup, code) is read as spaces, so offsets stay those of the
 * file. Each non-empty line is a paragraph, unless the text looks hard-wrapped (most lines end
 * without sentence punctuation and run on into the next), then blank lines separate paragraphs.
 *
 * Sentences come from Intl.Segmenter (ICU's sentence rules, built into Node: no dependency, and it
 * knows the full stops of Chinese and Japanese, which the npm splitters written for English do not).
 * ICU ends a sentence at every "period, space, capital", so a sentence that ends with an abbreviation
 * of the language (corpora/lang/languages.json: "z.", "Dr."), a single letter ("B.") or, in German, an
 * ordinal ("am 16. März") is joined to the next.
 */
export function splitSentences(doc: Document, lang: string): Sentence[] {
  if (doc.text.length > MAX_SPLIT_CHARS) return [];
  const prose = proseView(doc);
  const paragraphs = splitParagraphs(prose);
  const segmenter = segmenterFor(lang);
  const abbreviations = abbreviationsOf(lang);
  const ordinals = lang === 'de';
  const out: Sentence[] = [];
  paragraphs.forEach(([from, to], paragraph) => {
    let pending: Sentence | undefined;
    // line breaks inside a hard-wrapped paragraph are read as spaces (same length, so offsets hold)
    const body = prose.slice(from, to);
    const parts = oneSentence(body) ? [{ index: 0, segment: body }] : segmenter.segment(body.includes('\n') ? body.replace(/\n/g, ' ') : body);
    for (const part of parts) {
      const s = trimmed(prose, from + part.index, from + part.index + part.segment.length);
      if (!s) continue;
      const sentence = { start: pending ? pending.start : s.start, end: s.end, paragraph };
      pending = undefined;
      if (endsWithAbbreviation(prose, sentence, abbreviations, ordinals)) pending = sentence;
      else out.push(sentence);
    }
    if (pending) out.push(pending);
  });
  return out;
}

const TERMINATOR = /^[\p{Sentence_Terminal}\u2024\ufe52\uff0e]$/u;
const CLOSER = /^[\p{Pe}\p{Pf}"'’”»]$/u;

/**
 * Speed: a paragraph (trimmed) with no sentence terminator or separator before its final terminators
 * is one sentence, whatever the language: UAX #29, which ICU implements, breaks only after those, and
 * the end of the text is the end of the last sentence. Such paragraphs (most lines of a wire story or
 * of WMT) skip Intl.Segmenter, the costliest step of splitting; on the 122,576 lines of WMT23
 * (sources, references, MT) the segmenter gave one sentence for every line this lets through.
 */
function oneSentence(body: string): boolean {
  // the final terminators and the closing marks after them, read backwards (a regex anchored at the end
  // would backtrack over every long run of dots inside the text)
  let end = body.length;
  while (end > 0 && CLOSER.test(lastChar(body, end))) end -= lastChar(body, end).length;
  let cut = end;
  while (cut > 0 && TERMINATOR.test(lastChar(body, cut))) cut -= lastChar(body, cut).length;
  // no sentence breaker (letters.ts BREAKER) before the final terminators
  for (let i = 0; i < cut; i += widthAt(body, i)) if ((classAt(body, i) & BREAKS) !== 0) return false;
  return true;
}

/** The character (code point) that ends body[0, end). */
function lastChar(body: string, end: number): string {
  const low = body.charCodeAt(end - 1);
  return low >= 0xdc00 && low <= 0xdfff && end >= 2 && body.charCodeAt(end - 2) >= 0xd800 && body.charCodeAt(end - 2) <= 0xdbff ? body.slice(end - 2, end) : body.charAt(end - 1);
}

function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

/** The text with everything outside the prose segments blanked, line breaks kept. */
function proseView(doc: Document): string {
  if (doc.segments.length === 1 && doc.segments[0]?.start === 0 && doc.segments[0].end === doc.text.length) return doc.text;
  const parts: string[] = [];
  let at = 0;
  for (const seg of doc.segments) {
    if (seg.start > at) parts.push(doc.text.slice(at, seg.start).replace(/[^\n]/g, ' '));
    parts.push(doc.text.slice(Math.max(at, seg.start), seg.end));
    at = Math.max(at, seg.end);
  }
  if (at < doc.text.length) parts.push(doc.text.slice(at).replace(/[^\n]/g, ' '));
  return parts.join('');
}

/** Paragraph ranges: lines, or blank-line separated blocks when the text is hard-wrapped. */
function splitParagraphs(text: string): [number, number][] {
  const lines: [number, number][] = [];
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const line = trimmed(text, at, nl);
    lines.push(line ? [line.start, line.end] : [at, at]);
    at = nl + 1;
  }
  let runOn = 0, nonEmpty = 0;
  for (let k = 0; k < lines.length; k++) {
    const [s, e] = lines[k] as [number, number];
    if (e === s) continue;
    nonEmpty++;
    const next = lines[k + 1];
    if (next && next[1] > next[0] && !TERMINAL.test(text.slice(Math.max(s, e - 1), e))) runOn++;
  }
  if (runOn < nonEmpty / 2) return lines.filter(([s, e]) => e > s);
  // hard-wrapped: blocks of lines; the segmenter reads the line breaks inside one as spaces
  const blocks: [number, number][] = [];
  let block: [number, number] | undefined;
  for (const [s, e] of lines) {
    if (e === s) {
      if (block) blocks.push(block);
      block = undefined;
    } else if (block) block[1] = e;
    else block = [s, e];
  }
  if (block) blocks.push(block);
  return blocks;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c > 0x1fff && /\s/.test(String.fromCharCode(c)));

const LAST_WORD = /(?:^|[\s(])([\p{L}.-]{1,6}|\d{1,2})\.$/u;

const abbreviationSets = new Map<string, ReadonlySet<string>>();

/** The language's abbreviations (languages.json), as a set made once per process and language. */
function abbreviationsOf(lang: string): ReadonlySet<string> {
  let set = abbreviationSets.get(lang);
  if (!set) abbreviationSets.set(lang, (set = new Set(langData(lang)?.abbreviations ?? [])));
  return set;
}

function endsWithAbbreviation(text: string, s: Sentence, abbreviations: ReadonlySet<string>, ordinals: boolean): boolean {
  // cheap rejection: LAST_WORD ends with a full stop
  if (text.charCodeAt(s.end - 1) !== 46) return false;
  const tail = text.slice(Math.max(s.start, s.end - 12), s.end);
  const m = LAST_WORD.exec(tail);
  if (!m) return false;
  const word = m[1] as string;
  if (/^\d+$/.test(word)) return ordinals;
  return /^\p{L}$/u.test(word) || abbreviations.has(word) || word.includes('.');
}
