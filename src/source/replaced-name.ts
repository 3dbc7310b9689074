import { isEnglishWord } from '../lang/english.js';
import { fold } from './name-key.js';
import { writesName, type SourceName, type TargetWord } from './names.js';

/** A capitalised word of the original beside a name (missing.ts `neighbours`), with the name it is when it is one of the original's names. */
export interface Side {
  readonly word: string;
  readonly name: SourceName | undefined;
}

/** The target word writes the side: as its name (inflected, romanised: names.ts writesName), or else as it is. */
export function writesSide(side: Side, w: TargetWord): boolean {
  return side.name ? writesName(side.name, w) : w.folded === fold(side.word);
}

/**
 * The word of the translation that stands where the original has a name the translation lacks: the name's
 * other half is written, and right beside it, where the name was, is a capitalised word that no capital of
 * the original writes ("Thorsten Faithr" for "Thorsten Glauber", the surname translated into a non-word;
 * "Grace Elba" for "Idris Elba"). source/missing then flags that word, not the whole sentence, and
 * suggests the original's name.
 *
 * `before` and `after` are the capitalised words of the original right before and right after the name
 * (its other half: missing.ts `neighbours`), each with the name it is when it is one of the original's
 * names; `here` the capitalised words of the aligned target sentence, by position; `capitals` the
 * original sentence's capitalised words. Taken only when:
 * - the other half is written once in the sentence (two "Thorsten"s leave it unclear which is beside it);
 * - the word beside it is separated from it by spaces alone, and no capital of the original writes it
 *   (as written, inflected or romanised), nor is it the other half itself;
 * - it is no word English writes in lower case too ("the Minister" after a name is a role, "Thorsten, and
 *   Bavaria's" is another sentence part): a name garbled into an English word ("Faith") is left to the
 *   sentence-wide report, which says the name is lacking;
 * - it has three letters or more and is not in capitals (an acronym: "Thorsten CSU").
 * Linear in the sentence's words.
 */
export function replacingWord(text: string, before: Side | undefined, after: Side | undefined, here: readonly TargetWord[], capitals: readonly SourceName[]): TargetWord | undefined {
  for (const [half, step] of [
    [before, 1],
    [after, -1],
  ] as const) {
    if (!half) continue;
    let at = -1;
    for (let i = 0; i < here.length; i++) {
      if (!writesSide(half, here[i] as TargetWord)) continue;
      if (at >= 0) {
        at = -2;
        break;
      }
      at = i;
    }
    if (at < 0) continue;
    const w = here[at + step];
    const anchor = here[at] as TargetWord;
    if (!w) continue;
    const [from, to] = step === 1 ? [anchor.token.end, w.token.start] : [w.token.end, anchor.token.start];
    if (!/^[ \u00a0]+$/u.test(text.slice(from, to))) continue;
    const t = w.token.text;
    if (t.length < 3 || t === t.toUpperCase() || isEnglishWord(t.toLowerCase())) continue;
    if (writesSide(half, w) || capitals.some((c) => writesName(c, w))) continue;
    return w;
  }
  return undefined;
}
