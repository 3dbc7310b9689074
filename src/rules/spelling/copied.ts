import type { Document, Unit } from '../../document/document.js';
import { firstStartingAt, type Span } from '../../document/span.js';
import type { RuleContext } from '../types.js';

/**
 * Whether a word of a bilingual file's target is written the same in its unit's source: copied from it
 * (a command, a name, a code: "wget" in "Up to version 2.1, wget was used."), not misspelt by the
 * translation. Translation QA tools leave such words alone (Xbench's untranslatables); an error the
 * source holds is the source author's to fix. Units are looked up by position (binary search over the
 * targets, sorted once); a unit's source is split into its words once, the first time one of its target's
 * words is asked about, so each question is a set look-up (it was a search of the whole source for every
 * candidate: a unit of 80,000 source words took time in the square of its size).
 */
export class CopiedFromSource {
  private readonly units: Unit[];
  /** The units' targets, in the same order (for firstStartingAt). */
  private readonly targets: Span[];
  /** Each unit's source words (maximal runs of `isLetter` characters), read when first asked. */
  private readonly sourceWords = new Map<Unit, Set<string>>();

  constructor(private readonly doc: Document) {
    this.units = (doc.units ?? []).filter((u) => u.source !== undefined).sort((a, b) => a.target.start - b.target.start);
    this.targets = this.units.map((u) => u.target);
  }

  /** The word text[start, end) stands in a unit's target whose source has it as a whole word (same letters, same case). */
  has(start: number, end: number): boolean {
    const u = this.unitAt(start);
    if (!u || end > u.target.end || !u.source) return false;
    const word = this.doc.text.slice(start, end);
    // a word of letters stands whole in the source when it is one of the source's maximal letter runs
    if (ALL_LETTERS.test(word)) return this.wordsOf(u, u.source).has(word);
    const source = this.doc.text.slice(u.source.start, u.source.end);
    for (let i = source.indexOf(word); i >= 0; i = source.indexOf(word, i + 1)) {
      if (!isLetter(source[i - 1]) && !isLetter(source[i + word.length])) return true;
    }
    return false;
  }

  /** The words of the unit's source, split once. */
  private wordsOf(u: Unit, source: Span): Set<string> {
    let words = this.sourceWords.get(u);
    if (!words) {
      words = new Set(this.doc.text.slice(source.start, source.end).match(LETTER_RUNS) ?? []);
      this.sourceWords.set(u, words);
    }
    return words;
  }

  /** Drops the word text[start, end) with the reason when it is such a copy (`has`). */
  dropped(ctx: RuleContext, start: number, end: number): boolean {
    if (!this.has(start, end)) return false;
    ctx.drop(start, end, "written the same in the unit's source: copied from it (a command, name or code), not misspelt");
    return true;
  }

  /** The unit whose target holds `offset`: the last to start at or before it. */
  private unitAt(offset: number): Unit | undefined {
    const k = firstStartingAt(this.targets, offset + 1) - 1;
    const u = this.units[k];
    return u !== undefined && offset < u.target.end ? u : undefined;
  }
}

/** `isLetter` for one UTF-16 unit: a letter of the Basic Multilingual Plane (half of a surrogate pair is not one). */
const BMP_LETTER = String.raw`(?:(?![\u{10000}-\u{10FFFF}])[\p{L}\p{M}\p{N}_])`;
const LETTER_RUNS = new RegExp(`${BMP_LETTER}+`, 'gu');
const ALL_LETTERS = new RegExp(`^${BMP_LETTER}+$`, 'u');

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{M}\p{N}_]/u.test(c);
}
