import type { Segment } from '../document/document.js';
import type { Token } from '../document/tokens.js';
import type { GlossaryMatch } from './compile.js';
import { GlossaryError } from './errors.js';
import { regexHazard } from './regex-safety.js';
import { requiredLiteral } from './required-literal.js';
import type { GlossaryEntry, Variant } from './types.js';

interface RegexVariant {
  /** Position among its group's members, for the memo's key. */
  index: number;
  entry: GlossaryEntry;
  variant: string;
  source: string;
  sticky: RegExp;
  /** Text every match contains (lower case), when it can be told. */
  literal?: string;
}

interface Group {
  flags: string;
  members: RegexVariant[];
  /** Combined expressions (chunks, in member order) by the set of members that can match a text. */
  combined: Map<string, Chunk[]>;
}

/** Some members' patterns as one alternation. */
interface Chunk {
  re: RegExp;
  members: RegexVariant[];
}

/**
 * How many sets of active patterns keep their combined expressions. A glossary whose patterns have
 * distinct required literals has a set per mix of them that texts name: a service fed texts naming
 * 25 of 400 such patterns made a new set for almost every text and kept them all until the heap ran
 * out (630 MB at 26,000 texts). A set costs about a millisecond to combine again; a document of one
 * glossary reuses its few sets, so a small memo, emptied when full, keeps nearly every hit.
 */
export const COMBINED_MEMO_SIZE = 64;

/**
 * The most source characters of patterns combined into one expression (a pattern longer than this
 * gets one of its own). V8 refuses an expression whose compiled code grows too large ("Regular
 * expression too large": 50,000 always-active patterns, 2.15 MB of source, after 39 s and 4.2 GB),
 * and one huge alternation compiles worse than linearly (8 times the patterns took 23 times as long);
 * chunks of this size compile in a few ms each, so the cost is linear in the patterns.
 */
export const COMBINED_CHUNK_CHARS = 16_000;

// Word boundaries are checked in code (WORD_CHAR), exactly. The combined expression also starts with
// a lookbehind for the start (NOT_AFTER_WORD), so that the engine tries a match only where a word can
// start: otherwise a pattern with one repeat, such as `[A-Z][a-z]+ of` under the i flag, is tried
// from every letter of a long word and scans to its end each time (n² on one 25,000-letter word).
// The lookbehind costs about a millisecond to compile, once per set of active patterns.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{M}\\p{N}])';

/**
 * regexHazard of a source, once per process: the same pack's patterns are compiled into several
 * glossaries per checker (a calque pack whole and its entries safe without a source language), and
 * the analysis is a few ms per pattern. Bounded: a service compiling users' glossaries for ever does
 * not keep every pattern it saw.
 */
const hazards = new Map<string, string | undefined>();
function hazardOf(source: string): string | undefined {
  if (hazards.has(source)) return hazards.get(source);
  const hazard = regexHazard(source);
  if (hazards.size >= 4096) hazards.clear();
  hazards.set(source, hazard);
  return hazard;
}

/**
 * The regular-expression variants of a glossary, matched as one combined expression per case mode;
 * each hit is attributed to its pattern with that pattern's sticky copy.
 */
export class RegexVariants {
  private readonly groups: { ci: Group; cs: Group } = {
    ci: { flags: 'giu', members: [], combined: new Map() },
    cs: { flags: 'gu', members: [], combined: new Map() },
  };
  /** Finds every required literal of the members in one scan (made on first use, after the last add). */
  private literals: RegExp | null | undefined;

  add(entry: GlossaryEntry, v: Extract<Variant, { kind: 'regex' }>): void {
    // loaded glossaries are checked at load time; this also covers glossaries built in code
    const hazard = hazardOf(v.source);
    if (hazard) throw new GlossaryError(entry.glossary, entry.line, `regular expression ${v.text} ${hazard}; rewrite it`);
    const ci = !entry.caseSensitive || v.flags.includes('i');
    const wrapped = `(?:${v.source})`;
    const literal = requiredLiteral(v.source);
    const group = this.groups[ci ? 'ci' : 'cs'];
    let sticky: RegExp;
    try {
      sticky = new RegExp(wrapped, ci ? 'iuy' : 'uy');
      // a pattern over the cap is a chunk of its own; V8 compiles on first use, so use it once here
      // (one too large to compile then fails at load, not in a check)
      if (wrapped.length > COMBINED_CHUNK_CHARS) new RegExp(`${NOT_AFTER_WORD}(?:${wrapped})`, group.flags).test('');
    } catch (e) {
      throw new GlossaryError(entry.glossary, entry.line, `regular expression ${v.text} cannot be compiled (${(e as Error).message.slice(-60)}); rewrite it`);
    }
    this.literals = undefined;
    group.members.push({ index: group.members.length, entry, variant: v.text, source: wrapped, sticky, ...(literal ? { literal } : {}) });
  }

  /** Adds every occurrence of a regex variant in the segments to `out`. */
  match(text: string, tokens: readonly Token[], segments: readonly Segment[], out: GlossaryMatch[]): void {
    const active = this.active(text, segments);
    if (active.length === 0) return;
    for (const seg of segments) {
      const slice = text.slice(seg.start, seg.end);
      for (const chunks of active) {
        // The chunks together act as one alternation: the next match is the leftmost of theirs, and
        // at one position the earliest chunk's (as the alternation's first alternative would win).
        const next: (RegExpExecArray | null)[] = chunks.map(() => null);
        const done: boolean[] = chunks.map(() => false);
        let from = 0;
        for (;;) {
          let m: RegExpExecArray | null = null;
          for (let c = 0; c < chunks.length; c++) {
            let hit = next[c] ?? null;
            if (done[c]) continue;
            if (hit === null || hit.index < from) {
              const { re } = chunks[c] as Chunk;
              re.lastIndex = from;
              hit = next[c] = re.exec(slice);
              if (hit === null) done[c] = true;
            }
            if (hit && (!m || hit.index < m.index)) m = hit;
          }
          if (!m) break;
          if (m[0] === '') {
            from = m.index + 1;
            continue;
          }
          let found = false;
          // only a chunk that matches here has members that can (each hit costs a try per member)
          const here = chunks.filter((_, c) => next[c]?.index === m.index);
          for (const r of here.flatMap((chunk) => chunk.members)) {
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
          from = found ? m.index + m[0].length : m.index + 1;
        }
      }
    }
  }

  /** How many sets of active patterns have their combined expressions kept (bounded). */
  get memoSize(): number {
    return this.groups.ci.combined.size + this.groups.cs.combined.size;
  }

  /**
   * The patterns that can match this text at all (their required literal occurs in it), combined into
   * expressions of bounded size, made once per such set. Most texts skip most patterns: V8 cannot scan
   * quickly for an alternation of patterns that start with lookbehinds.
   */
  private active(text: string, segments: readonly Segment[]): Chunk[][] {
    const out: Chunk[][] = [];
    if (this.groups.ci.members.length === 0 && this.groups.cs.members.length === 0) return out;
    const present = this.presentLiterals(text, segments);
    for (const group of [this.groups.ci, this.groups.cs]) {
      const members = group.members.filter((r) => !r.literal || present(r.literal));
      if (members.length === 0) continue;
      const key = members.map((r) => r.index).join(',');
      let chunks = group.combined.get(key);
      if (!chunks) {
        if (group.combined.size >= COMBINED_MEMO_SIZE) group.combined.clear();
        group.combined.set(key, (chunks = combine(members, group.flags)));
      }
      out.push(chunks);
    }
    return out;
  }

  /**
   * Whether each required literal occurs in the lower-cased text of the segments, as `includes` would
   * tell, from one scan for all of them instead of one scan per pattern. The literals are tried longest
   * first at every position where one starts, so a literal occurs exactly when it is part of one found there.
   *
   * Only the segments are read, each alone (a match is only looked for inside one): a part of a large
   * document with units (TSV, PO, XLIFF) keeps the whole file as its text, and a scan of the whole text
   * for each part made time grow with the square of the file (a TSV of 1,048,576 rows: 6.4 s of 49 s
   * here, 12x the time of a quarter of the rows).
   */
  private presentLiterals(text: string, segments: readonly Segment[]): (literal: string) => boolean {
    if (this.literals === undefined) {
      const all = [...new Set([...this.groups.ci.members, ...this.groups.cs.members].map((r) => r.literal).filter((l): l is string => !!l))];
      all.sort((a, b) => b.length - a.length);
      this.literals = all.length > 0 ? new RegExp(all.map((l) => l.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'), 'g') : null;
    }
    const re = this.literals;
    if (!re) return () => false;
    const found: string[] = [];
    for (const lower of lowerCased(text, segments)) {
      re.lastIndex = 0;
      for (let m = re.exec(lower); m; m = re.exec(lower)) {
        if (!found.includes(m[0])) found.push(m[0]);
        re.lastIndex = m.index + 1;
      }
    }
    return (literal) => found.some((f) => f.includes(literal));
  }
}

/**
 * The segments' texts lower-cased; the last ones are kept, as the several glossaries of a check all ask
 * for them (the same text and the same list of segments).
 */
let lastText: string | undefined;
let lastSegments: readonly Segment[] | undefined;
let lastLower: string[] = [];
function lowerCased(text: string, segments: readonly Segment[]): string[] {
  if (text !== lastText || segments !== lastSegments) {
    lastLower = segments.map((s) => text.slice(s.start, s.end).toLowerCase());
    lastText = text;
    lastSegments = segments;
  }
  return lastLower;
}

/** The members' patterns as alternations of at most COMBINED_CHUNK_CHARS source characters each. */
function combine(members: readonly RegexVariant[], flags: string): Chunk[] {
  const chunks: Chunk[] = [];
  let part: RegexVariant[] = [];
  let chars = 0;
  const flush = (): void => {
    if (part.length > 0) chunks.push({ re: new RegExp(`${NOT_AFTER_WORD}(?:${part.map((r) => r.source).join('|')})`, flags), members: part });
    part = [];
    chars = 0;
  };
  for (const r of members) {
    if (chars > 0 && chars + r.source.length + 1 > COMBINED_CHUNK_CHARS) flush();
    part.push(r);
    chars += r.source.length + 1;
  }
  flush();
  return chunks;
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
