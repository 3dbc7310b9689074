import { isEnglishWord } from '../../lang/english.js';
import { readWordList } from '../../lang/word-forms.js';
import type { Rule, RuleContext } from '../types.js';

export const meta = {
  id: 'artefact/detached-hyphen',
  severity: 'warning',
  description:
    'A hyphen cut loose from one half of a compound ("third -party", "long -term", "well- known"), or a line-break ' +
    'hyphen left in the middle of a word ("infor- mation"); suggests the joined form.',
  confidence:
    '"x -y": 0.9 when the joined form is a known compound (a number or common prefix before the hyphen, or two ' +
    'dictionary words), else 0.7 with no automatic fix. "x- y": 0.85 when closed up it is a dictionary word or a ' +
    'common prefix stands before the hyphen, 0.75 with no automatic fix for two plain words (it may be a dash without ' +
    'its space); 0.7, with a spaced dash as the suggestion, when the word after the hyphen starts a clause ("tears- if", ' +
    '"a wasp -you can see"). ' +
    'Suspended hyphens ("pre- and post-war"), spaced dashes ("a - b"), words set between hyphens ("Hotel -Agoda- ' +
    'Book"), a hyphen before a shot code after a word that is no prefix (a video\'s shot list: "room -VAR of the hall") ' +
    'and a command\'s option ("-Duser.lang=en", "-PMAC_ARM"; "java -jar app.jar", "ls -la": after a tool\'s name, a file ' +
    'name or an option\'s argument, or before another option or a path) are never flagged. Pieces cut loose in a row ' +
    '("up -to -date") make one finding; a piece said twice ("co -co -operation") is joined once.',
  examples: [
    { text: 'Trump officials have sought safe third -party agreements.', flagged: 'third -party', suggestion: 'third-party' },
    { text: 'the details of the 28 -point plan', flagged: '28 -point', suggestion: '28-point' },
    { text: 'a well- known lawyer', flagged: 'well- known', suggestion: 'well-known' },
  ],
} satisfies Rule['meta'];

/** Prefixes that form hyphenated compounds with almost any word. */
const PREFIXES = new Set([
  'anti', 'non', 'pre', 'post', 'self', 'co', 'ex', 'multi', 'semi', 'mid', 'pro', 'counter', 'cross', 'inter', 'intra',
  'over', 'under', 'well', 'half', 'long', 'short', 'high', 'low', 'full', 'part', 'third', 'first', 'second', 'all',
  'far', 'near', 'so', 'neo', 'pan', 'quasi', 'vice', 'ultra', 'super', 'sub', 'un', 're', 'de', 'bi', 'tri',
]);

/**
 * Words that start a clause or phrase and never end a compound: after "x- " the hyphen is a dash
 * typed without its first space ("move you to tears- if you let it"), not half of "tears-if".
 */
const CLAUSE_WORDS = new Set([
  'if', 'when', 'while', 'because', 'although', 'though', 'unless', 'whether', 'which', 'who', 'whom', 'whose', 'where',
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'you', 'i', 'this', 'these', 'those', 'there', 'then', 'so', 'yet',
  'for', 'with', 'without', 'from', 'of', 'by', 'at', 'on', 'in', 'his', 'her', 'their', 'our', 'my', 'your', 'its',
]);

/** The prepositions among CLAUSE_WORDS. */
const PREPOSITIONS = new Set(['for', 'with', 'without', 'from', 'of', 'by', 'at', 'on', 'in']);

/** Words after "x- " that make it a suspended hyphen ("pre- and post-war", "18- to 24-year-olds"). */
const SUSPENDERS = new Set(['and', 'or', 'nor', 'to', 'through', 'versus', 'vs', 'but', 'as', 'than', 'und', 'bis']);

// "third -party": a word or number, one space, a hyphen glued to the next word
// not before another hyphen: "Station Hotel -Agoda- Book" sets a word between separators; nor before what
// continues an identifier or a command's option ("build.xml -PMAC_ARM", "-Duser.lang", "-o=out")
const SPACE_BEFORE = /(?<![\p{L}\p{N}\p{M}-])([\p{L}\p{M}]+|\p{N}+) [-‐]([\p{L}][\p{L}\p{M}]+)(?![\p{L}\p{M}‐_=-]|\.[\p{L}\p{N}])/uy;
// "well- known": a word with a hyphen glued to it, one space, the next word
const SPACE_AFTER = /(?<![\p{L}\p{N}\p{M}-])(\p{L}[\p{L}\p{M}]+)[-‐] (\p{L}[\p{L}\p{M}]+)(?![\p{L}\p{M}])/uy;

const SHOT_CODES_FILE = new URL('../../../corpora/rules/shot-codes.txt', import.meta.url);
const COMMANDS_FILE = new URL('../../../corpora/rules/command-tools.txt', import.meta.url);

/** What the rule reads from corpora/rules/, once per checker. */
export interface State {
  /** Shot codes (shot-codes.txt). */
  shotCodes: ReadonlySet<string>;
  /** Tools named in lower case before their options ("java -jar": command-tools.txt). */
  commands: ReadonlySet<string>;
}

/** The word lists, read once per checker (a missing file gives an empty list). */
export function prepare(): State {
  const read = (file: URL, lowerCase: boolean): ReadonlySet<string> => {
    try {
      return readWordList(file, lowerCase);
    } catch {
      return new Set();
    }
  };
  return { shotCodes: read(SHOT_CODES_FILE, false), commands: read(COMMANDS_FILE, true) };
}

export function check(ctx: RuleContext, { shotCodes, commands }: State): void {
  for (const seg of ctx.doc.segments) {
    const slice = ctx.text.slice(seg.start, seg.end);
    for (const m of around(slice, SPACE_BEFORE, -1)) {
      const left = m[1] as string;
      const right = m[2] as string;
      const prefixed = /^\p{N}+$/u.test(left) || PREFIXES.has(left.toLowerCase());
      const at = m.index ?? 0;
      if (markupGap(ctx, seg.start + at + left.length)) continue;
      if (commandOption(slice, at, at + m[0].length, left, right, prefixed, commands)) continue;
      // "with -fexceptions", "the -whl files", "killall -HUP", "or -bzip2": after a word that is no prefix, a piece in lower
      // case that is no English word, or in capitals after a word in lower case, or glued to digits, is a program's
      // option or a name in code: a compound cut loose ("third -party", "EU -US") has a word or a name there
      if (!prefixed && (/^\p{N}/u.test(slice.charAt(at + m[0].length)) || (/^\p{Ll}+$/u.test(right) && !isEnglishWord(right)) || (/^\p{Ll}/u.test(left) && /^\p{Lu}+$/u.test(right) && !isEnglishWord(right)))) continue;
      // "up -to -date", "co -co -operation": more pieces cut loose the same way make one compound (a
      // piece said twice in a row is a stutter, said once in the joined form)
      const pieces = chain(slice, at + m[0].length);
      if (pieces.length > 0) {
        const parts = [left, right, ...pieces.map((p) => p.word)].filter((w, k, all) => k === 0 || w.toLowerCase() !== (all[k - 1] as string).toLowerCase());
        const end = (pieces[pieces.length - 1] as Piece).end;
        const known = prefixed || parts.every((w) => isEnglishWord(w) || PREFIXES.has(w.toLowerCase()));
        report(ctx, seg.start + at, slice.slice(at, end), parts.join('-'), known ? 0.9 : 0.7);
        continue;
      }
      // "the harbour at dawn -WS of the boats -MS of the crew -CU of hands": a hyphen before a shot code marks an
      // item of a video's shot list (VAR various, MS medium shot, CU close-up: corpora/rules/shot-codes.txt),
      // not a compound such as "EU -US" or "anti -NATO"
      // (or a word of five letters or more in capitals that is an English word: "-GRAPHIC", "-DRONE"; no
      // compound puts one after a hyphen, while acronyms, "EU -US", are short or no words)
      if (!prefixed && (shotCodes.has(right) || (right.length >= 5 && /^\p{Lu}+$/u.test(right) && isEnglishWord(right.toLowerCase())))) continue;
      // "a wasp -you can see": a word that starts a clause after the hyphen makes it a dash typed
      // without its second space, not half of "wasp-you"
      // (a preposition there ends many a compound: "check -in", "stand -by", "add -on")
      if (!prefixed && CLAUSE_WORDS.has(right) && !PREPOSITIONS.has(right) && !CLAUSE_WORDS.has(left.toLowerCase())) {
        report(ctx, seg.start + (m.index ?? 0), m[0], `${left} – ${right}`, 0.7, 'a dash typed as a hyphen without its space');
        continue;
      }
      const known = prefixed || (isEnglishWord(left) && isEnglishWord(right));
      report(ctx, seg.start + (m.index ?? 0), m[0], `${left}-${right}`, known ? 0.9 : 0.7);
    }
    for (const m of around(slice, SPACE_AFTER, 1)) {
      const left = m[1] as string;
      const right = m[2] as string;
      if (SUSPENDERS.has(right.toLowerCase())) continue;
      const start = seg.start + (m.index ?? 0);
      if (markupGap(ctx, start + left.length + 1)) continue;
      const joined = left + right;
      if (CLAUSE_WORDS.has(right.toLowerCase())) report(ctx, start, m[0], `${left} – ${right}`, 0.7, 'a dash typed as a hyphen without its space');
      else if (isEnglishWord(joined) && !/^\p{Lu}/u.test(right)) report(ctx, start, m[0], joined, 0.85);
      else if (PREFIXES.has(left.toLowerCase())) report(ctx, start, m[0], `${left}-${right}`, 0.85);
      // "tired- very tired" could be a dash typed without its space: suggest, do not fix
      else if (isEnglishWord(left) && isEnglishWord(right)) report(ctx, start, m[0], `${left}-${right}`, 0.75);
    }
  }
}

/**
 * The blank at `at` in the prose view is markup in the file, not a space: "case-_insensitive_" (Markdown emphasis)
 * reads "case- insensitive " there, and the hyphen is glued to the emphasised word.
 */
function markupGap(ctx: RuleContext, at: number): boolean {
  return ctx.doc.prose !== undefined && !/\s/.test(ctx.doc.text.charAt(at));
}

// what follows an option on its line: a one-letter or long option ("-i", "--force"), an argument that names a file
// or path ("app.jar", "$HOME/lib", "-o=x"), or a short argument and then such an option ("-exec sed -i")
const OPTION = String.raw`(?:-[\p{L}\p{N}](?![\p{L}\p{N}])|--[\p{L}\p{N}])`;
const NEXT_IS_ARGUMENT = new RegExp(String.raw`^ +(?:${OPTION}|(?=[^\s\p{Lu}])[^\s]*[./\\$%=~][\p{L}\p{N}_$%{]|[^\s-]{1,12} +${OPTION})`, 'u');
// a shell's prompt at the start of a line, and the command after it
const PROMPT = /^[ \t]*[$%] +/;
// an option before the word: the word is an option's argument ("-type f -exec")
const OPTION_BEFORE = /(?:^|\s)-{1,2}[\p{L}][\w.=-]* +$/u;

/**
 * "java -jar app.jar", "find . -name pom.xml -type f -exec": a command line's option, not a compound cut
 * loose. A lower-case option after a tool's name, after a file name ("pom.xml -type"), after a short or
 * unknown word that is an option's argument, before another option or a path, or in a row of options that
 * are not all words ("tool -seg -tl"). A prefix before the hyphen ("third -party") is always a compound.
 */
function commandOption(line: string, start: number, end: number, left: string, right: string, prefixed: boolean, commands: ReadonlySet<string>): boolean {
  if (commands.has(left)) return true;
  // a line typed at a shell's prompt ("$ debchange -pi"; not "#" or ">": a heading, a quoted line)
  if (PROMPT.test(line.slice(line.lastIndexOf('\n', start) + 1, start))) return true;
  if (prefixed || !/^\p{Ll}/u.test(left) || !/^\p{Ll}/u.test(right)) return false;
  if (/[./\\_]/.test(line.charAt(start - 1))) return true;
  if (NEXT_IS_ARGUMENT.test(line.slice(end, end + 80))) return true;
  const pieces = chain(line, end);
  if (pieces.length > 0 && ![left, right, ...pieces.map((p) => p.word)].every((w) => isEnglishWord(w))) return true;
  return (left.length <= 2 || !isEnglishWord(left)) && OPTION_BEFORE.test(line.slice(Math.max(0, start - 80), start));
}

interface Piece {
  word: string;
  end: number;
}

const NEXT_PIECE = String.raw`[ ][-‐]([\p{L}][\p{L}\p{M}]+)(?![\p{L}\p{M}‐_=-]|\.[\p{L}\p{N}])`;

/** The pieces of "x -y -z -w" after "x -y" (at `from`), at most 4. */
function chain(text: string, from: number): Piece[] {
  const out: Piece[] = [];
  const next = new RegExp(NEXT_PIECE, 'uy');
  for (let at = from; out.length < 4; ) {
    next.lastIndex = at;
    const m = next.exec(text);
    if (!m) break;
    at = m.index + m[0].length;
    out.push({ word: m[1] as string, end: at });
  }
  return out;
}

/**
 * The matches of a sticky pattern, as `matchAll` of its global form would find them, looked for only
 * where they can be: every match holds a hyphen with a space on the side `space` says (-1 before, 1
 * after), and no space before that space. Most text has few hyphens, and a lookbehind pattern with
 * Unicode classes tried at every position costs far more than looking for them.
 */
function* around(text: string, sticky: RegExp, space: -1 | 1): Generator<RegExpExecArray> {
  let from = 0;
  // the next "-" and the next "‐" (U+2010, rare: found once, not again for every "-")
  let ascii = text.indexOf('-');
  let unicode = text.indexOf('\u2010');
  while (ascii !== -1 || unicode !== -1) {
    const hyphen = unicode === -1 || (ascii !== -1 && ascii < unicode) ? ascii : unicode;
    if (hyphen === ascii) ascii = text.indexOf('-', hyphen + 1);
    else unicode = text.indexOf('\u2010', hyphen + 1);
    const q = hyphen + space;
    if (hyphen < from || q < from || text.charCodeAt(q) !== 32) continue;
    // a match starts after the last space before q (a match starting earlier would hold an earlier pair)
    let found: RegExpExecArray | null = null;
    for (let s = Math.max(from, text.lastIndexOf(' ', q - 1) + 1); s < q && !found; s++) {
      sticky.lastIndex = s;
      found = sticky.exec(text);
    }
    if (found) {
      yield found;
      from = found.index + found[0].length;
    }
  }
}

function report(ctx: RuleContext, start: number, text: string, replacement: string, confidence: number, what = 'detached hyphen'): void {
  ctx.report({
    start,
    end: start + text.length,
    message: `${what.charAt(0).toUpperCase()}${what.slice(1)} in "${text}": write "${replacement}"`,
    confidence,
    suggestions: [{ text: replacement, confidence }],
    autofix: confidence >= 0.85,
  });
}

export default { meta, prepare, check } satisfies Rule<State>;
