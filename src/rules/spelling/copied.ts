import type { Document, Unit } from '../../document/document.js';
import { firstStartingAt, type Span } from '../../document/span.js';
import type { RuleContext } from '../types.js';

/**
 * Whether a word of a bilingual file's target is written the same in its unit's source: copied from it
 * (a command, a name, a code: "wget" in "Up to version 2.1, wget was used."), not misspelt by the
 * translation. Translation QA tools leave such words alone (Xbench's untranslatables); an error the
 * source holds is the source author's to fix. Units are looked up by position (binary search over the
 * targets, sorted once); a source's words are read only for the few words spelling/non-word would report.
 */
export class CopiedFromSource {
  private readonly units: Unit[];
  /** The units' targets, in the same order (for firstStartingAt). */
  private readonly targets: Span[];

  constructor(private readonly doc: Document) {
    this.units = (doc.units ?? []).filter((u) => u.source !== undefined).sort((a, b) => a.target.start - b.target.start);
    this.targets = this.units.map((u) => u.target);
  }

  /** The word text[start, end) stands in a unit's target whose source has it as a whole word (same letters, same case). */
  has(start: number, end: number): boolean {
    const u = this.unitAt(start);
    if (!u || end > u.target.end || !u.source) return false;
    const word = this.doc.text.slice(start, end);
    const source = this.doc.text.slice(u.source.start, u.source.end);
    for (let i = source.indexOf(word); i >= 0; i = source.indexOf(word, i + 1)) {
      if (!isLetter(source[i - 1]) && !isLetter(source[i + word.length])) return true;
    }
    return false;
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

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{M}\p{N}_]/u.test(c);
}
