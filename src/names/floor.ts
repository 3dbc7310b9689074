import { nameData } from './data.js';
import type { NameTerm } from './name-index.js';

/** Candidates below this are not reported, unless confidenceFloor says otherwise. */
export const MIN_CONFIDENCE = 0.5;
/** A span of two words or more. */
const MIN_CONFIDENCE_NAME = 0.4;
/** A single word with one sign of a syllabic name misread. */
const MIN_CONFIDENCE_SYLLABLES = 0.25;

/**
 * The least confidence a name candidate is reported with (match.ts), when the caller asks for none. On
 * the silver set (tests/quality/real) spans of two words or more scored 0.4-0.5 were right 15 times in
 * 15. A single word is taken from 0.25 where it and every word of the name are syllables of a
 * romanisation such as Japanese Hepburn (familyFirst, corpora/names/particles.yaml) and neither word
 * is the other cut short: MT misreads one sign of such a name ("Hanzuko" for Hazuko, "Mizizawa" for
 * Mizusawa), while "Netanya" is not Netanyahu cut short. `written` and `termWord` are folded.
 */
export function confidenceFloor(single: boolean, written: string, termWord: string, term: NameTerm): number {
  if (!single) return MIN_CONFIDENCE_NAME;
  const { familyFirst } = nameData();
  if (termWord.startsWith(written) || written.startsWith(termWord) || !familyFirst.test(written)) return MIN_CONFIDENCE;
  return term.words.every((x) => x.particle || familyFirst.test(x.folded)) ? MIN_CONFIDENCE_SYLLABLES : MIN_CONFIDENCE;
}
