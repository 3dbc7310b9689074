import { align, type Alignment } from './align.js';
import { REJECTED, type TermWords } from './words-alone.js';
import { termsSpelling } from './forms.js';
import { isNameTerm } from './words.js';
import type { NameIndex, NameTerm } from './name-index.js';
import { Generational } from './generational.js';
import { PackedAlignments } from './packed-alignments.js';
import type { ComparedWord } from './similarity.js';
import { mayShareSpelling } from './distance-bound.js';
import type { NameWord } from './words.js';

/**
 * Memos of name matching (match.ts), one set per NameIndex, i.e. per compiled glossary of a checker:
 * the service and the stream check text after text with one checker, so what a text teaches is used
 * again in the next. Name matching looks up every capitalised word of a text, and a text repeats its
 * capitalised words: in a 1 MB news text 21,700 runs of capitalised words are 8,200 distinct ones
 * ("In", "But", "Mr", a person named again and again), and every occurrence used to be aligned anew
 * with each of its candidate terms (219,000 alignments of ~60 word comparisons each, 80% of the time
 * of all rules). Each memo here holds the value of a pure function of its key:
 *
 * - alignments, by (the run's text, the word's place in the run, term, strict): align() reads only
 *   what the words' text determines (their letters, marks, script, particles) and, inside a run, the
 *   words always follow each other with a space (nameRuns), so the same run text gives the same
 *   alignments, shifted to where the run is. Judging (the context around a run: titles, the term
 *   elsewhere, the sentence start) is still done at every occurrence;
 * - the name terms a word spells (forms.ts, termsSpelling, behind variantOfAnother), by the word's
 *   spelling: it reads the index only;
 * - isNameTerm, by term.
 *
 * Each is bounded, so a long-running service holds at most some tens of MB, whatever it is sent: the
 * spellings' memo forgets its least recently used half when full (generational.ts), the runs' memo
 * does so by runs and starts afresh past ALIGN_LIMIT alignments in all. What is left is made once per distinct
 * question: at 1m/10k, 111,216 of 112,790 alignments are distinct even by the window align() reads (~1% to save).
 */
/** Kept for an alignment not made, given `passes`, as judge would reject it for the words alone (words-alone.ts): made when asked without. */
const REJECTED_AT = -2;
/** Distinct runs whose alignments are kept; each holds its (word, term) alignments, most of them none. */
const RUN_LIMIT = 8_192;
/** Alignments kept in all, at most (packed: ~60 bytes each, most of them none: see packed-alignments.ts): past this the run memo starts afresh. */
const ALIGN_LIMIT = 150_000;
/** Words of a run past this are aligned without the memo (a run this long is a headline in capitals, or garbage). */
const RUN_WORDS = 1_024;
/** Spellings whose terms (termsSpelling) are kept: each a short list, most of them empty. */
const VARIANT_LIMIT = 32_768;

/** What is kept per run text (see NameMemo.startRun). */
class RunAlignments {
  /** By (term, word): where its alignment is kept in `packed` (written-word indexes counted from the start of the run), or -1 for none. */
  readonly at = new Map<number, number>();
  /** The run's plan (see NameMemo.plan), once an occurrence has been matched through. */
  plan: Int32Array | undefined;
}

export class NameMemo {
  private runs = new Generational<string, RunAlignments>(RUN_LIMIT);
  private packed = new PackedAlignments();
  /** Alignments stored since the run memo was last started afresh. */
  private stored = 0;
  private readonly variants = new Generational<string, readonly NameTerm[]>(VARIANT_LIMIT);
  /** The run being matched: its first word and its alignments (see `startRun`). */
  private runStart = 0;
  private current: RunAlignments | undefined;

  /**
   * The terms tried in the current run (firstTry): per term id, the number of the run that last tried
   * it. Speed: a run used to make a Set of the ids it tried (21,700 runs, 219,000 ids in 1 MB of news);
   * a stamp per id in one array, a new stamp per run, answers without allocating or hashing.
   */
  private triedIn = new Int32Array(0);
  /** Where align() kept the alignment it gave last (-1: not kept), and staticVerdict's answers by that place. */
  private lastAt = -1;
  private verdicts = new Uint8Array(0);
  private stamp = 0;
  /** The plan of the current run being written, as (word - run start, term id, packed place) triples (see `plan`). */
  private planning: number[] | undefined;

  constructor(private readonly index: NameIndex) {}

  /** True the first time term `id` is asked about in the current run (since the last startRun). */
  firstTry(id: number): boolean {
    if (id >= this.triedIn.length) {
      const grown = new Int32Array(Math.max(id + 1, this.triedIn.length * 2, 1024));
      grown.set(this.triedIn);
      this.triedIn = grown;
    }
    if (this.triedIn[id] === this.stamp) return false;
    this.triedIn[id] = this.stamp;
    return true;
  }

  /**
   * Starts the run words[a, b) of `text`: the alignments made until the next call are those of this
   * run (keyed by its text, so a run met before brings its alignments along).
   */
  startRun(text: string, words: readonly NameWord[], a: number, b: number, strict: boolean): void {
    this.runStart = a;
    // stamps start at 1 (0 is "never tried"); after 2^31 - 1 runs the array starts afresh
    if (this.stamp === 0x7fffffff) {
      this.triedIn.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
    if (this.stored > ALIGN_LIMIT) {
      this.runs = new Generational(RUN_LIMIT);
      this.packed = new PackedAlignments();
      this.verdicts = new Uint8Array(0);
      this.stored = 0;
    }
    this.planning = undefined;
    if (b - a > RUN_WORDS) {
      this.current = undefined;
      return;
    }
    const key = (strict ? 's' : 'n') + text.slice((words[a] as NameWord).start, (words[b - 1] as NameWord).stop);
    let run = this.runs.get(key);
    if (!run) this.runs.set(key, (run = new RunAlignments()));
    this.current = run;
    if (!run.plan) this.planning = [];
  }

  /**
   * The current run's plan: the alignments of its words with their candidate terms that judging
   * (match.ts) may accept, as (word - run start, term id, packed place) triples in the order they were
   * judged, known once an occurrence of the same run text has been matched through (see `note`).
   * Speed: a 1 MB news text has 21,700 runs of 8,200 distinct texts, and each word of a run has ~25
   * candidate terms; of the 187,000 alignments judged, three in four are rejected by the checks that
   * read the run's words alone (staticVerdict), the same at every occurrence. An occurrence of a run
   * met before is judged on its plan alone, without asking the index, the terms or the memo for the
   * others again. Exact: candidates, which term a run tries first and where (firstTry), and the
   * alignments are functions of the run's text (and `strict`), and judging an alignment that staticVerdict
   * rejects rejects it, whatever the context; an alignment judged without staticVerdict being asked
   * stays in the plan. A run with a word inside a glossary occurrence (which changes the words tried)
   * is matched in full (see `skipPlan`).
   */
  plan(): Int32Array | undefined {
    return this.current?.plan;
  }

  /** The current run's occurrence is matched in full and written into no plan. */
  skipPlan(): void {
    this.planning = undefined;
  }

  /** The alignment at place i of the current run's plan (and staticVerdict's memo set to it, as align() does). */
  planned(plan: Int32Array, i: number): Alignment {
    const at = plan[i + 2] as number;
    this.lastAt = at;
    return this.packed.get(at, this.runStart);
  }

  /**
   * After judging the alignment align() gave last, of word k with term `id`: it goes into the plan being
   * written unless staticVerdict rejected it (its code is not `passes`).
   */
  note(k: number, id: number, passes: number): void {
    const plan = this.planning;
    if (!plan) return;
    const at = this.lastAt;
    if (at < 0) {
      // judged without the memo: the plan could not replay it
      this.planning = undefined;
      return;
    }
    const v = at < this.verdicts.length ? (this.verdicts[at] as number) : 0;
    if (v === 0 || v - 1 === passes) plan.push(k - this.runStart, id, at);
  }

  /** The current run's occurrence has been matched through: its plan, if written, is kept with the run. */
  endRun(): void {
    if (this.planning && this.current) this.current.plan = Int32Array.from(this.planning);
    this.planning = undefined;
  }

  /**
   * align(words, from, to, term, index, strict) for the word k of the current run, made once per run text.
   * Given `passes` (staticVerdict's code), a kept alignment it rejected is undefined (judging rejects it in any
   * context, see plan): a run met before with no plan (skipPlan) is matched word by word, most of it so rejected.
   */
  align(words: readonly NameWord[], k: number, from: number, to: number, term: NameTerm, strict: boolean, passes = -1, termWords?: TermWords): Alignment | undefined {
    const run = this.current;
    this.lastAt = -1;
    const tw = passes >= 0 ? termWords : undefined;
    if (!run) return align(words, from, to, term, this.index, strict);
    const a = this.runStart;
    const key = term.id * RUN_WORDS + (k - a);
    const at = run.at.get(key);
    const v = passes >= 0 && at !== undefined && at >= 0 && at < this.verdicts.length ? (this.verdicts[at] as number) : 0;
    if ((v !== 0 && v - 1 !== passes) || (at === REJECTED_AT && tw)) return undefined;
    if (at === undefined || at === REJECTED_AT) {
      const al = align(words, from, to, term, this.index, strict, tw);
      const put = al === REJECTED ? REJECTED_AT : al ? this.packed.put(al, -a) : -1;
      run.at.set(key, put);
      this.stored++;
      this.lastAt = put;
      return put === REJECTED_AT ? undefined : al;
    }
    this.lastAt = at;
    return at < 0 ? undefined : this.packed.get(at, a);
  }

  /**
   * staticVerdict's answer (match.ts) for the alignment align() gave last, when kept (keepVerdict): judging asks, of 190,000
   * alignments in 1 MB of news, the same questions of the same run text and term at every occurrence,
   * and three in four are answered from the alignment and the run's words alone. Kept by the packed
   * alignment's place (a byte per packed int, so a few MB at most under ALIGN_LIMIT, and started afresh
   * with the alignments), as the code + 1 (0: not asked yet). An alignment made outside the memo (a run
   * too long for it) is judged anew. (Asked and kept in two calls, not through a callback: a closure
   * made per judged alignment was garbage at every one.)
   */
  knownVerdict(): number | undefined {
    const at = this.lastAt;
    if (at < 0 || at >= this.verdicts.length) return undefined;
    const v = this.verdicts[at] as number;
    return v === 0 ? undefined : v - 1;
  }

  /** Keeps `v`, staticVerdict's answer for the alignment align() gave last (see knownVerdict), and returns it. */
  keepVerdict(v: number): number {
    const at = this.lastAt;
    if (at < 0) return v;
    if (at >= this.verdicts.length) {
      const grown = new Uint8Array(Math.max(at + 1, this.verdicts.length * 2, 1024));
      grown.set(this.verdicts);
      this.verdicts = grown;
    }
    this.verdicts[at] = v + 1;
    return v;
  }

  /** variantOfAnother(index, w, term) (forms.ts), from the terms spelling the word, found once per spelling. */
  variantOfAnother(w: NameWord, term: NameTerm): boolean {
    const key = w.syllables.length === 1 ? w.folded : w.syllables.join('-');
    let terms = this.variants.get(key);
    if (terms === undefined) this.variants.set(key, (terms = termsSpelling(this.index, w)));
    return terms.some((other) => other.id !== term.id);
  }

  /** isNameTerm(term), once per term. */
  isNameTerm(term: NameTerm): boolean {
    // kept on the term itself (terms are made once per index: NameIndex.term): a WeakMap read for every
    // candidate of every capitalised word cost more than the answer
    let v = term.isName;
    if (v === undefined) term.isName = v = isNameTerm(term);
    return v;
  }
}

/**
 * The words have a spelling in common (their folded letters, or one of their spellings under the
 * conventions): what compareWords (similarity.ts) needs to call them exact, the same, or one bent by a
 * transliteration convention (canonEdits 0). align() pairs two words read as one only so, and most of
 * the words it compares are such joins (56% of 609,000 comparisons in 1 MB of news, 2 in 1,000 of them
 * alike): this test, a few string comparisons, rules the others out before the edit distances.
 */
export function shareSpelling(a: ComparedWord, b: ComparedWord): boolean {
  if (a.folded === b.folded) return true;
  // the words' sorted spelling hashes (similarity.ts) say "none in common" in a few integer compares
  if (!mayShareSpelling(a, b)) return false;
  for (const s of a.spellings) if (b.spellings.includes(s)) return true;
  return false;
}

const memos = new WeakMap<NameIndex, NameMemo>();

/** The memos of an index, made on first use and kept as long as the index. */
export function memoOf(index: NameIndex): NameMemo {
  let m = memos.get(index);
  if (!m) memos.set(index, (m = new NameMemo(index)));
  return m;
}
