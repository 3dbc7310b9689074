import { readFileSync } from 'node:fs';
import { isBritishWord, spells } from './english.js';
import { withoutMarks } from './marks.js';

/**
 * Whether a lower-case word is English although the en-US Hunspell dictionary may lack it: British
 * spellings, listed news words, and regular derivations and compounds of dictionary words, which
 * edited prose uses freely ("winless", "unpartisan", "woodsmoke") and Hunspell does not list.
 */
export function isKnownForm(word: string): boolean {
  let v = memo.get(word);
  if (v === undefined) {
    if (memo.size > MEMO_LIMIT) memo.clear();
    // a copy of a long word: V8 keeps a slice of 13+ characters as a view of the text it came from
    memo.set(word.length < 13 ? word : (word + ' ').slice(0, -1), (v = known(word, 0)));
  }
  return v;
}

const MEMO_LIMIT = 100_000;
const memo = new Map<string, boolean>();

const ACCEPT_FILE = new URL('../../corpora/rules/spelling-accept.txt', import.meta.url);
let accepted: Set<string> | undefined;

/** The accept list (corpora/rules/spelling-accept.txt), read on first use. */
export function acceptList(): Set<string> {
  return (accepted ??= readWordList(ACCEPT_FILE));
}

/** One word per line; blank lines and lines starting with # are skipped. */
export function readWordList(file: URL, lowerCase = true): Set<string> {
  const out = new Set<string>();
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (line && !line.startsWith('#')) out.add(lowerCase ? line.toLowerCase() : line);
  }
  return out;
}

const PREFIXES = [
  'anti', 'auto', 'back', 'bi', 'co', 'counter', 'cross', 'cyber', 'de', 'dis', 'eco', 'euro', 'extra', 'fore', 'geo',
  'hyper', 'inter', 'intra', 'macro', 'mega', 'micro', 'mid', 'mini', 'mis', 'mono', 'multi', 'neo', 'non', 'out', 'over',
  'poly', 'post', 'pre', 'pro', 'pseudo', 're', 'self', 'semi', 'socio', 'sub', 'super', 'tele', 'trans', 'tri', 'ultra',
  'un', 'under', 'up',
];

/**
 * Productive suffixes and the endings their stems may have had. Deliberately absent: -ous, -ive, -al,
 * -ic, -ant, -ory, whose nonce forms ("loathous", "deportive") are what machine translation invents.
 */
const SUFFIXES: [string, string[]][] = [
  ['ically', ['ic']], ['ally', ['al', '']], ['ily', ['y']], ['ly', ['', 'le']], ['iness', ['y']], ['ness', ['']],
  ['isms', ['ism', '', 'e']], ['ism', ['', 'e']], ['ists', ['ist', '', 'e']], ['ist', ['', 'e']], ['less', ['']],
  ['like', ['']], ['ers', ['', 'e']], ['er', ['', 'e']], ['ings', ['', 'e']], ['ing', ['', 'e']], ['ed', ['', 'e']],
  ['ities', ['', 'e']], ['ity', ['', 'e']], ['izations', ['ize']], ['ization', ['ize', '']], ['ations', ['ate', '']],
  ['ation', ['ate', '']], ['ably', ['able']], ['able', ['', 'e']], ['ful', ['']], ['ments', ['']], ['ment', ['']],
  ['ship', ['']], ['hood', ['']], ['wise', ['']], ['ward', ['']], ['ish', ['', 'e']], ['ize', ['', 'e']], ['ies', ['y']],
  ['es', ['']], ['s', ['']], ['y', ['', 'e']], ['eth', ['', 'e']], ['est', ['', 'e']],
];

/** Uncountable nouns: "informations" and "advices" are errors, not plurals. */
const NOT_PLURAL = new Set(['information', 'advice', 'equipment', 'furniture', 'knowledge', 'luggage', 'baggage', 'homework', 'feedback']);

/** First parts that make run-together phrases, not compounds ("everytime", "eachother"). */
const NOT_COMPOUND_HEAD = new Set([
  'all', 'also', 'and', 'any', 'are', 'but', 'can', 'each', 'every', 'for', 'from', 'had', 'has', 'her', 'his', 'how',
  'into', 'its', 'may', 'not', 'our', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they',
  'this', 'those', 'very', 'was', 'what', 'who', 'why', 'will', 'with', 'you', 'your',
]);

/** Words that are also suffixes: "deport" + "ate" is no compound. */
const NOT_COMPOUND_TAIL = new Set([
  'able', 'ably', 'age', 'ages', 'ant', 'ants', 'ate', 'ates', 'ion', 'ions', 'ism', 'isms', 'ist', 'ists', 'less', 'let',
  'lets', 'like', 'ling', 'lings', 'ness', 'ship', 'ships', 'hood', 'ward', 'wards', 'wise', 'ess', 'ire', 'ure', 'ide',
  'ides', 'ine', 'ines', 'one', 'ones', 'ally', 'ties', 'tion', 'tions', 'ment', 'ments', 'ice', 'ices', 'ent', 'ents', 'die',
]);

/** en-GB → en-US rewrites: a British form the en-GB dictionary lacks ("foetal", derivations) is accepted when one of its rewrites is in the en-US one. */
const BRITISH: [RegExp, string][] = [
  [/our/g, 'or'],
  [/is(?=(e|es|ed|er|ers|ing|ation|ations|ational|able)$)/, 'iz'],
  [/ys(?=(e|es|ed|er|ing)$)/, 'yz'],
  [/([bt])re(s|d)?$/, '$1er$2'],
  [/ence(s)?$/, 'ense$1'],
  [/ll(?=(ed|ing|er|ers|ation)$)/, 'l'],
  [/mme(s)?$/, 'm$1'],
  [/ogue(s|d)?$/, 'og$1'],
  [/ae/g, 'e'],
  [/oe/g, 'e'],
  [/dgement/, 'dgment'],
  [/eing$/, 'ing'],
];

/** A doubled final consonant (a constant: a literal in known()'s loop made a pattern object at each suffix tried). */
const DOUBLED_END = /([bdfglmnprtz])\1$/;

function known(w: string, depth: number): boolean {
  if (NOT_PLURAL.has(w.slice(0, -1)) && w.endsWith('s')) return false;
  if (spells(w) || acceptList().has(w)) return true;
  const plain = withoutMarks(w);
  if (plain !== w) return known(plain, depth);
  // a name or abbreviation written in lower case is not a non-word ("stirling silver")
  if (spells(w.charAt(0).toUpperCase() + w.slice(1))) return true;
  // British spelling, by the en-GB dictionary (dictionary-en-gb)
  if (isBritishWord(w)) return true;
  // (the lists read by index here: for-of loops destructuring each pair made iterators and their results at
  // every word asked, ~4 MB at 1m)
  for (let i = 0; i < BRITISH.length; i++) {
    const pair = BRITISH[i] as [RegExp, string];
    const us = w.replace(pair[0], pair[1]);
    if (us !== w && spells(us)) return true;
  }
  if (depth >= 2) return false;
  for (let i = 0; i < PREFIXES.length; i++) {
    const p = PREFIXES[i] as string;
    // after a two-letter prefix the rest must be long enough not to be a chance word ("demage" is not de+mage)
    if (w.length - p.length >= (p.length <= 2 ? 5 : 4) && w.startsWith(p) && known(w.slice(p.length), depth + 1)) return true;
  }
  for (let i = 0; i < SUFFIXES.length; i++) {
    const suffix = (SUFFIXES[i] as (typeof SUFFIXES)[number])[0];
    if (!w.endsWith(suffix)) continue;
    const ends = (SUFFIXES[i] as (typeof SUFFIXES)[number])[1];
    const stem = w.slice(0, -suffix.length);
    // short stems under stacked suffixes make chance derivations ("goverment" as gov+er+ment)
    if (stem.length < (depth === 0 ? 3 : 4)) continue;
    for (const e of ends) if (known(stem + e, depth + 1)) return true;
    // doubled final consonant before the suffix ("skiddy", "madrigalling")
    if (DOUBLED_END.test(stem) && known(stem.slice(0, -1), depth + 1)) return true;
  }
  return depth <= 1 && isCompound(w, depth);
}

/**
 * Two dictionary words run together, each of 3+ letters and one of 4+ ("woodsmoke", "booklists"); the
 * second may carry a suffix ("righthander").
 */
function isCompound(w: string, depth: number): boolean {
  for (let k = 3; k <= w.length - 3; k++) {
    const head = w.slice(0, k);
    const tail = w.slice(k);
    if (head.length < 4 && tail.length < 4) continue;
    if (NOT_COMPOUND_HEAD.has(head) || NOT_COMPOUND_TAIL.has(tail)) continue;
    if (spells(head) && (spells(tail) || (depth === 0 && known(tail, 1)))) return true;
  }
  return false;
}
