import { readFileSync } from 'node:fs';
import type { Token } from '../document/tokens.js';

const PHRASES_FILE = new URL('../../corpora/lang/loan-phrases.txt', import.meta.url);

/** Per word of a phrase, the phrases it is in (each as its words) and where: read on first use. */
let byWord: Map<string, { words: readonly string[]; at: number }[]> | undefined;

/** Lower case, accents and other marks removed: "déjà" and "deja" are one word. */
function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function phrases(): Map<string, { words: readonly string[]; at: number }[]> {
  if (byWord) return byWord;
  const map = new Map<string, { words: readonly string[]; at: number }[]>();
  for (const raw of readFileSync(PHRASES_FILE, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const words = line.split(/[^\p{L}]+/u).filter(Boolean).map(plain);
    words.forEach((w, at) => {
      const list = map.get(w);
      if (list) list.push({ words, at });
      else map.set(w, [{ words, at }]);
    });
  }
  return (byWord = map);
}

/**
 * Token i is a word of a phrase English writes in its own language (corpora/lang/loan-phrases.txt: "in vitro",
 * "femme fatale", "laissez-faire", "raison d'être"), with the phrase's other words around it, in order, in the
 * same segment; hyphens and apostrophes between them are passed over. A few phrases per word, each a few
 * tokens: constant time per token.
 */
export function inLoanPhrase(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  if (!tok) return false;
  const list = phrases().get(plain(tok.text));
  if (!list) return false;
  return list.some(({ words, at }) => wordsAround(tokens, i, -1, words.slice(0, at).reverse()) && wordsAround(tokens, i, 1, words.slice(at + 1)));
}

/** The word tokens from i on in direction `step` are `words`, with only hyphens or apostrophes between, in one segment. */
function wordsAround(tokens: readonly Token[], i: number, step: number, words: readonly string[]): boolean {
  const segment = (tokens[i] as Token).segment;
  let j = i;
  for (const w of words) {
    j += step;
    while (tokens[j] && tokens[j]?.kind !== 'word' && /^['’ʼ-]$/.test(tokens[j]?.text ?? '')) j += step;
    const t = tokens[j];
    if (!t || t.kind !== 'word' || t.segment !== segment || plain(t.text) !== w) return false;
  }
  return true;
}
