import type { Token } from '../../document/tokens.js';
import { isCapitalized, startsSentence } from '../../document/tokens.js';
import { editDistance } from '../../lang/edit-distance.js';
import { isEnglishWord, spells } from '../../lang/english.js';
import type { Rule, RuleContext } from '../types.js';

export const meta = {
  id: 'consistency/entity',
  severity: 'warning',
  description:
    'The same name written two ways in one text ("Saddam Haftar" ... "Saddam Hafter"), found without a glossary: ' +
    'names that end runs of capitalised words, share the word before, and differ only in the last word by one or two ' +
    'letters (same first letter, four letters or more, neither an English word). The rarer spelling is flagged. Also ' +
    'a full name whose surname is written once, while a spelling one letter apart stands twice or more alone ' +
    '("Jerome Powel" ... "Powell" ... "Powell").',
  confidence:
    'Grows with how much more often the other spelling occurs (the last word alone counts too: "Haftar\'s son"): 0.6 ' +
    'for 2 to 1, up to 0.85. A tie gives 0.4 and suggests the glossary term; a tie with no glossary term is not flagged (as often two people). Never flagged: a ' +
    'spelling that is a glossary term, two spellings that each occur twice or more (likely two people), forms that ' +
    'differ in an earlier word (different first names: "Maria Lopez", "Mario Lopez"), a partial name ("Starmer" after ' +
    '"Keir Starmer"), words of which one is an English word or a dictionary name ("John Smith", "John Smyth"; ' +
    '"West Texas", "West Texan") or extends the other ("Africa", "African").',
  examples: [
    {
      text: 'Saddam Haftar met officials in Washington. Haftar\'s father controls the east. Saddam Hafter is seen as his successor.',
      flagged: 'Saddam Hafter',
      suggestion: 'Saddam Haftar',
    },
  ],
} satisfies Rule['meta'];

/** A name occurrence: the last two words of a run of capitalised words. */
interface Occurrence {
  start: number;
  end: number;
  /** The word before the last, and the last word. */
  head: string;
  last: string;
}

export function check(ctx: RuleContext): void {
  const occurrences = names(ctx);
  // how often each capitalised word occurs: needed only for a pair of close spellings, which few texts have
  let counts: Map<string, number> | undefined;
  const wordCount = () => {
    if (counts) return counts;
    counts = new Map<string, number>();
    const tokens = ctx.tokens;
    // (by index: this loop runs once per part, mostly before it is optimised, where for-of made an iterator result per token)
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as (typeof tokens)[number];
      if (t.kind === 'word' && capitalized(t.text)) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
    }
    return counts;
  };

  // forms by the word before the last: only names that share it are compared, so only the words before
  // the last that come with two last words or more get a map of forms (most come with one: a map for
  // each made thousands of short-lived maps per 256 KB part, which cost scavenges)
  const firstLast = new Map<string, string>();
  const shared = new Set<string>();
  for (const o of occurrences) {
    const l = firstLast.get(o.head);
    if (l === undefined) firstLast.set(o.head, o.last);
    else if (l !== o.last) shared.add(o.head);
  }
  const byHead = new Map<string, Map<string, Occurrence[]>>();
  for (const o of occurrences) {
    if (!shared.has(o.head)) continue;
    let forms = byHead.get(o.head);
    if (!forms) byHead.set(o.head, (forms = new Map()));
    const list = forms.get(o.last);
    if (list) list.push(o);
    else forms.set(o.last, [o]);
  }
  const isTerm = (head: string, last: string) => ctx.glossary.termsByLower.has(`${head} ${last}`.toLowerCase());

  for (const [head, forms] of byHead) {
    if (forms.size < 2) continue;
    const spellings = [...forms.keys()];
    for (let a = 0; a < spellings.length; a++) {
      for (let b = a + 1; b < spellings.length; b++) {
        const x = spellings[a] as string;
        const y = spellings[b] as string;
        if (!sameName(x, y)) continue;
        const ox = forms.get(x) as Occurrence[];
        const oy = forms.get(y) as Occurrence[];
        // both spellings used repeatedly: more likely two people than one slip
        if (ox.length >= 2 && oy.length >= 2) continue;
        const tx = isTerm(head, x);
        const ty = isTerm(head, y);
        if (tx && ty) continue;
        const sx = wordCount().get(x) ?? 0;
        const sy = wordCount().get(y) ?? 0;
        // a tie (each spelling as often) says nothing of which is right without a glossary term, and is as often two
        // people ("Shlomi Shaban", "Shlomi Shabat") or two romanisations a translator mixed: on the WMT23 human
        // references 6 of 12 flags were such ties, none a real error; no garbled name of the silver set was found by one
        if (sx === sy && !tx && !ty) continue;
        let keep: string;
        if (tx || ty) keep = tx ? x : y;
        else keep = sx > sy ? x : y;
        const wrong = keep === x ? y : x;
        const majority = keep === x ? sx : sy;
        const minority = keep === x ? sy : sx;
        let confidence = majority === minority ? 0.4 : Math.min(0.85, 0.5 + 0.1 * (majority - minority));
        if (majority > minority && (tx || ty)) confidence = Math.min(0.9, confidence + 0.05);
        const correct = `${head} ${keep}`;
        for (const o of forms.get(wrong) as Occurrence[]) report(o, correct, majority, minority, confidence);
      }
    }
  }
  if (occurrences.length > 0) surnamesAlone(occurrences, isTerm, wordCount(), report);

  function report(o: Occurrence, correct: string, majority: number, minority: number, confidence: number): void {
    const written = ctx.text.slice(o.start, o.end);
    ctx.report({
      start: o.start,
      end: o.end,
      message: `"${written}" is written "${correct}" elsewhere in this text (${majority} to ${minority})`,
      confidence,
      suggestions: [{ text: correct, confidence }],
      autofix: false,
    });
  }
}

/**
 * News copy names a person in full once, then by surname: a full name whose last word is written only
 * there, and a spelling of it one letter apart that stands more often elsewhere ("Jerome Powel" ...
 * "Powell" ... "Powell"), is the surname misspelt once. The other spelling may be a dictionary name
 * ("Powell"); the flagged one may not, nor an English word, nor a word that ends another full name
 * (another person). Candidates meet through their one-letter deletions (one map read per letter), so
 * this stays linear in the text.
 */
function surnamesAlone(occurrences: readonly Occurrence[], isTerm: (head: string, last: string) => boolean, counts: ReadonlyMap<string, number>, report: (o: Occurrence, correct: string, majority: number, minority: number, confidence: number) => void): void {
  const once = occurrences.filter((o) => o.last.length >= 5 && counts.get(o.last) === 1 && !isEnglishWord(o.last) && !spells(o.last) && !isTerm(o.head, o.last));
  if (once.length === 0) return;
  const lasts = new Set(occurrences.map((o) => o.last));
  const heads = new Set(occurrences.map((o) => o.head));
  // The deletions of the words written once are indexed (few), and those of the words written twice or
  // more looked up in it: indexing the latter made an array for each of their ~9 deletions, thousands
  // per part, all kept to the end. A candidate's place is what it was when they were indexed: by the
  // first deletion of the word written once that it shares, then by its place among the counts.
  const wanted = new Map<string, number[]>();
  const lengths = new Set<number>();
  once.forEach((o, k) => {
    const lx = o.last.toLowerCase();
    lengths.add(lx.length);
    deletions(lx).forEach((key, d) => (wanted.get(key) ?? wanted.set(key, []).get(key) as number[]).push(k, d));
  });
  const candidates = once.map(() => new Map<string, { deletion: number; place: number }>());
  let place = 0;
  for (const [word, n] of counts) {
    place++;
    if (n < 2 || word.length < 5) continue;
    const lw = word.toLowerCase();
    // two words share a deletion only when their lengths differ by one at most
    if (!lengths.has(lw.length) && !lengths.has(lw.length - 1) && !lengths.has(lw.length + 1)) continue;
    for (const key of deletions(lw)) {
      const pairs = wanted.get(key);
      for (let p = 0; pairs && p < pairs.length; p += 2) {
        const found = candidates[pairs[p] as number] as Map<string, { deletion: number; place: number }>;
        const was = found.get(word);
        if (!was || (pairs[p + 1] as number) < was.deletion) found.set(word, { deletion: pairs[p + 1] as number, place });
      }
    }
  }
  for (let k = 0; k < once.length; k++) {
    const o = once[k] as Occurrence;
    const lx = o.last.toLowerCase();
    const found = [...(candidates[k] as Map<string, { deletion: number; place: number }>)].sort((a, b) => a[1].deletion - b[1].deletion || a[1].place - b[1].place).map(([y]) => y);
    for (const y of found) {
      const ly = y.toLowerCase();
      // a plural or genitive without its apostrophe is the same word ("Powels")
      if (ly[0] !== lx[0] || ly === `${lx}s` || lx === `${ly}s` || editDistance(lx, ly, 1) !== 1 || isEnglishWord(y)) continue;
      // the other spelling ending a full name: compared above when the word before is the same, another
      // person when it is not
      if (lasts.has(y)) continue;
      // a word that stands before another name is a given name or a brand's first word ("Patrick Wilson",
      // "Bayer Leverkusen"), not a surname
      if (heads.has(y)) continue;
      const n = counts.get(y) as number;
      report(o, `${o.head} ${y}`, n, 1, Math.min(0.8, 0.5 + 0.1 * (n - 1)));
      break;
    }
  }
}

/** The word and the word with each letter left out in turn: two words one edit apart share one. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Two spellings of one surname: close, same first letter, long enough, not one extending the other, and
 * neither an English word nor a name the dictionary knows.
 */
function sameName(x: string, y: string): boolean {
  if (x.length < 4 || y.length < 4) return false;
  const lx = x.toLowerCase();
  const ly = y.toLowerCase();
  if (lx === ly || lx[0] !== ly[0] || lx.startsWith(ly) || ly.startsWith(lx)) return false;
  const d = editDistance(lx, ly, 2);
  if (d < 1 || d > 2 || (d === 2 && Math.min(lx.length, ly.length) < 6)) return false;
  // a dictionary name ("Smith", "Morgan", "Texan") may well be a second person or a related word
  return !isEnglishWord(x) && !isEnglishWord(y) && !spells(x) && !spells(y);
}

/** The last two words of every run of two or more capitalised words. */
function names(ctx: RuleContext): Occurrence[] {
  const { tokens, text } = ctx;
  const out: Occurrence[] = [];
  const sentenceInitial: Occurrence[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && isNameWord(tokens[j]) && (tokens[j] as Token).spaceBefore && (tokens[j] as Token).segment === (tokens[i] as Token).segment) j++;
    if (j - i >= 2) {
      const h = tokens[j - 2] as Token;
      const l = tokens[j - 1] as Token;
      const o = { start: h.start, end: l.end, head: h.text, last: l.text };
      // "Officials Keir ..." at a sentence start: the first word may be an ordinary word
      if (j - i === 2 && startsSentence(text, tokens, i) && isEnglishWord(h.text)) sentenceInitial.push(o);
      else out.push(o);
    }
    i = j;
  }
  // a sentence-initial pair counts when the same pair also occurs elsewhere
  const seen = new Set(out.map((o) => `${o.head} ${o.last}`));
  for (const o of sentenceInitial) if (seen.has(`${o.head} ${o.last}`)) out.push(o);
  return out;
}

function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text.length > 1 && capitalized(t.text);
}

/** isCapitalized, without the two case conversions for a word starting with an ASCII character. */
function capitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return isCapitalized(word);
}

export default { meta, check } satisfies Rule;
