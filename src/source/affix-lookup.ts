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

type Speller = ReturnType<typeof nspellType>;

interface Entry {
  add: string;
  remove: RegExp | string;
  match: RegExp | string;
  continuation: string[];
}
interface Rule {
  type: string;
  combineable: boolean;
  entries: Entry[];
}
/** An entry of rule `code`; `strip`: the letters a suffix entry takes off (its `remove` as text). */
interface Step {
  code: string;
  entry: Entry;
  suffix: boolean;
  strip: string;
}
/** The word is among the forms rule `code` (with its continuations) makes of `stem`. */
interface Source {
  stem: string;
  code: string;
  depth: number;
}

/** Entries of one side that add the same letters and take off the same (or no) strip. */
interface Steps {
  steps: Step[];
  /** Some of them is of a rule that is a continuation class (found further in). */
  carrier: boolean;
}
/** Entries that add the same letters: all of them (the strip not found, or none), and by strip. */
interface Group {
  all: Steps;
  byStrip: Map<string, Steps>;
}
/** Entries by what they add, suffixes and prefixes apart. */
interface Index {
  suffixes: Map<string, Group>;
  prefixes: Map<string, Group>;
  longestSuffix: number;
  longestPrefix: number;
}
const index = (): Index => ({ suffixes: new Map(), prefixes: new Map(), longestSuffix: 0, longestPrefix: 0 });
function addStep(to: Index, step: Step, carrier: boolean): void {
  const map = step.suffix ? to.suffixes : to.prefixes;
  let group = map.get(step.entry.add);
  if (group === undefined) map.set(step.entry.add, (group = { all: { steps: [], carrier: false }, byStrip: new Map() }));
  const strip = step.suffix ? step.strip : (step.entry.remove as string);
  let same = group.byStrip.get(strip);
  if (strip !== '' && same === undefined) group.byStrip.set(strip, (same = { steps: [], carrier: false }));
  for (const list of strip === '' ? [group.all] : [group.all, same as Steps]) {
    list.steps.push(step);
    list.carrier ||= carrier;
  }
  if (step.suffix) to.longestSuffix = Math.max(to.longestSuffix, step.entry.add.length);
  else to.longestPrefix = Math.max(to.longestPrefix, step.entry.add.length);
}

/** Continuation steps undone at most; a longer chain is left to nspell. */
const MAX_DEPTH = 8;
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
      if (rule.combineable || on) addStep(combinable.get('') as Index, step, on);
      // (the first rule of a combination is of the other type)
      if (rule.combineable || on) addStep(combinable.get(suffix ? 'PFX' : 'SFX') as Index, step, on);
      if (on) addStep(combinable.get(suffix ? 'SFX' : 'PFX') as Index, step, on);
      for (const k of entry.continuation) {
        if (s.rules[k] === undefined) continue;
        let to = carriers.get(k);
        if (to === undefined) carriers.set(k, (to = index()));
        addStep(to, step, continued.has(code));
      }
    }
  }
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
    for (let n = Math.min(from.longestSuffix, x.length); n >= 0; n--) {
      const group = from.suffixes.get(x.slice(x.length - n));
      if (group === undefined) continue;
      const base = x.slice(0, x.length - n);
      // (a strip that does not end the stem is not taken off: String.replace finds nothing)
      if (out(base, group.all, x)) return true;
      for (const [strip, steps] of group.byStrip) if (out(base + strip, steps, x)) return true;
    }
    for (let n = Math.min(from.longestPrefix, x.length); n >= 0; n--) {
      const group = from.prefixes.get(x.slice(0, n));
      if (group === undefined) continue;
      const rest = x.slice(n);
      if (out(rest, group.all, x)) return true;
      // a prefix's strip is a string: nspell takes off its first occurrence, wherever it is
      for (const [strip, steps] of group.byStrip) for (let p = 0; p <= rest.length; p++) if (out(rest.slice(0, p) + strip + rest.slice(p), steps, x)) return true;
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
    return search(x, combinable.get('') as Index, (inner, suffix) => firsts(inner, suffix).length > 0, (inner, second) => {
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
