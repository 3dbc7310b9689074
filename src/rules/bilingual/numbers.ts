import type { Rule, RuleContext } from '../types.js';
import { loadScales, MONTHS, numbersIn, type NumberMention, type Scales, SPELLED } from './number-values.js';
import { decodedText, unitViews, type DecodedText, type Side } from './unit-text.js';

export const meta = {
  id: 'bilingual/numbers',
  severity: 'warning',
  description:
    'A number of the source that the target lacks or changed ("1.000 Menschen" → "100 people"); locale formats ' +
    '("1.000" / "1 000" / "1,000", "3,5" / "3.5", "14.30 Uhr" / "2:30 pm", "5.3.2024" / "March 5, 2024", "16.3." / ' +
    '"March 16", "2月9日" / "February 9"), scale words ("20 тыс." / "20,000", "2,5 Mio." / "2.5 million", "5万" / ' +
    '"50,000": corpora/rules/number-scales.yaml), dimensions ("30mm x15.5mm"), UI mnemonics ("_1"), digits grouped ' +
    'differently ("229 62 01" / "229-6201") and two-digit years ("70s" / "1970s") compare equal; small numbers may ' +
    'be spelled out, and numbers inside placeholders and tags are ignored. Bilingual files only.',
  confidence:
    '0.8 for a changed number (the source has one number the target lacks and the target one the source lacks: ' +
    'reported on the target number); 0.75 for a number missing from the target (a translator may render it in ' +
    'words this rule does not know, such as "half" or "a million"); 0.6 when only the month of a numeric date is ' +
    'missing. Extra numbers in the target are not reported: the source may spell them out.',
  anyLanguage: true,
  examples: [
    { text: 'Mehr als 1.000 Menschen demonstrierten.\tMore than 100 people demonstrated.', flagged: '100', suggestion: '1,000' },
    { text: 'Die Inflation lag bei 3,5 Prozent.\tInflation was high.', flagged: 'Inflation was high.' },
  ],
} satisfies Rule['meta'];

/** The scale words ("тыс.", "Mio.", "million"), read once per checker. */
export function prepare(): Scales {
  return loadScales();
}

export function check(ctx: RuleContext, scales: Scales): void {
  for (const { source, target } of unitViews(ctx.doc)) {
    if (!source || target.end === target.start) continue;
    // (offsets below are into the decoded texts, and mapped to the file's for the findings: see reportChanged)
    const sourceText = decodedText(source).text;
    const srcNums = numbersIn(sourceText, 0, scales);
    if (srcNums.length === 0) continue;
    const decoded = decodedText(target);
    const targetText = decoded.text;
    const tgtNums = numbersIn(targetText, 0, scales);
    const missing: NumberMention[] = [];
    const pairs = new TargetNumbers(tgtNums);
    const words = new Set(targetText.toLowerCase().match(/\p{L}+/gu) ?? []);
    // months last, and by name first: "1.3.2025 (3)" / "March 1, 2025 (3)" must not pair the month with the "3"
    for (const s of [...srcNums.filter((n) => !n.month), ...srcNums.filter((n) => n.month)]) {
      if (s.month && words.has(MONTHS[Number(s.value) - 1] ?? '')) continue;
      // the first target number not yet paired that is the same number, or else
      // "the 70s" / "1970s", "'86" / "1986": a two-digit year written in full
      const paired = pairs.take(s) ?? (/^\d\d$/.test(s.value) ? pairs.takeValue(`19${s.value}`, `20${s.value}`) : undefined);
      if (!paired && !s.optional) missing.push(s);
    }
    const extra = pairs.left();
    missing.sort((a, b) => a.start - b.start);
    const unexplained = regrouped(
      missing.filter((s) => !spelledOut(s, words)),
      extra,
      sourceText,
      0,
      targetText,
      0,
    );
    // a source number and a target number that each lack their partner: the number was changed
    const changed = Math.min(unexplained.length, extra.length);
    for (let k = 0; k < changed; k++) reportChanged(ctx, unexplained[k] as NumberMention, extra[k] as NumberMention, decoded);
    reportMissing(ctx, target, unexplained.slice(changed));
  }
}

/**
 * Digits grouped differently on the two sides ("229 62 01" / "229-6201", a telephone number or an
 * account): runs of numbers joined only by spaces, dashes, slashes or dots whose digits are the same
 * on both sides pair up. Removes the paired target numbers from `extra`; returns the source numbers
 * still unexplained.
 */
function regrouped(missing: NumberMention[], extra: NumberMention[], srcText: string, srcBase: number, tgtText: string, tgtBase: number): NumberMention[] {
  if (missing.length === 0 || extra.length === 0) return missing;
  const srcRuns = runs(missing, srcText, srcBase);
  const tgtRuns = runs([...extra].sort((a, b) => a.start - b.start), tgtText, tgtBase);
  const byDigits = new Map<string, NumberMention[][]>();
  for (const r of tgtRuns) {
    const key = r.map((n) => n.text.replace(/\D/g, '')).join('');
    const list = byDigits.get(key);
    if (list) list.push(r);
    else byDigits.set(key, [r]);
  }
  const paired = new Set<NumberMention>();
  const taken = new Set<NumberMention>();
  for (const r of srcRuns) {
    const key = r.map((n) => n.text.replace(/\D/g, '')).join('');
    const match = key.length >= 4 ? byDigits.get(key)?.pop() : undefined;
    if (!match) continue;
    for (const n of r) paired.add(n);
    for (const t of match) taken.add(t);
  }
  // the paired target numbers out of `extra`, in place and in one pass
  let kept = 0;
  for (const t of extra) if (!taken.has(t)) extra[kept++] = t;
  extra.length = kept;
  return missing.filter((n) => !paired.has(n));
}

/**
 * The numbers of a target, each to be paired with one of the source: a source number takes the first
 * (in text order) not yet taken that stands for the same number: the same value, the same value once
 * scaled ("20 тыс." / "20,000"), or the hour as written ("23" / "11 pm"). Queues of positions by each of
 * these, instead of a search of the list per source number: a unit may hold thousands of numbers.
 */
class TargetNumbers {
  private readonly taken: boolean[];
  private readonly byValue = new Map<string, Queue>();
  private readonly byScaled = new Map<string, Queue>();
  private readonly byWritten = new Map<string, Queue>();

  constructor(private readonly list: readonly NumberMention[]) {
    this.taken = list.map(() => false);
    list.forEach((t, i) => {
      enqueue(this.byValue, t.value, i);
      enqueue(this.byScaled, t.scaled ?? t.value, i);
      if (t.written !== undefined) enqueue(this.byWritten, t.written, i);
    });
  }

  /** The first target number left that stands for the same number as `s`, taken. */
  take(s: NumberMention): NumberMention | undefined {
    return this.first([this.byValue.get(s.value), this.byScaled.get(s.scaled ?? s.value), this.byWritten.get(s.value)]);
  }

  /** The first target number left whose value is one of `values`, taken. */
  takeValue(...values: string[]): NumberMention | undefined {
    return this.first(values.map((v) => this.byValue.get(v)));
  }

  /** The numbers not taken, in text order. */
  left(): NumberMention[] {
    return this.list.filter((_, i) => !this.taken[i]);
  }

  private first(queues: (Queue | undefined)[]): NumberMention | undefined {
    let best = Infinity;
    for (const q of queues) {
      if (!q) continue;
      while (q.head < q.at.length && this.taken[q.at[q.head] as number]) q.head++;
      best = Math.min(best, q.at[q.head] ?? Infinity);
    }
    if (best === Infinity) return undefined;
    this.taken[best] = true;
    return this.list[best];
  }
}

/** Positions in a list, in order; those before `head` are all taken. */
interface Queue {
  at: number[];
  head: number;
}

function enqueue(map: Map<string, Queue>, key: string, i: number): void {
  const q = map.get(key);
  if (q) q.at.push(i);
  else map.set(key, { at: [i], head: 0 });
}

/** Consecutive numbers (in text order) with only spaces, dashes, slashes, dots or brackets between. */
function runs(list: NumberMention[], text: string, base: number): NumberMention[][] {
  const out: NumberMention[][] = [];
  for (const n of list) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && /^[\s\-–/.()]{1,3}$/.test(text.slice(prev.end - base, n.start - base))) last.push(n);
    else out.push([n]);
  }
  return out;
}

function spelledOut(n: NumberMention, words: Set<string>): boolean {
  return (SPELLED[n.value] ?? []).some((w) => words.has(w));
}

function reportChanged(ctx: RuleContext, source: NumberMention, target: NumberMention, decoded: DecodedText): void {
  const english = englishFormat(source);
  ctx.report({
    start: decoded.startOf(target.start),
    end: decoded.endOf(target.end - 1),
    message: `the source has "${source.text}" where the target has "${target.text}"`,
    confidence: source.month ? 0.6 : 0.8,
    suggestions: english ? [{ text: english, confidence: 0.6 }] : [],
  });
}

function reportMissing(ctx: RuleContext, target: Side, missing: NumberMention[]): void {
  if (missing.length === 0) return;
  const list = missing.map((n) => `"${n.text}"`);
  const what = list.length === 1 ? `the number ${list[0]}` : `the numbers ${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  ctx.report({
    start: target.start,
    end: target.end,
    message: `the source has ${what}, which the target lacks`,
    confidence: missing.every((n) => n.month) ? 0.6 : 0.75,
  });
}

/** The source number written the English way ("1.000" → "1,000", "3,5" → "3.5", "2024" stays), for the suggestion. */
function englishFormat(n: NumberMention): string | undefined {
  if (n.month) return undefined;
  const [whole = '', decimals] = n.value.split('.');
  const separated = /[^\d]/.test(n.text) && whole.length > 3;
  const grouped = separated ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

export default { meta, prepare, check } satisfies Rule<Scales>;
