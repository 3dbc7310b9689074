import type { Token } from '../document/tokens.js';
import { tokenize } from '../document/tokens.js';
import type { Segment } from '../document/document.js';
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
  entry: GlossaryEntry;
  id: number;
  position: number;
  tokens: readonly Token[];
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

interface RegexVariant {
  entry: GlossaryEntry;
  variant: string;
  sticky: RegExp;
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
  private readonly root: TrieNode = {};
  private readonly regexGroups: { combined: RegExp; members: RegexVariant[] }[] = [];
  private tokenIndex?: Map<string, TermWord[]>;
  private readonly termTokenList: Token[][] = [];
  readonly termsByLower = new Map<string, GlossaryEntry>();

  constructor(readonly entries: readonly GlossaryEntry[]) {
    const regexes: { ci: RegexVariant[]; cs: RegexVariant[] } = { ci: [], cs: [] };
    const sources: { ci: string[]; cs: string[] } = { ci: [], cs: [] };
    for (const entry of entries) {
      if (!this.termsByLower.has(entry.term.toLowerCase())) this.termsByLower.set(entry.term.toLowerCase(), entry);
      const termTokens = tokenize(entry.term, [{ start: 0, end: entry.term.length }]);
      this.termTokenList.push(termTokens);
      this.insert({ entry, kind: 'term', tokens: toPattern(termTokens), caseSensitive: entry.caseSensitive });
      for (const v of entry.variants) {
        if (v.kind === 'literal') {
          this.insert({ entry, kind: 'variant', variant: v.text, tokens: patternTokens(v.text), caseSensitive: entry.caseSensitive });
          continue;
        }
        const ci = !entry.caseSensitive || v.flags.includes('i');
        const wrapped = `(?:${v.source})`;
        const group = ci ? 'ci' : 'cs';
        regexes[group].push({ entry, variant: v.text, sticky: new RegExp(wrapped, ci ? 'iuy' : 'uy') });
        sources[group].push(wrapped);
      }
    }
    for (const group of ['ci', 'cs'] as const) {
      if (regexes[group].length === 0) continue;
      this.regexGroups.push({ combined: new RegExp(sources[group].join('|'), group === 'ci' ? 'giu' : 'gu'), members: regexes[group] });
    }
  }

  private insert(p: Pattern): void {
    if (p.tokens.length === 0) return;
    let node = this.root;
    for (const t of p.tokens) {
      const key = t.text.toLowerCase();
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = {}));
      node = child;
    }
    (node.hits ??= []).push(p);
  }

  /** Every term and variant occurrence, overlapping ones included; callers resolve overlaps. */
  match(text: string, tokens: readonly Token[], segments: readonly Segment[]): GlossaryMatch[] {
    const out: GlossaryMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let node: TrieNode | undefined = this.root;
      const seg = (tokens[i] as Token).segment;
      for (let j = i; j < tokens.length && node?.next; j++) {
        const tok = tokens[j] as Token;
        if (tok.segment !== seg) break;
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

  private matchRegexes(text: string, tokens: readonly Token[], segments: readonly Segment[], out: GlossaryMatch[]): void {
    for (const seg of segments) {
      const slice = text.slice(seg.start, seg.end);
      for (const { combined, members } of this.regexGroups) {
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

  /** Lower-cased term words → the entries whose term contains them (for near-miss candidates). */
  termWords(): Map<string, TermWord[]> {
    if (this.tokenIndex) return this.tokenIndex;
    const index = new Map<string, TermWord[]>();
    this.entries.forEach((entry, id) => {
      const tokens = this.termTokenList[id] as Token[];
      tokens.forEach((t, position) => {
        let list = index.get(t.lower);
        if (!list) index.set(t.lower, (list = []));
        list.push({ entry, id, position, tokens });
      });
    });
    return (this.tokenIndex = index);
  }
}

function patternTokens(s: string): PatternToken[] {
  return toPattern(tokenize(s, [{ start: 0, end: s.length }]));
}

function toPattern(tokens: Token[]): PatternToken[] {
  return tokens.map((t, k) => ({ text: t.text, spaceBefore: k > 0 && t.spaceBefore }));
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
