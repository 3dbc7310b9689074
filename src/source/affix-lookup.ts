/**
 * Whether nspell would accept a word with the whole .dic loaded, answered by taking affixes off the word
 * (as Hunspell does) instead of expanding stems into all their forms (SourceDictionary.has, dictionary.ts).
 *
 * Speed: to answer one word, nspell's dictionary() expands every affix of every .dic line given to it
 * (dozens to hundreds of forms each), and in a stream of stories nearly every story brings new words: on
 * WMT23 de-en that expansion was ~40% of a check with its original. Here each rule entry whose added
 * letters end (a suffix) or begin (a prefix) the word is undone, the stem that could have been there is
 * rebuilt and checked forward with the entry's own condition and strip (so it is nspell's rule, not a
 * reading of it), through continuation classes; then a .dic line with that stem must carry the rule's
 * flag (and for a prefix with a suffix, both flags, in the order nspell combines them: add.js).
 *
 * What nspell does and this models (node_modules/nspell/lib): util/add.js (a stem is a word unless it has
 * NEEDAFFIX; every form a rule, its continuations and a cross product of combinable prefix and suffix rules
 * make is a word without flags of its own), util/apply.js (an entry's condition, strip and add), util/form.js
 * and util/exact.js (the casings tried; ONLYINCOMPOUND, FORBIDDENWORD, KEEPCASE on the stem's lines).
 * Not modelled, so affixLookup returns undefined and the caller loads lines into nspell as before: input
 * conversions (ICONV: dictionary-fr, -uk), compound rules (COMPOUNDRULE), a suffix strip that is not plain
 * letters (a RegExp), .dic lines with "#" or "\" (nspell's comment and escape handling); and a word whose
 * derivation would take more than MAX_DEPTH continuation steps (answer undefined: ask nspell).
 */
import type nspellType from 'nspell';
import { addStep, type Group, index, type Index, type Node, type Rule, type Step, type Steps } from './affix-index.js';

type Speller = ReturnType<typeof nspellType>;

/** The word is among the forms rule `code` (with its continuations) makes of `stem`. */
interface Source {
  stem: string;
  code: string;
  depth: number;
}

/** Continuation steps undone at most; a longer chain is left to nspell. */
const MAX_DEPTH = 8;
/**
 * Longer words are left to nspell (undefined): a prefix rule's strip is tried at every place of the word
 * and each result searched again, so one look-up grows faster than the word (16,000 letters: 15 s). The
 * callers ask words of a name's or a compound's length; German's longest run to some 40 letters.
 */
const MAX_WORD = 64;
/** Answers of `made` remembered, at most. */
const MAX_MEMO = 10_000;
const PLAIN_STRIP = /^[^\\^$.*+?()[\]{}|/]*\$$/;

/** Thrown inside a look-up that meets what it does not model. */
class Unmodelled extends Error {}

/**
 * The look-up for a speller built from an affix file alone, or undefined when the file uses what is not
 * modelled (see above). `linesOf(stem)`: the flags of the .dic lines whose stem is `stem` ('\n' between
 * lines), as nspell reads them (after the slash, trimmed); `dic` is the .dic text (checked for "#", "\").
 * The look-up answers as speller.correct() would with every line loaded, or undefined: ask nspell.
 */
export function affixLookup(speller: Speller, dic: string, linesOf: (stem: string) => string | undefined): ((word: string) => boolean | undefined) | undefined {
  const s = speller as unknown as { rules: Record<string, Rule | undefined>; flags: Record<string, unknown>; conversion: { in?: unknown[] }; compoundRules: unknown[] };
  if ((s.conversion.in?.length ?? 0) > 0 || s.compoundRules.length > 0 || dic.includes('#') || dic.includes('\\')) return undefined;
  const rules = Object.keys(s.rules).map((code) => ({ code, rule: s.rules[code] as Rule }));
  if (rules.some(({ rule }) => rule.type !== 'SFX' && rule.type !== 'PFX')) return undefined;
  // rules that are a continuation class of some entry: a form of theirs may be found further in
  const continued = new Set(rules.flatMap(({ rule }) => rule.entries.flatMap((e) => e.continuation.filter((k) => s.rules[k] !== undefined))));
  /** All entries; per continuation class, the entries that carry it. */
  const all = index();
  const carriers = new Map<string, Index>();
  /**
   * The entries a combination's searches try first: '' → of combinable rules (the outer search); 'SFX' →
   * of combinable prefixes, which can come first for a suffix (and 'PFX' the other way); and with each,
   * the entries of rules that are continuation classes.
   */
  const combinable = new Map<string, Index>([['', index()], ['SFX', index()], ['PFX', index()]]);
  for (const { code, rule } of rules) {
    const suffix = rule.type === 'SFX';
    const on = continued.has(code);
    for (const entry of rule.entries) {
      let strip = '';
      if (suffix && entry.remove) {
        const source = (entry.remove as RegExp).source;
        if (!PLAIN_STRIP.test(source)) return undefined;
        strip = source.slice(0, -1);
      }
      const step = { code, entry, suffix, strip };
      addStep(all, step, on);
      // (an entry that adds and strips nothing and has no continuation rule makes of a form the form
      // itself: combined, it makes what the other rule alone does, which the plain search finds)
      const identity = entry.add === '' && !entry.remove && !entry.continuation.some((k) => s.rules[k] !== undefined);
      if ((rule.combineable && !identity) || on) addStep(combinable.get('') as Index, step, on);
      // (the first rule of a combination is of the other type)
      if ((rule.combineable && !identity) || on) addStep(combinable.get(suffix ? 'PFX' : 'SFX') as Index, step, on);
      if (on) addStep(combinable.get(suffix ? 'SFX' : 'PFX') as Index, step, on);
      for (const k of entry.continuation) {
        if (s.rules[k] === undefined) continue;
        let to = carriers.get(k);
        if (to === undefined) carriers.set(k, (to = index()));
        addStep(to, step, continued.has(code));
      }
    }
  }
  // (see made)
  const beforeSuffix = combinable.get('SFX') as Index;
  const frontOnly = beforeSuffix.suffixes.size === 0 && !beforeSuffix.prefixes.has('') && continued.size === 0;
  const flagNamed = (name: string) => (typeof s.flags[name] === 'string' ? (s.flags[name] as string) : undefined);
  const NEEDAFFIX = flagNamed('NEEDAFFIX'), ONLYINCOMPOUND = flagNamed('ONLYINCOMPOUND'), FORBIDDENWORD = flagNamed('FORBIDDENWORD'), KEEPCASE = flagNamed('KEEPCASE');
  const mode = s.flags.FLAG;
  // nspell's util/rule-codes.js
  const codesOf = (flags: string): string[] => (flags === '' ? [] : mode === 'long' ? (flags.match(/[\s\S]{1,2}/g) ?? []) : flags.split(mode === 'num' ? ',' : ''));

  /** util/apply.js for one entry: the form it makes of `stem`, or undefined when its condition fails. */
  const apply = (step: Step, stem: string): string | undefined => {
    const e = step.entry;
    if (e.match && !(e.match as RegExp).test(stem)) return undefined;
    const next = e.remove ? stem.replace(e.remove, '') : stem;
    return step.suffix ? next + e.add : e.add + next;
  };

  /**
   * Calls `out(stem, steps, x)` for every stem entries of `from` could have made `x` of, by what they add
   * (out checks each entry's condition and strip, see search), until out returns true.
   */
  const undoOne = (x: string, from: Index, out: (stem: string, steps: Steps, x: string) => boolean): boolean => {
    let node: Node | undefined = from.suffixTrie;
    for (let i = x.length; node !== undefined; ) {
      const group: Group | undefined = node.group;
      if (group !== undefined) {
        const base = x.slice(0, i);
        // (a strip that does not end the stem is not taken off: String.replace finds nothing)
        if (out(base, group.all, x)) return true;
        for (const steps of group.strips) if (out(base + steps.strip, steps, x)) return true;
      }
      if (i === 0) break;
      node = node.next.get(x.charCodeAt(--i));
    }
    node = from.prefixTrie;
    for (let i = 0; node !== undefined; ) {
      const group: Group | undefined = node.group;
      if (group !== undefined) {
        const rest = x.slice(i);
        if (out(rest, group.all, x)) return true;
        // a prefix's strip is a string: nspell takes off its first occurrence, wherever it is
        for (const steps of group.strips) for (let p = 0; p <= rest.length; p++) if (out(rest.slice(0, p) + steps.strip + rest.slice(p), steps, x)) return true;
      }
      if (i === x.length) break;
      node = node.next.get(x.charCodeAt(i++));
    }
    return false;
  };

  /**
   * Whether `accept(stem, code)` holds of some stem and rule whose forms (continuations included) have
   * `x` among them, trying `first`'s entries first; a stem that fails `gate` is passed over unless an
   * entry that could have made it is of a continuation class. With `found`, every such (stem, rule) is
   * put there, and the answer is false.
   */
  const search = (x: string, first: Index, gate: (stem: string, suffix: boolean) => boolean, accept: (stem: string, code: string) => boolean, found?: Source[]): boolean => {
    let queue: Source[] | undefined, seen: Set<string> | undefined;
    let depth = 0;
    const visit = (stem: string, list: Steps, made: string): boolean => {
      if (!list.carrier && !gate(stem, (list.steps[0] as Step).suffix)) return false;
      for (const step of list.steps) {
        const ok = accept(stem, step.code);
        if ((!ok && !continued.has(step.code)) || apply(step, stem) !== made) continue;
        if (ok && !found) return true;
        if (ok) found?.push({ stem, code: step.code, depth });
        if (!continued.has(step.code)) continue;
        // a form made by a continuation class of an entry: the entries that carry it are undone in turn
        const key = `${step.code}\n${stem}`;
        if ((seen ??= new Set()).has(key)) continue;
        if (depth >= MAX_DEPTH) throw new Unmodelled();
        seen.add(key);
        (queue ??= []).push({ stem, code: step.code, depth: depth + 1 });
      }
      return false;
    };
    if (undoOne(x, first, visit)) return true;
    for (let i = 0; queue !== undefined && i < queue.length; i++) {
      const item = queue[i] as Source;
      depth = item.depth;
      if (undoOne(item.stem, carriers.get(item.code) as Index, visit)) return true;
    }
    return false;
  };

  /** Some line of `lines` (linesOf) has `code` (and, given `then`, `then` after it). */
  const carries = (lines: string | undefined, code: string, then?: string): boolean => {
    if (lines === undefined) return false;
    for (const flags of lines.includes('\n') ? lines.split('\n') : [lines]) {
      // (one character a flag: a line's codes are its characters)
      const codes = single ? flags : codesOf(flags);
      const at = codes.indexOf(code);
      if (at >= 0 && (then === undefined || codes.lastIndexOf(then) > at)) return true;
    }
    return false;
  };
  const single = mode !== 'long' && mode !== 'num';
  const rule = (code: string) => s.rules[code] as Rule;
  const isStem = (stem: string) => linesOf(stem) !== undefined;

  /** `x` is a form util/add.js makes of some line (not as the stem itself). */
  const made = (x: string): boolean => {
    if (search(x, all, isStem, (stem, code) => carries(linesOf(stem), code))) return true;
    // a prefix and a suffix rule, both combinable, the first one's forms given to the second (add.js):
    // per form `inner` of the first, its (stem, first rule) found once; (a first rule's form that is x
    // itself was found above)
    const inners = new Map<string, Source[]>();
    const firsts = (inner: string, suffix: boolean): Source[] => {
      const key = `${suffix}\n${inner}`;
      let found = inners.get(key);
      if (found === undefined) {
        inners.set(key, (found = []));
        const type = suffix ? 'SFX' : 'PFX';
        if (inner !== x) search(inner, combinable.get(type) as Index, isStem, (stem, code) => rule(code).combineable && rule(code).type !== type && isStem(stem), found);
      }
      return found;
    };
    // Speed: when the rules that can come before a suffix all add letters in front (German: "un", "ver"),
    // a form `inner` that begins as x does has such a first rule only if x begins with one's letters
    const front = x.slice(0, beforeSuffix.longestPrefix);
    const none = frontOnly && front.length === beforeSuffix.longestPrefix && !Array.from({ length: front.length }, (_, n) => front.slice(0, n + 1)).some((a) => beforeSuffix.prefixes.has(a));
    return search(x, combinable.get('') as Index, (inner, suffix) => !(suffix && none && inner.startsWith(front)) && firsts(inner, suffix).length > 0, (inner, second) => {
      const r2 = rule(second);
      return r2.combineable && firsts(inner, r2.type === 'SFX').some(({ stem, code }) => rule(code).type !== r2.type && carries(linesOf(stem), code, second));
    });
  };

  const madeMemo = new Map<string, boolean>();
  /** nspell's data[x]: the codes of x's lines without NEEDAFFIX, [] for a made form, undefined for no word. */
  const data = (x: string): string[] | undefined => {
    const lines = linesOf(x);
    let codes: string[] | undefined;
    if (lines !== undefined) {
      for (const flags of lines.split('\n')) {
        const c = codesOf(flags);
        if (NEEDAFFIX !== undefined && c.includes(NEEDAFFIX)) continue;
        (codes ??= []).push(...c);
      }
    }
    if (codes !== undefined) return codes;
    // (remembered: a capitalised word asks its lower case, which is then often asked itself)
    let form = madeMemo.get(x);
    if (form === undefined) {
      if (madeMemo.size >= MAX_MEMO) madeMemo.clear();
      madeMemo.set(x, (form = made(x)));
    }
    return form ? [] : undefined;
  };
  const has = (codes: string[] | undefined, flag: string | undefined) => codes !== undefined && flag !== undefined && codes.includes(flag);

  // util/form.js with util/exact.js (no compound rules)
  return (word) => {
    try {
      const normal = word.trim();
      if (!normal) return false;
      if (normal.length > MAX_WORD) return undefined;
      const own = data(normal);
      if (own !== undefined && !has(own, ONLYINCOMPOUND)) return !has(own, FORBIDDENWORD);
      const alternatives: string[] = [];
      if (normal.toUpperCase() === normal) alternatives.push(normal.charAt(0) + normal.slice(1).toLowerCase());
      if (normal.toLowerCase() !== normal) alternatives.push(normal.toLowerCase());
      for (const alt of alternatives) {
        const codes = data(alt);
        if (has(codes, KEEPCASE) || has(codes, FORBIDDENWORD)) return false;
        if (codes !== undefined && !has(codes, ONLYINCOMPOUND)) return true;
      }
      return false;
    } catch (e) {
      if (e instanceof Unmodelled) return undefined;
      throw e;
    }
  };
}
