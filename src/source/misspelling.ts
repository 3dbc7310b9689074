import { editDistance } from '../lang/edit-distance.js';
import type { SourceName, TargetWord } from './names.js';

/**
 * The target word that looks like a misspelling of the name: close in spelling or in sound (at most one
 * edit in five letters, two in ten or more), starting with the same sound, and not a spelling the name
 * allows. Returns the closest with its distance, or undefined.
 */
export function misspelling(name: SourceName, words: readonly TargetWord[]): { word: TargetWord; distance: number } | undefined {
  let best: { word: TargetWord; distance: number } | undefined;
  for (const word of words) {
    const d = misspellingDistance(name, word);
    if (d > 0 && (!best || d < best.distance)) best = { word, distance: d };
  }
  return best;
}

/**
 * How far the word is from the name as misspelling() counts it (the least distance over the name's
 * spellings that qualifies), or 0 when it is no misspelling of it. Plain loops, no arrays: this runs for
 * each name against each capitalised word nearby.
 */
export function misspellingDistance(name: SourceName, word: TargetWord): number {
  if (word.folded.length < 4) return 0;
  // a romanised name is compared by its consonant skeleton: vowels and sibilants vary between romanisations
  if (name.skeletons.length > 0) return closestIn(name.skeletons, word.skeleton, 3, name, word);
  const byForm = closestIn(name.forms, word.folded, 4);
  const byKey = closestIn(name.keys, word.key, 4);
  return byForm === 0 ? byKey : byKey === 0 ? byForm : Math.min(byForm, byKey);
}

/**
 * The least distance in (0, max] between `own` and a spelling of `list` that starts with its letter
 * (max: 1, or 2 from ten letters), or 0. With `romanised`, only when the word is also within a letter
 * of one of the name's forms (sounds alone let every transcription through).
 */
function closestIn(list: readonly string[], own: string, minLength: number, romanised?: SourceName, word?: TargetWord): number {
  let best = 0;
  let close: boolean | undefined;
  for (const f of list) {
    if (f.charAt(0) !== own.charAt(0) || f.length < minLength) continue;
    if (romanised && word) {
      if (close === undefined) {
        close = false;
        for (const form of romanised.forms) if (editDistance(form, word.folded, 1) <= 1) close = true;
      }
      if (!close) return 0;
    }
    const max = f.length >= 10 ? 2 : 1;
    const d = editDistance(f, own, max);
    if (d > 0 && d <= max && (best === 0 || d < best)) best = d;
  }
  return best;
}
