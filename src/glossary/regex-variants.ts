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

// Word boundaries are checked in code, not with lookarounds in the combined expression: a Unicode
// property class under the i flag makes V8 compile a huge case-folded set (tens of ms per glossary).
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * The regular-expression variants of a glossary, matched as one combined expression per case mode;
 * each hit is attributed to its pattern with that pattern's sticky copy.
 */
export class RegexVariants {
  private readonly groups: { ci: Group; cs: Group } = {
    ci: { flags: 'giu', members: [], combined: new Map() },
    cs: { flags: 'gu', members: [], combined: new Map() },
  };

  add(entry: GlossaryEntry, v: Extract<Variant, { kind: 'regex' }>): void {
    // loaded glossaries are checked at load time; this also covers glossaries built in code
    const hazard = regexHazard(v.source);
    if (hazard) throw new GlossaryError(entry.glossary, entry.line, `regular expression ${v.text} can take exponential time (${hazard}); rewrite it`);
    const ci = !entry.caseSensitive || v.flags.includes('i');
    const wrapped = `(?:${v.source})`;
    const literal = requiredLiteral(v.source);
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
    let lower: string | undefined;
    const out: { combined: RegExp; members: RegexVariant[] }[] = [];
    for (const group of [this.groups.ci, this.groups.cs]) {
      const members = group.members.filter((r) => !r.literal || (lower ??= text.toLowerCase()).includes(r.literal));
      if (members.length === 0) continue;
      const key = members.map((r) => group.members.indexOf(r)).join(',');
      let combined = group.combined.get(key);
      if (!combined) group.combined.set(key, (combined = new RegExp(members.map((r) => r.source).join('|'), group.flags)));
      out.push({ combined, members });
    }
    return out;
  }
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
