import type { Token } from '../document/tokens.js';
import { firstLower, scanTokens, tokenize } from '../document/tokens.js';
import type { Segment } from '../document/document.js';
import { GlossaryError } from './errors.js';
import { regexHazard } from './regex-safety.js';
import { requiredLiteral } from './required-literal.js';
import type { GlossaryEntry } from './types.js';

/** One occurrence in the text of an entry's term or of one of its wrong variants. */
export interface GlossaryMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
  kind: 'term' | 'variant';
  /** The variant as written in the glossary (absent for term matches). */
  variant?: string;
  literal: boolean;
  /** Plural ending that followed the matched form inside the same word ("s", "es"), kept in the fix. */
  suffix: string;
  /** Index of the first and one past the last token covered. */
  firstToken: number;
  lastToken: number;
}

/** A word of a glossary term: which entry (and its index), where in the term, and the term's tokens. */
export interface TermWord {
  readonly entry: GlossaryEntry;
  readonly id: number;
  readonly position: number;
  /** Tokenized on first use. */
  readonly tokens: readonly Token[];
}

interface PatternToken {
  text: string;
  spaceBefore: boolean;
}

interface Pattern {
  entry: GlossaryEntry;
  kind: 'term' | 'variant';
  variant?: string;
  tokens: PatternToken[];
  caseSensitive: boolean;
}

interface TrieNode {
  next?: Map<string, TrieNode>;
  hits?: Pattern[];
}

/**
 * Patterns not yet in the trie, by their first word: entry index * 1024 + slot (0 for the term,
 * k for the k-th variant). A glossary of 50,000 entries is mostly words a given text never uses, so
 * a branch of the trie is built only when its first word first occurs in a checked text.
 */
type Pending = number[];
const SLOTS = 1024;
/** Term words past this position are not indexed for near misses (terms are rarely that long). */
const POSITIONS = 64;

interface RegexVariant {
  entry: GlossaryEntry;
  variant: string;
  source: string;
  sticky: RegExp;
  /** Text every match contains (lower case), when it can be told. */
  literal?: string;
}

// Word boundaries are checked in code, not with lookarounds in the combined expression: a Unicode
// property class under the i flag makes V8 compile a huge case-folded set (tens of ms per glossary).
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * The glossary compiled once into a token trie (literal terms and variants) plus one combined
 * regular expression per case mode for the few regex variants. Matching costs one map lookup per
 * token and trie step, whatever the number of entries.
 */
export class CompiledGlossary {
  private readonly root = new Map<string, TrieNode | Pending>();
  private readonly regexGroups: { flags: string; members: RegexVariant[]; combined: Map<string, RegExp> }[] = [];
  private words?: Map<string, number[]>;
  private readonly termWordCache = new Map<string, TermWord[]>();
  private readonly termTokenCache: (Token[] | undefined)[] = [];
  readonly termsByLower = new Map<string, GlossaryEntry>();

  constructor(readonly entries: readonly GlossaryEntry[]) {
    const regexes: { ci: RegexVariant[]; cs: RegexVariant[] } = { ci: [], cs: [] };
    entries.forEach((entry, id) => {
      const lower = entry.term.toLowerCase();
      if (!this.termsByLower.has(lower)) this.termsByLower.set(lower, entry);
      this.defer(firstLower(entry.term), id * SLOTS);
      entry.variants.forEach((v, k) => {
        if (v.kind === 'literal') {
          if (k + 1 < SLOTS) this.defer(firstLower(v.text), id * SLOTS + k + 1);
          return;
        }
        // loaded glossaries are checked at load time; this also covers glossaries built in code
        const hazard = regexHazard(v.source);
        if (hazard) throw new GlossaryError(entry.glossary, entry.line, `regular expression ${v.text} can take exponential time (${hazard}); rewrite it`);
        const ci = !entry.caseSensitive || v.flags.includes('i');
        const wrapped = `(?:${v.source})`;
        const group = ci ? 'ci' : 'cs';
        const literal = requiredLiteral(v.source);
        regexes[group].push({ entry, variant: v.text, source: wrapped, sticky: new RegExp(wrapped, ci ? 'iuy' : 'uy'), ...(literal ? { literal } : {}) });
      });
    });
    for (const group of ['ci', 'cs'] as const) {
      if (regexes[group].length === 0) continue;
      this.regexGroups.push({ flags: group === 'ci' ? 'giu' : 'gu', members: regexes[group], combined: new Map() });
    }
  }

  private defer(first: string, code: number): void {
    if (first === '') return;
    const slot = this.root.get(first);
    if (slot === undefined) this.root.set(first, [code]);
    else (slot as Pending).push(code);
  }

  /** The trie branch under a first word, built from its pending patterns on first use. */
  private branch(first: string): TrieNode | undefined {
    const slot = this.root.get(first);
    if (slot === undefined || !Array.isArray(slot)) return slot;
    const node: TrieNode = {};
    for (const code of slot) {
      const id = Math.floor(code / SLOTS);
      const k = code % SLOTS;
      const entry = this.entries[id] as GlossaryEntry;
      if (k === 0) this.insert(node, { entry, kind: 'term', tokens: patternTokens(entry.term), caseSensitive: entry.caseSensitive });
      else {
        const v = entry.variants[k - 1];
        if (v) this.insert(node, { entry, kind: 'variant', variant: v.text, tokens: patternTokens(v.text), caseSensitive: entry.caseSensitive });
      }
    }
    this.root.set(first, node);
    return node;
  }

  /** Inserts a pattern below the branch node of its first word. */
  private insert(branch: TrieNode, p: Pattern): void {
    let node = branch;
    for (let k = 1; k < p.tokens.length; k++) {
      const key = (p.tokens[k] as PatternToken).text.toLowerCase();
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = {}));
      node = child;
    }
    (node.hits ??= []).push(p);
  }

  /** The tokens of an entry's term, made once. */
  termTokens(id: number): Token[] {
    let t = this.termTokenCache[id];
    if (!t) {
      const term = (this.entries[id] as GlossaryEntry).term;
      this.termTokenCache[id] = t = tokenize(term, [{ start: 0, end: term.length }]);
    }
    return t;
  }

  /** Every term and variant occurrence, overlapping ones included; callers resolve overlaps. */
  match(text: string, tokens: readonly Token[], segments: readonly Segment[]): GlossaryMatch[] {
    const out: GlossaryMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i] as Token;
      if (first.kind === 'word' && first.lower.length > 3 && first.lower.endsWith('s')) {
        for (const suffix of ['s', 'es']) {
          const stem = this.branch(first.lower.slice(0, -suffix.length));
          if (stem?.hits) this.emit(out, stem.hits, tokens, i, i, suffix);
        }
      }
      let node = this.branch(first.lower);
      if (node?.hits) this.emit(out, node.hits, tokens, i, i, '');
      for (let j = i + 1; j < tokens.length && node?.next; j++) {
        const tok = tokens[j] as Token;
        if (tok.segment !== first.segment) break;
        if (tok.kind === 'word' && tok.lower.length > 3 && tok.lower.endsWith('s')) {
          for (const suffix of ['s', 'es']) {
            const stem = node.next.get(tok.lower.slice(0, -suffix.length));
            if (stem?.hits) this.emit(out, stem.hits, tokens, i, j, suffix);
          }
        }
        node = node.next.get(tok.lower);
        if (node?.hits) this.emit(out, node.hits, tokens, i, j, '');
      }
    }
    if (this.regexGroups.length > 0) this.matchRegexes(text, tokens, segments, out);
    return out;
  }

  private emit(out: GlossaryMatch[], hits: Pattern[], tokens: readonly Token[], i: number, j: number, suffix: string): void {
    for (const p of hits) {
      if (!fits(p, tokens, i, suffix)) continue;
      const m: GlossaryMatch = {
        start: (tokens[i] as Token).start,
        end: (tokens[j] as Token).end,
        entry: p.entry,
        kind: p.kind,
        literal: true,
        suffix,
        firstToken: i,
        lastToken: j + 1,
      };
      if (p.variant !== undefined) m.variant = p.variant;
      out.push(m);
    }
  }

  /**
   * The patterns that can match this text at all (their required literal occurs in it), combined into
   * one expression, made once per such set. Most texts skip most patterns: V8 cannot scan quickly for
   * an alternation of patterns that start with lookbehinds.
   */
  private activeRegexes(text: string): { combined: RegExp; members: RegexVariant[] }[] {
    let lower: string | undefined;
    const out: { combined: RegExp; members: RegexVariant[] }[] = [];
    for (const group of this.regexGroups) {
      const members = group.members.filter((r) => !r.literal || (lower ??= text.toLowerCase()).includes(r.literal));
      if (members.length === 0) continue;
      const key = members.map((r) => group.members.indexOf(r)).join(',');
      let combined = group.combined.get(key);
      if (!combined) group.combined.set(key, (combined = new RegExp(members.map((r) => r.source).join('|'), group.flags)));
      out.push({ combined, members });
    }
    return out;
  }

  private matchRegexes(text: string, tokens: readonly Token[], segments: readonly Segment[], out: GlossaryMatch[]): void {
    const active = this.activeRegexes(text);
    if (active.length === 0) return;
    for (const seg of segments) {
      const slice = text.slice(seg.start, seg.end);
      for (const { combined, members } of active) {
        combined.lastIndex = 0;
        for (let m = combined.exec(slice); m; m = combined.exec(slice)) {
          if (m[0] === '') {
            combined.lastIndex++;
            continue;
          }
          let found = false;
          for (const r of members) {
            r.sticky.lastIndex = m.index;
            const hit = r.sticky.exec(slice);
            if (!hit || hit[0] === '' || !atWordBoundaries(slice, m.index, m.index + hit[0].length)) continue;
            found = true;
            const start = seg.start + m.index;
            const end = start + hit[0].length;
            const first = tokenAt(tokens, start);
            const last = tokenAt(tokens, end - 1);
            out.push({ start, end, entry: r.entry, kind: 'variant', variant: r.variant, literal: false, suffix: '', firstToken: first, lastToken: last + 1 });
          }
          // a match inside a word may hide one that starts a little later
          if (!found) combined.lastIndex = m.index + 1;
        }
      }
    }
  }

  /**
   * The entries whose term contains this lower-cased word, with its position in the term (for
   * near-miss and acronym candidates). The index holds packed numbers, not objects: it spans every
   * term of the glossary, while only the words of the checked text are ever looked up.
   */
  termWordsOf(word: string): readonly TermWord[] | undefined {
    let refs = this.termWordCache.get(word);
    if (refs) return refs;
    const codes = this.wordIndex().get(word);
    if (!codes) return undefined;
    const glossary = this;
    refs = codes.map((code) => {
      const id = Math.floor(code / POSITIONS);
      return {
        entry: this.entries[id] as GlossaryEntry,
        id,
        position: code % POSITIONS,
        get tokens() {
          return glossary.termTokens(id);
        },
      };
    });
    this.termWordCache.set(word, refs);
    return refs;
  }

  /** Some glossary term contains this lower-cased word. */
  hasTermWord(word: string): boolean {
    return this.wordIndex().has(word);
  }

  private wordIndex(): Map<string, number[]> {
    if (this.words) return this.words;
    const index = new Map<string, number[]>();
    this.entries.forEach((entry, id) => {
      const term = entry.term;
      let position = 0;
      scanTokens(term, 0, term.length, (start, end) => {
        if (position >= POSITIONS) return false;
        const word = term.slice(start, end).toLowerCase();
        const list = index.get(word);
        if (list) list.push(id * POSITIONS + position);
        else index.set(word, [id * POSITIONS + position]);
        position++;
      });
    });
    return (this.words = index);
  }
}

/** A pattern's tokens with their spacing, straight from the scanner: branches are built often. */
function patternTokens(s: string): PatternToken[] {
  const out: PatternToken[] = [];
  let prevEnd = -1;
  scanTokens(s, 0, s.length, (start, end) => {
    out.push({ text: s.slice(start, end), spaceBefore: out.length > 0 && prevEnd !== start });
    prevEnd = end;
  });
  return out;
}

/** Exact case when the entry asks for it, and the same spacing between tokens as the pattern. */
function fits(p: Pattern, tokens: readonly Token[], i: number, suffix: string): boolean {
  const n = p.tokens.length;
  for (let k = 0; k < n; k++) {
    const tok = tokens[i + k] as Token;
    const pt = p.tokens[k] as PatternToken;
    if (k > 0 && tok.spaceBefore !== pt.spaceBefore) return false;
    if (p.caseSensitive) {
      const expected = k === n - 1 ? pt.text + suffix : pt.text;
      if (k === n - 1 && suffix !== '' ? !tok.text.startsWith(pt.text) : tok.text !== expected) return false;
    }
  }
  return true;
}

function atWordBoundaries(text: string, start: number, end: number): boolean {
  return !WORD_CHAR.test(text.charAt(start - 1)) && !WORD_CHAR.test(text.charAt(end));
}

function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((tokens[mid] as Token).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
