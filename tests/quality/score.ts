/**
 * Quality scorer for translint: a pure module (no I/O).
 *
 * Passages are annotated inline with `{{wrong text=>expected correction|category}}`
 * (the correction may be empty: `{{text=>|category}}` means "no single right fix").
 * `parseAnnotated` strips the markup and records each item's span in the stripped
 * text; `scoreCorpus` compares checker findings with those spans.
 *
 * Definitions (see also tests/quality/README.md):
 * - An item is *hit* when a finding on the same passage overlaps its span.
 * - recall = hit catchable items / catchable items (items listed as `uncatchable`
 *   in index.yaml are excluded from recall and suggestion accuracy).
 * - precision = passage findings overlapping any annotated item (catchable or not)
 *   / all passage findings.
 * - suggestion accuracy = among hit catchable items with a non-empty expected
 *   correction, the share whose primary finding's first suggestion produces the
 *   expected text (applying the suggestion to the finding's range gives the same
 *   text as applying the expected correction to the item's span; when the ranges
 *   coincide this is plain string equality).
 * - false flags per 1,000 words = findings on clean prose / clean words * 1000.
 * - per rule: each hit item is attributed to its primary finding (largest overlap,
 *   then highest confidence, then earliest start, then rule id); a rule's recall is
 *   its attributed hits / all catchable items, so per-rule recalls add up to the
 *   overall recall. A rule's precision and false flags use that rule's findings only.
 */

export const CATEGORIES = [
  'name',
  'title',
  'institution',
  'calque',
  'spelling',
  'acronym',
  'artefact',
  'consistency',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface AnnotatedItem {
  /** passage file name (e.g. `seed.txt`) */
  file: string;
  /** 0-based position of the item within its passage */
  index: number;
  /** the wrong text, as it appears in the stripped passage */
  text: string;
  /** the expected correction; '' when there is no single right fix */
  expected: string;
  category: Category;
  /** UTF-16 offsets in the stripped text, end exclusive */
  start: number;
  end: number;
  /** 1-based line and column of `start` in the stripped text */
  line: number;
  column: number;
  /** false when no glossary-and-rules tool could reasonably catch it */
  catchable: boolean;
}

export interface ParsedPassage {
  file: string;
  /** the passage with all annotation markup removed */
  text: string;
  items: AnnotatedItem[];
}

/** The part of a translint finding the scorer needs (structurally compatible with the API). */
export interface FindingLike {
  ruleId: string;
  text?: string;
  message?: string;
  confidence?: number;
  range: { start: { offset: number }; end: { offset: number } };
  suggestions?: ReadonlyArray<{ text: string }>;
}

export class AnnotationError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly offset: number,
  ) {
    super(`${file}: ${message} (at source offset ${offset})`);
    this.name = 'AnnotationError';
  }
}

function isCategory(s: string): s is Category {
  return (CATEGORIES as readonly string[]).includes(s);
}

/** 1-based line/column of `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Parse an annotated passage. `uncatchable` lists wrong texts (exact item text) that
 * no glossary-and-rules tool could catch; every item with such a text is marked
 * `catchable: false`. Throws AnnotationError on malformed markup or when an
 * `uncatchable` entry matches no item.
 */
export function parseAnnotated(
  source: string,
  file = '<inline>',
  uncatchable: readonly string[] = [],
): ParsedPassage {
  const items: AnnotatedItem[] = [];
  const out: string[] = [];
  let outLength = 0;
  let pos = 0;
  const unmatched = new Set(uncatchable);
  const uncatchableSet = new Set(uncatchable);

  const pending: Array<Omit<AnnotatedItem, 'line' | 'column'>> = [];
  while (pos < source.length) {
    const open = source.indexOf('{{', pos);
    const strayClose = source.indexOf('}}', pos);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      throw new AnnotationError('"}}" without a matching "{{"', file, strayClose);
    }
    if (open === -1) {
      out.push(source.slice(pos));
      outLength += source.length - pos;
      break;
    }
    out.push(source.slice(pos, open));
    outLength += open - pos;
    const close = source.indexOf('}}', open + 2);
    if (close === -1) throw new AnnotationError('"{{" without a closing "}}"', file, open);
    const inner = source.slice(open + 2, close);
    if (inner.includes('{{')) throw new AnnotationError('nested "{{"', file, open);
    const arrow = inner.indexOf('=>');
    if (arrow === -1) throw new AnnotationError('annotation without "=>"', file, open);
    const wrong = inner.slice(0, arrow);
    const rest = inner.slice(arrow + 2);
    const bar = rest.lastIndexOf('|');
    if (bar === -1) throw new AnnotationError('annotation without "|category"', file, open);
    const expected = rest.slice(0, bar);
    const category = rest.slice(bar + 1).trim();
    if (wrong.length === 0) throw new AnnotationError('annotation with empty wrong text', file, open);
    if (!isCategory(category)) {
      throw new AnnotationError(`unknown category "${category}"`, file, open);
    }
    if (wrong === expected) {
      throw new AnnotationError(`correction equals the wrong text "${wrong}"`, file, open);
    }
    unmatched.delete(wrong);
    pending.push({
      file,
      index: pending.length,
      text: wrong,
      expected,
      category,
      start: outLength,
      end: outLength + wrong.length,
      catchable: !uncatchableSet.has(wrong),
    });
    out.push(wrong);
    outLength += wrong.length;
    pos = close + 2;
  }
  if (unmatched.size > 0) {
    throw new AnnotationError(
      `uncatchable entries match no item: ${[...unmatched].map((s) => JSON.stringify(s)).join(', ')}`,
      file,
      0,
    );
  }
  const text = out.join('');
  for (const p of pending) items.push({ ...p, ...lineColumn(text, p.start) });
  return { file, text, items };
}

/** Words in running text: whitespace-separated tokens containing a letter or digit. */
export function countWords(text: string): number {
  let n = 0;
  for (const tok of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(tok)) n++;
  return n;
}

function findingSpan(f: FindingLike, textLength: number): [number, number] {
  const s = Math.max(0, Math.min(f.range.start.offset, textLength));
  const e = Math.max(s, Math.min(f.range.end.offset, textLength));
  return [s, e];
}

/** Overlap length (>0 means overlapping); a zero-width finding overlaps an item it touches. */
function overlapLength(item: AnnotatedItem, s: number, e: number): number {
  if (e === s) return item.start <= s && s <= item.end ? 0.5 : 0;
  return Math.max(0, Math.min(e, item.end) - Math.max(s, item.start));
}

/**
 * Would applying `suggestion` to the finding's range give the same text as applying the
 * item's expected correction to its span? Compared over the union of both ranges.
 */
export function suggestionMatches(
  text: string,
  item: Pick<AnnotatedItem, 'start' | 'end' | 'expected'>,
  finding: FindingLike,
  suggestion: string,
): boolean {
  const [fs, fe] = findingSpan(finding, text.length);
  const u0 = Math.min(item.start, fs);
  const u1 = Math.max(item.end, fe);
  const a = text.slice(u0, fs) + suggestion + text.slice(fe, u1);
  const b = text.slice(u0, item.start) + item.expected + text.slice(item.end, u1);
  return a === b;
}

export interface PassageRun {
  passage: ParsedPassage;
  findings: readonly FindingLike[];
}

export interface CleanRun {
  /** display name, e.g. `brown-press.txt [de]` */
  file: string;
  text: string;
  findings: readonly FindingLike[];
  /** defaults to countWords(text) */
  words?: number;
}

export interface Metrics {
  /** findings on annotated passages */
  findings: number;
  /** passage findings that overlap an annotated item */
  truePositives: number;
  precision: number | null;
  /** catchable items hit (per rule: attributed to the rule) */
  hits: number;
  catchable: number;
  recall: number | null;
  suggestionChecked: number;
  suggestionCorrect: number;
  suggestionAccuracy: number | null;
  cleanFindings: number;
  cleanWords: number;
  falseFlagsPer1000: number | null;
}

export interface CategoryMetrics {
  items: number;
  catchable: number;
  hits: number;
  recall: number | null;
}

export interface LocatedFinding {
  file: string;
  line: number;
  column: number;
  text: string;
  finding: FindingLike;
}

export interface ItemResult {
  item: AnnotatedItem;
  /** the primary finding that hit the item, if any */
  hitBy: FindingLike | null;
  /** whether the first suggestion was right (null when not applicable) */
  suggestionCorrect: boolean | null;
}

export interface QualityReport {
  overall: Metrics;
  /** per rule id, sorted by rule id */
  rules: Record<string, Metrics>;
  categories: Record<Category, CategoryMetrics>;
  items: ItemResult[];
  /** catchable items no finding overlapped */
  missed: AnnotatedItem[];
  /** hit items whose first suggestion was wrong (expected non-empty) */
  wrongSuggestions: Array<{ item: AnnotatedItem; finding: FindingLike; got: string | null }>;
  /** uncatchable items that were hit anyway (not counted in recall) */
  uncatchableHits: number;
  /** passage findings overlapping no annotated item */
  passageFalseFlags: LocatedFinding[];
  /** every finding on clean prose */
  cleanFalseFlags: LocatedFinding[];
  corpus: {
    passages: number;
    passageWords: number;
    items: number;
    catchable: number;
    cleanDocuments: number;
    cleanWords: number;
  };
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

function emptyCounts(): Metrics {
  return {
    findings: 0,
    truePositives: 0,
    precision: null,
    hits: 0,
    catchable: 0,
    recall: null,
    suggestionChecked: 0,
    suggestionCorrect: 0,
    suggestionAccuracy: null,
    cleanFindings: 0,
    cleanWords: 0,
    falseFlagsPer1000: null,
  };
}

function finish(m: Metrics, catchable: number, cleanWords: number): Metrics {
  m.catchable = catchable;
  m.cleanWords = cleanWords;
  m.precision = ratio(m.truePositives, m.findings);
  m.recall = ratio(m.hits, catchable);
  m.suggestionAccuracy = ratio(m.suggestionCorrect, m.suggestionChecked);
  m.falseFlagsPer1000 = cleanWords === 0 ? null : (m.cleanFindings / cleanWords) * 1000;
  return m;
}

function locate(file: string, text: string, f: FindingLike): LocatedFinding {
  const [s, e] = findingSpan(f, text.length);
  return { file, ...lineColumn(text, s), text: f.text ?? text.slice(s, e), finding: f };
}

function pickPrimary(item: AnnotatedItem, candidates: Array<{ f: FindingLike; s: number; e: number }>) {
  let best: { f: FindingLike; ov: number; s: number } | null = null;
  for (const c of candidates) {
    const ov = overlapLength(item, c.s, c.e);
    if (ov <= 0) continue;
    if (
      best === null ||
      ov > best.ov ||
      (ov === best.ov &&
        ((c.f.confidence ?? 0) > (best.f.confidence ?? 0) ||
          ((c.f.confidence ?? 0) === (best.f.confidence ?? 0) &&
            (c.s < best.s || (c.s === best.s && c.f.ruleId < best.f.ruleId)))))
    ) {
      best = { f: c.f, ov, s: c.s };
    }
  }
  return best?.f ?? null;
}

export function scoreCorpus(passages: readonly PassageRun[], clean: readonly CleanRun[]): QualityReport {
  const overall = emptyCounts();
  const rules = new Map<string, Metrics>();
  const rule = (id: string): Metrics => {
    let m = rules.get(id);
    if (!m) rules.set(id, (m = emptyCounts()));
    return m;
  };
  const categories = Object.fromEntries(
    CATEGORIES.map((c) => [c, { items: 0, catchable: 0, hits: 0, recall: null }]),
  ) as unknown as Record<Category, CategoryMetrics>;

  const itemResults: ItemResult[] = [];
  const missed: AnnotatedItem[] = [];
  const wrongSuggestions: QualityReport['wrongSuggestions'] = [];
  const passageFalseFlags: LocatedFinding[] = [];
  const cleanFalseFlags: LocatedFinding[] = [];
  let uncatchableHits = 0;
  let catchable = 0;
  let itemCount = 0;
  let passageWords = 0;

  for (const { passage, findings } of passages) {
    const { text, items } = passage;
    passageWords += countWords(text);
    const spans = findings.map((f) => {
      const [s, e] = findingSpan(f, text.length);
      return { f, s, e };
    });
    // precision: every passage finding
    for (const { f, s, e } of spans) {
      const tp = items.some((it) => overlapLength(it, s, e) > 0);
      overall.findings++;
      rule(f.ruleId).findings++;
      if (tp) {
        overall.truePositives++;
        rule(f.ruleId).truePositives++;
      } else {
        passageFalseFlags.push(locate(passage.file, text, f));
      }
    }
    // recall and suggestion accuracy: every item
    for (const item of items) {
      itemCount++;
      const cat = categories[item.category];
      cat.items++;
      if (item.catchable) {
        catchable++;
        cat.catchable++;
      }
      const primary = pickPrimary(item, spans);
      let suggestionCorrect: boolean | null = null;
      if (primary && !item.catchable) uncatchableHits++;
      if (primary && item.catchable) {
        cat.hits++;
        overall.hits++;
        const rm = rule(primary.ruleId);
        rm.hits++;
        if (item.expected !== '') {
          const first = primary.suggestions?.[0]?.text ?? null;
          suggestionCorrect = first !== null && suggestionMatches(text, item, primary, first);
          overall.suggestionChecked++;
          rm.suggestionChecked++;
          if (suggestionCorrect) {
            overall.suggestionCorrect++;
            rm.suggestionCorrect++;
          } else {
            wrongSuggestions.push({ item, finding: primary, got: first });
          }
        }
      } else if (!primary && item.catchable) {
        missed.push(item);
      }
      itemResults.push({ item, hitBy: primary, suggestionCorrect });
    }
  }

  let cleanWords = 0;
  for (const run of clean) {
    cleanWords += run.words ?? countWords(run.text);
    for (const f of run.findings) {
      overall.cleanFindings++;
      rule(f.ruleId).cleanFindings++;
      cleanFalseFlags.push(locate(run.file, run.text, f));
    }
  }

  for (const c of CATEGORIES) categories[c].recall = ratio(categories[c].hits, categories[c].catchable);
  finish(overall, catchable, cleanWords);
  const ruleRecord: Record<string, Metrics> = {};
  for (const id of [...rules.keys()].sort()) ruleRecord[id] = finish(rules.get(id)!, catchable, cleanWords);

  return {
    overall,
    rules: ruleRecord,
    categories,
    items: itemResults,
    missed,
    wrongSuggestions,
    uncatchableHits,
    passageFalseFlags,
    cleanFalseFlags,
    corpus: {
      passages: passages.length,
      passageWords,
      items: itemCount,
      catchable,
      cleanDocuments: clean.length,
      cleanWords,
    },
  };
}
