import * as retModule from 'ret';
import type { Root, SetToken, Token, tokenizer, types } from 'ret';
import safeRegex from 'safe-regex2';
import { polynomialRepeats } from './regex-ambiguity.js';
import { folded } from './regex-classes.js';

// ret's module.exports is the tokenizer itself, with `types` on it; its typings describe an ES module
// instead, and ESM interop differs between Node and the test runner: the namespace's default is the
// tokenizer where a loader gives CommonJS exports as the default (Node, the bundle), else the namespace
// is. Imported, not required by path: the CLI bundle then uses the copy of ret it holds for safe-regex2
// instead of resolving and compiling ret's four files from node_modules at every start (~10-15 ms).
const retNamespace = retModule as unknown as { default?: unknown };
const ret = (typeof retNamespace.default === 'function' ? retNamespace.default : retModule) as typeof tokenizer & { types: typeof types };
const tokenize = (source: string): Root => ret(source);
const T = ret.types;

/** Character ranges a match can start with; `any` when it cannot be told. */
interface FirstChars {
  any: boolean;
  ranges: [number, number][];
}

/**
 * Why a user's regular expression can take exponential or polynomial time on a backtracking engine
 * (V8's), as "can take … time (why)", or undefined when it cannot. Two exponential shapes are caught,
 * which between them are the classic ReDoS patterns: a repeat inside a repeat (`(a+)+`, `(\w+\s?)*`:
 * safe-regex2's star-height test) and a repeated group whose alternatives can start with the same
 * character (`(a|aa)+`), where every way of splitting the input between the alternatives is tried.
 * The second test is conservative: `(a|ab)+` is refused too, although V8 happens to run it in linear
 * time. Then two repeats that can share the same text (`\w*\w*z`: n² steps on n letters, n^k for k
 * such repeats) are caught by regex-ambiguity.ts.
 */
export function regexHazard(source: string): string | undefined {
  const plain = forRet(source);
  let tree: Root;
  try {
    tree = tokenize(plain);
  } catch {
    return 'can take exponential time (it cannot be analysed)';
  }
  if (!safeRegex(plain, { limit: Number.POSITIVE_INFINITY })) return 'can take exponential time (nested quantifiers)';
  if (overlappingRepeat(tree)) return 'can take exponential time (alternatives that overlap inside a repeat)';
  if (loops(tree) < 2) return undefined;
  const properties = new Map<number, string>();
  const repeats = polynomialRepeats(tokenize(forRet(source, properties)), T, properties);
  if (repeats) return `can take polynomial time (${repeats})`;
  return undefined;
}

/**
 * ret predates ES2018: it rejects lookbehind and reads `\p{L}` as the letters "p{L}". For the
 * analysis a lookbehind becomes a plain group (its repeats backtrack all the same) and a property
 * or code-point escape becomes "any character", so the structure that matters is unchanged. With
 * `properties`, each distinct property escape becomes instead one of the noncharacters U+FDD0…U+FDEF,
 * recorded there, so that the polynomial test can tell `\p{L}+\s*` from `\p{L}+\p{L}*`.
 */
function forRet(source: string, properties?: Map<number, string>): string {
  let out = '';
  let inClass = false;
  const escape = /\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\})/y;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      escape.lastIndex = i;
      const m = escape.exec(source);
      if (m) {
        const code = properties && /^\\[pP]/.test(m[0]) ? placeholder(properties, m[0]) : undefined;
        if (code !== undefined) out += inClass ? `\\u${code.toString(16).toUpperCase()}` : `[\\u${code.toString(16).toUpperCase()}]`;
        else out += inClass ? '\\s\\S' : '[\\s\\S]';
        i += m[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
      out += '(?:';
      i += 3;
    } else out += c;
  }
  return out;
}

const FIRST_PLACEHOLDER = 0xfdd0;

function placeholder(properties: Map<number, string>, escape: string): number | undefined {
  for (const [code, e] of properties) if (e === escape) return code;
  if (properties.size >= 32) return undefined;
  const code = FIRST_PLACEHOLDER + properties.size;
  properties.set(code, escape);
  return code;
}

/** How many repeats (`*`, `+`, `{m,n}` with n > m) the pattern has, counting up to two. */
function loops(node: Token | Root): number {
  if (node.type === T.REPETITION) return (node.max > 1 && node.max !== node.min ? 1 : 0) + loops(node.value);
  let n = 0;
  if (node.type === T.GROUP || node.type === T.ROOT) {
    for (const seq of node.options ?? [node.stack ?? []]) for (const t of seq) if ((n += loops(t)) >= 2) return n;
  }
  return n;
}

function overlappingRepeat(node: Token | Root): boolean {
  if (node.type === T.REPETITION) {
    if (node.max > 1 && alternativesOverlap(node.value)) return true;
    return overlappingRepeat(node.value);
  }
  if (node.type === T.GROUP || node.type === T.ROOT) {
    for (const seq of node.options ?? [node.stack ?? []]) for (const t of seq) if (overlappingRepeat(t)) return true;
  }
  return false;
}

/** Whether two alternatives of the repeated group (or of a lone group inside it) can start alike. */
function alternativesOverlap(body: Token): boolean {
  if (body.type !== T.GROUP) return false;
  if (!body.options) {
    const only = body.stack?.length === 1 ? body.stack[0] : undefined;
    return only !== undefined && alternativesOverlap(only);
  }
  const firsts = body.options.map(first);
  for (let a = 0; a < firsts.length; a++) for (let b = a + 1; b < firsts.length; b++) if (intersect(firsts[a] as FirstChars, firsts[b] as FirstChars)) return true;
  return false;
}

/** The characters an alternative can start with, folded later; `any` when it can match nothing (then the next repeat follows). */
function first(seq: readonly Token[]): FirstChars {
  const out: FirstChars = { any: false, ranges: [] };
  if (addSeq(seq, out)) out.any = true;
  return out;
}

/** Adds what a sequence can start with; returns whether the whole sequence can match the empty string. */
function addSeq(seq: readonly Token[], out: FirstChars): boolean {
  for (const t of seq) if (!addFirst(t, out)) return false;
  return true;
}

/** Adds what `t` can start with; returns whether `t` can also match the empty string. */
function addFirst(t: Token, out: FirstChars): boolean {
  switch (t.type) {
    case T.CHAR:
      out.ranges.push([t.value, t.value]);
      return false;
    case T.SET:
      if (t.not) out.any = true;
      else for (const s of t.set) addSetMember(s, out);
      return false;
    case T.POSITION:
      return true;
    case T.REPETITION:
      return addFirst(t.value, out) || t.min === 0;
    case T.GROUP: {
      // lookarounds match nothing themselves
      if (t.followedBy || t.notFollowedBy || t.lookBehind) return true;
      let empty = false;
      for (const seq of t.options ?? [t.stack ?? []]) if (addSeq(seq, out)) empty = true;
      return empty;
    }
    default:
      out.any = true;
      return false;
  }
}

function addSetMember(s: SetToken, out: FirstChars): void {
  if (s.type === T.CHAR) out.ranges.push([s.value, s.value]);
  else if (s.type === T.RANGE) out.ranges.push([s.from, s.to]);
  // a class inside a class (\w, \s in [...]): ret expands those into ranges; a negated one is anything
  else if (s.not) out.any = true;
  else for (const x of s.set) addSetMember(x, out);
}

function intersect(a: FirstChars, b: FirstChars): boolean {
  if ((a.any && (b.any || b.ranges.length > 0)) || (b.any && a.ranges.length > 0)) return true;
  const fa = folded(a.ranges);
  const fb = folded(b.ranges);
  return fa.some(([lo, hi]) => fb.some(([lo2, hi2]) => lo <= hi2 && lo2 <= hi));
}
