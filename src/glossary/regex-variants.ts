import type { Segment } from '../document/document.js';
import type { Token } from '../document/tokens.js';
import type { GlossaryMatch } from './compile.js';
import { GlossaryError } from './errors.js';
import { regexHazard } from './regex-safety.js';
import { requiredLiteral } from './required-literal.js';
import type { GlossaryEntry, Variant } from './types.js';

interface RegexVariant {
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
  /** Combined expressions by the set of members that can match a text. */
  combined: Map<string, RegExp>;
}

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
    this.literals = undefined;
    this.groups[ci ? 'ci' : 'cs'].members.push({ entry, variant: v.text, source: wrapped, sticky: new RegExp(wrapped, ci ? 'iuy' : 'uy'), ...(literal ? { literal } : {}) });
  }

  /** Adds every occurrence of a regex variant in the segments to `out`. */
  match(text: string, tokens: readonly Token[], segments: readonly Segment[], out: GlossaryMatch[]): void {
    const active = this.active(text);
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
   * The patterns that can match this text at all (their required literal occurs in it), combined into
   * one expression, made once per such set. Most texts skip most patterns: V8 cannot scan quickly for
   * an alternation of patterns that start with lookbehinds.
   */
  private active(text: string): { combined: RegExp; members: RegexVariant[] }[] {
    const out: { combined: RegExp; members: RegexVariant[] }[] = [];
    if (this.groups.ci.members.length === 0 && this.groups.cs.members.length === 0) return out;
    const present = this.presentLiterals(text);
    for (const group of [this.groups.ci, this.groups.cs]) {
      const members = group.members.filter((r) => !r.literal || present(r.literal));
      if (members.length === 0) continue;
      const key = members.map((r) => group.members.indexOf(r)).join(',');
      let combined = group.combined.get(key);
      if (!combined) group.combined.set(key, (combined = new RegExp(`${NOT_AFTER_WORD}(?:${members.map((r) => r.source).join('|')})`, group.flags)));
      out.push({ combined, members });
    }
    return out;
  }

  /**
   * Whether each required literal occurs in the lower-cased text, as `includes` would tell, from one
   * scan for all of them instead of one scan per pattern. The literals are tried longest first at
   * every position where one starts, so a literal occurs exactly when it is part of one found there.
   */
  private presentLiterals(text: string): (literal: string) => boolean {
    if (this.literals === undefined) {
      const all = [...new Set([...this.groups.ci.members, ...this.groups.cs.members].map((r) => r.literal).filter((l): l is string => !!l))];
      all.sort((a, b) => b.length - a.length);
      this.literals = all.length > 0 ? new RegExp(all.map((l) => l.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'), 'g') : null;
    }
    const re = this.literals;
    if (!re) return () => false;
    const lower = lowerCased(text);
    const found: string[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      if (!found.includes(m[0])) found.push(m[0]);
      re.lastIndex = m.index + 1;
    }
    return (literal) => found.some((f) => f.includes(literal));
  }
}

/** The text lower-cased; the last one is kept, as the several glossaries of a check all ask for it. */
let lastText: string | undefined;
let lastLower = '';
function lowerCased(text: string): string {
  if (text !== lastText) {
    lastLower = text.toLowerCase();
    lastText = text;
  }
  return lastLower;
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
