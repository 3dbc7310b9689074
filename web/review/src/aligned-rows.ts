/** The rows of the original-beside-the-story view, worked out without the DOM (so tests can run it). */

/** Offsets into a text, end exclusive (JavaScript string indexes). */
export interface Offsets {
  start: number;
  end: number;
}

/** A sentence pair as POST /v1/check returns it in `alignment` (src/server/openapi.yaml, Alignment). */
export interface AlignedPair {
  source: Offsets;
  target: Offsets;
  confidence: number;
}

export interface Alignment {
  lang: string;
  pairs: AlignedPair[];
}

/** Pairs under this confidence are unsure: the source rules leave them alone (src/source/aligned.ts, MIN_PAIR_CONFIDENCE). */
export const SURE = 0.5;

/** One row of the two columns: an original sentence (or more) beside the story's, or one side alone. */
export interface Row {
  source?: Offsets;
  target?: Offsets;
  /** Both sides present and aligned with confidence. */
  sure: boolean;
}

/**
 * The rows in the story's order: each pair side by side, and the text between pairs that only one
 * side has (a sentence the translation left out or added) in a row of its own, so nothing of either
 * text is hidden. Whitespace around a piece is left out.
 */
export function alignedRows(original: string, story: string, pairs: readonly AlignedPair[]): Row[] {
  const rows: Row[] = [];
  let s = 0;
  let t = 0;
  const gap = (text: string, from: number, to: number): Offsets | undefined => {
    const trimmed = trim(text, from, to);
    return trimmed.end > trimmed.start ? trimmed : undefined;
  };
  const ordered = [...pairs].sort((a, b) => a.target.start - b.target.start);
  for (const p of ordered) {
    const sg = p.source.start > s ? gap(original, s, p.source.start) : undefined;
    const tg = p.target.start > t ? gap(story, t, p.target.start) : undefined;
    if (sg) rows.push({ source: sg, sure: false });
    if (tg) rows.push({ target: tg, sure: false });
    rows.push({ source: trim(original, p.source.start, p.source.end), target: trim(story, p.target.start, p.target.end), sure: p.confidence >= SURE });
    s = Math.max(s, p.source.end);
    t = Math.max(t, p.target.end);
  }
  const sg = gap(original, s, original.length);
  const tg = gap(story, t, story.length);
  if (sg) rows.push({ source: sg, sure: false });
  if (tg) rows.push({ target: tg, sure: false });
  return rows;
}

function trim(text: string, start: number, end: number): Offsets {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}
