import type { Token } from '../../document/tokens.js';

/**
 * Where an all-caps token stands: in a headline line, a dateline, a byline, or glued into a longer
 * form. Everything here is computed once per text in a single pass over the tokens (lines) or the
 * characters (chunks), so a text of nothing but capitals costs what ordinary prose does: the rule
 * used to re-read the whole line for every acronym, which made one long all-caps line quadratic.
 */
export class Layout {
  private lineOf?: Int32Array;
  private lineFirst: number[] = [];
  private capsLine: boolean[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  /** A headline or label line: most of its words of two letters or more are in capitals. */
  inCapsLine(i: number): boolean {
    this.lines();
    return this.capsLine[this.lineOf?.[i] as number] === true;
  }

  /**
   * A dateline: capitals that open a line and run up to a comma, "(AP)" or a dash ("SAN FRANCISCO
   * (AP) —", "GAZA CITY, Gaza Strip (Reuters) —", "PORT LOUIS, Mauritius |"), or a byline: capitals
   * after "By" or "Photo:" ("By JOHN SMITH", "Photo by, MARKO DJURICA").
   */
  inDatelineOrByline(i: number): boolean {
    this.lines();
    const lineOf = this.lineOf as Int32Array;
    const { tokens } = this;
    const line = lineOf[i];
    let a = i;
    for (let n = 0; n < RUN_LIMIT && a > 0 && lineOf[a - 1] === line && inRun(tokens[a - 1] as Token); n++) a--;
    let b = i;
    for (let n = 0; n < RUN_LIMIT && b + 1 < tokens.length && lineOf[b + 1] === line && inRun(tokens[b + 1] as Token); n++) b++;
    // the run is what the line opens with, and ends before a dateline's punctuation
    if (a === this.lineFirst[line as number] && closesDateline(tokens, b + 1, line as number, lineOf)) return true;
    let p = a - 1;
    if (tokens[p]?.text === ',' || tokens[p]?.text === ':') p--;
    const before = tokens[p];
    return !!before && lineOf[p] === line && BYLINE_WORDS.has(before.lower) && capsWords(tokens, a, b) >= 2;
  }

  private lines(): void {
    if (this.lineOf) return;
    const { tokens, text } = this;
    const lineOf = new Int32Array(tokens.length);
    let line = -1;
    let words = 0;
    let caps = 0;
    const close = () => {
      if (line >= 0) this.capsLine[line] = caps * 2 > words;
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const prev = tokens[i - 1];
      let fresh = !prev || prev.segment !== t.segment;
      // only the gap between two tokens is read: each character once over the whole text
      for (let p = prev ? prev.end : 0; !fresh && p < t.start; p++) if (text.charCodeAt(p) === 10) fresh = true;
      if (fresh) {
        close();
        line++;
        words = 0;
        caps = 0;
        this.lineFirst[line] = i;
      }
      lineOf[i] = line;
      if (t.kind === 'word' && t.text.length >= 2) {
        words++;
        if (upperAlready(t.text)) caps++;
      }
    }
    close();
    this.lineOf = lineOf;
  }
}

/** How far a dateline or byline run is followed either way: place names and bylines are short. */
const RUN_LIMIT = 8;
const BYLINE_WORDS = new Set(['by', 'photo', 'photos', 'photograph', 'credit', 'credits', 'reporting', 'writing', 'editing', 'illustration']);
const RUN_PUNCT = new Set(['.', '-', "'", '’']);
const DASHES = new Set(['—', '–', '-', '|', '―']);

/**
 * word === word.toUpperCase(), without making the upper-case copy when the word is ASCII (asked of every
 * word of the text): no letter a-z in it.
 */
function upperAlready(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return word === word.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

function isCapsWord(t: Token): boolean {
  return t.kind === 'word' && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
}

function inRun(t: Token): boolean {
  return isCapsWord(t) || (t.kind === 'punct' && RUN_PUNCT.has(t.text));
}

function capsWords(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (isCapsWord(tokens[k] as Token)) n++;
  return n;
}

/** ", Gaza Strip", ", Nov 5", "(AP)", "(Reuters)", " —", " |" after the place name. */
function closesDateline(tokens: readonly Token[], k: number, line: number, lineOf: Int32Array): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || lineOf[k] !== line) return false;
  if (DASHES.has(t.text)) return t.spaceBefore;
  if (t.text !== ',' && t.text !== '(') return false;
  return !!next && lineOf[k + 1] === line && ((next.kind === 'word' && next.text.charAt(0) !== next.text.charAt(0).toLowerCase()) || next.kind === 'number');
}

/** Chunks that hold addresses, handles, dotted forms ("EE.UU."), "AT&T" or paths. */
const ATTACHED = /[@#/\\_&]|\.\p{L}/u;

/**
 * Whether the whitespace-delimited chunk around a token looks like an address or a dotted form.
 * Call with tokens in text order: a chunk is found and tested once, however many tokens it holds.
 */
export class Chunks {
  private end = -1;
  private attached = false;

  constructor(private readonly text: string) {}

  at(tok: Token): boolean {
    if (tok.start < this.end) return this.attached;
    const { text } = this;
    let a = tok.start;
    let b = tok.end;
    // a new chunk starts after the last one ended, so these scans read each character once
    while (a > 0 && !isSpace(text.charCodeAt(a - 1))) a--;
    while (b < text.length && !isSpace(text.charCodeAt(b))) b++;
    this.end = b;
    this.attached = ATTACHED.test(text.slice(a, b));
    return this.attached;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0xfeff || c === 0x85;
}
