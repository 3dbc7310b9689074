import { isCapitalized, scanTokens, type Token } from '../../document/tokens.js';
import type { CompiledGlossary } from '../../glossary/compile.js';
import type { GlossaryEntry } from '../../glossary/types.js';
import { isEnglishWord } from '../../lang/english.js';
import { readWordList } from '../../lang/word-forms.js';
import { termTokensOf } from '../glossary/term-tokens.js';
import type { Rule, RuleContext } from '../types.js';

export const meta = {
  id: 'acronym/unknown',
  severity: 'info',
  description:
    'An all-caps token of 2-6 letters that is neither a glossary term nor a common acronym, and is not defined in the ' +
    'text: machine translation invents acronyms ("USL system" from "US asylum system" via German "Asyl"). Suggests ' +
    'a glossary term that the letters and the words around fit, or a glossary acronym with the same letters ("OTAN").',
  confidence:
    '0.75 (warning) when a glossary term fits the letters and the words around; 0.6 (warning) for a glossary ' +
    'acronym with the same letters in another order; otherwise 0.5 (info), 0.4 when the token is also an English ' +
    'word ("MINT"), which may be emphasis. Without a suggestion only the first use is reported, and an acronym used ' +
    'three times or more is left alone.',
  examples: [
    { text: 'to reduce the strain on the USL system and the migration', flagged: 'USL system', suggestion: 'US asylum system' },
  ],
} satisfies Rule['meta'];

const LIST_FILE = new URL('../../../corpora/rules/acronyms.txt', import.meta.url);
let common: Set<string> | undefined;
const acronyms = () => (common ??= readWordList(LIST_FILE, false));

const ACRONYM = /^([A-Z]{2,6})(s?)$/;
/** US broadcasters' call signs ("WBAI", "KQED"). */
const CALL_SIGN = /^[KW][A-Z]{3}$/;
/** An acronym used this often without a definition is one the writer relies on, not a slip. */
const MAX_USES = 3;
const ROMAN = /^(?=[MDCLXVI]{2,})M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
/** Chunks that hold addresses, handles, dotted forms ("EE.UU."), "AT&T" or paths. */
const ATTACHED = /[@#/\\_&]|\.\p{L}/u;
/** Words an expansion may skip or include without a letter of their own ("Bank of England", "BoE"). */
const MINOR = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', 'at', 'de', 'des', 'du', 'la', 'le', 'et', 'für', 'und', 'y', 'del']);

const INTRODUCING_NOUN = new Set([
  'agency', 'alliance', 'association', 'bank', 'body', 'broadcaster', 'carrier', 'coalition', 'company', 'council',
  'federation', 'firm', 'group', 'institute', 'insurer', 'lender', 'militia', 'movement', 'network', 'newspaper',
  'office', 'organisation', 'organization', 'outlet', 'party', 'regulator', 'station', 'union', 'watchdog',
]);

interface Known {
  /** All-caps words of glossary terms ("UN" in "UN General Assembly"). */
  caps: Set<string>;
  /** Initials of glossary terms ("FATF" for "Financial Action Task Force"). */
  initials: Set<string>;
  sorted: Map<string, string>;
}
const knownByGlossary = new WeakMap<CompiledGlossary, Known>();

export function check(ctx: RuleContext): void {
  const { tokens } = ctx;
  const occurrences = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    // ACRONYM wants two capitals first: most words are refused without running it
    const m = tok.kind === 'word' && isAsciiCapital(tok.text.charCodeAt(1)) && isAsciiCapital(tok.text.charCodeAt(0)) ? ACRONYM.exec(tok.text) : null;
    if (!m) continue;
    const core = m[1] as string;
    let list = occurrences.get(core);
    if (!list) occurrences.set(core, (list = []));
    list.push(i);
  }
  if (occurrences.size === 0) return;
  const index = new DocIndex(tokens, occurrences);
  const reported = new Set<string>();
  for (const [core, list] of occurrences) {
    if (acronyms().has(core) || ROMAN.test(core) || CALL_SIGN.test(core) || ctx.glossary.termsByLower.has(core.toLowerCase())) continue;
    const known = glossaryKnown(ctx.glossary);
    if (known.caps.has(core) || known.initials.has(core) || index.defines(core)) continue;
    for (const i of list) {
      if (attached(ctx, i) || inCapsLine(ctx.text, tokens[i] as Token) || introduced(tokens, i)) continue;
      report(ctx, i, core, known, reported, list.length);
    }
  }
}

function report(ctx: RuleContext, i: number, core: string, known: Known, reported: Set<string>, uses: number): void {
  const tok = ctx.tokens[i] as Token;
  const expansion = glossaryExpansion(ctx, i, core);
  if (expansion) {
    const text = ctx.text.slice(expansion.start, expansion.end);
    ctx.report({
      start: expansion.start,
      end: expansion.end,
      message: `"${core}" is not a known acronym; the glossary term "${expansion.entry.term}" fits "${text}"`,
      confidence: 0.75,
      suggestions: [{ text: expansion.entry.term, confidence: 0.7 }],
      autofix: false,
      severity: 'warning',
      entry: expansion.entry,
    });
    return;
  }
  const same = known.sorted.get(sortLetters(core));
  if (same) {
    ctx.report({
      start: tok.start,
      end: tok.start + core.length,
      message: `"${core}" is not a known acronym; "${same}" has the same letters (a foreign word order?)`,
      confidence: 0.6,
      suggestions: [{ text: same, confidence: 0.5 }],
      autofix: false,
      severity: 'warning',
    });
    return;
  }
  // one finding per unknown acronym is enough to send the editor looking
  if (reported.has(core)) return;
  reported.add(core);
  if (uses >= MAX_USES) {
    ctx.drop(tok.start, tok.start + core.length, `used ${uses} times: an acronym the writer relies on, not a slip`);
    return;
  }
  ctx.report({
    start: tok.start,
    end: tok.start + core.length,
    message: `"${core}" is not a known acronym, a glossary term, or defined in the text`,
    confidence: core.length >= 3 && isEnglishWord(core) ? 0.4 : 0.5,
    suggestions: [],
    autofix: false,
  });
}

/** Part of a longer form: an address or dotted abbreviation, or joined to a number ("MH17", "COVID-19"). */
function attached(ctx: RuleContext, i: number): boolean {
  const { tokens, text } = ctx;
  const tok = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev?.kind === 'number' && !tok.spaceBefore) return true;
  if (next && !next.spaceBefore && (next.kind === 'number' || (next.text === '-' && tokens[i + 2]?.kind === 'number'))) return true;
  // a catalogue or model number after a space ("SWAO 1643")
  if (next?.kind === 'number' && next.segment === tok.segment) return true;
  let a = tok.start;
  let b = tok.end;
  while (a > 0 && !/\s/.test(text.charAt(a - 1))) a--;
  while (b < text.length && !/\s/.test(text.charAt(b))) b++;
  return ATTACHED.test(text.slice(a, b));
}

function isAsciiCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** After a noun that says what it names: "the consumer association BEUC", "the rebel group M23". */
function introduced(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && prev.kind === 'word' && (tokens[i] as Token).spaceBefore && INTRODUCING_NOUN.has(prev.lower);
}

/** A headline or label line: most of its words are in capitals. */
function inCapsLine(text: string, tok: Token): boolean {
  const start = text.lastIndexOf('\n', tok.start - 1) + 1;
  let end = text.indexOf('\n', tok.end);
  if (end < 0) end = text.length;
  const words = text.slice(start, end).match(/\p{L}{2,}/gu) ?? [];
  const caps = words.filter((w) => w === w.toUpperCase()).length;
  return caps * 2 > words.length;
}

/** The document's acronym occurrences and capitalised words by initial, for finding definitions. */
class DocIndex {
  private byInitial?: Map<string, number[]>;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly occurrences: ReadonlyMap<string, number[]>,
  ) {}

  /** "(FATF)" after words, "FATF (Financial ...)", or capitalised words whose initials spell it. */
  defines(core: string): boolean {
    const { tokens } = this;
    for (const j of this.occurrences.get(core) ?? []) {
      if (tokens[j - 1]?.text === '(' && tokens[j + 1]?.text === ')' && tokens[j - 2]?.kind === 'word') return true;
      const after = tokens[j + 2];
      if (tokens[j + 1]?.text === '(' && after?.kind === 'word' && isCapitalized(after.text) && !ACRONYM.test(after.text)) return true;
    }
    if (!this.byInitial) {
      this.byInitial = new Map();
      tokens.forEach((t, j) => {
        if (t.kind !== 'word' || !isCapitalized(t.text) || ACRONYM.test(t.text)) return;
        const list = this.byInitial?.get(t.text.charAt(0));
        if (list) list.push(j);
        else this.byInitial?.set(t.text.charAt(0), [j]);
      });
    }
    return (this.byInitial.get(core.charAt(0)) ?? []).some((j) => spells(tokens, j, core, 0));
  }
}

/** Whether the words from token j on spell `core` from letter k on by their initials. */
function spells(tokens: readonly Token[], j: number, core: string, k: number): boolean {
  if (k === core.length) return true;
  let t = tokens[j];
  while (t && (t.text === '-' || t.text === '&')) t = tokens[++j];
  if (!t || t.kind !== 'word') return false;
  const initial = t.text.charAt(0).toUpperCase() === core.charAt(k);
  if (MINOR.has(t.lower)) return (initial && spells(tokens, j + 1, core, k + 1)) || (k > 0 && spells(tokens, j + 1, core, k));
  return initial && isCapitalized(t.text) && spells(tokens, j + 1, core, k + 1);
}

function glossaryKnown(g: CompiledGlossary): Known {
  let k = knownByGlossary.get(g);
  if (k) return k;
  k = { caps: new Set(), initials: new Set(), sorted: new Map() };
  // terms only: the entries themselves are parsed from the glossary cache when a text needs them
  for (let id = 0; id < g.size; id++) {
    const words = wordsOf(g.term(id));
    for (const w of words) {
      if (!ACRONYM.test(w)) continue;
      k.caps.add(w);
      if (words.length === 1 && !k.sorted.has(sortLetters(w))) k.sorted.set(sortLetters(w), w);
    }
    const content = words.filter((w) => !MINOR.has(w.toLowerCase()));
    if (content.length >= 2 && content.every((w) => isCapitalized(w))) k.initials.add(content.map((w) => w.charAt(0)).join(''));
  }
  knownByGlossary.set(g, k);
  return k;
}

function sortLetters(s: string): string {
  return [...s].sort().join('');
}

/** The words of a term as strings: this runs over every glossary entry, so no token objects. */
function wordsOf(term: string): string[] {
  const words: string[] = [];
  scanTokens(term, 0, term.length, (start, end, kind) => void (kind === 'word' && words.push(term.slice(start, end))));
  return words;
}

/**
 * A glossary term that the acronym and the words around it garble: the term has a word the acronym
 * starts with ("US"), the acronym's other letters occur in order in the term's next word ("L" in
 * "asylum"), and the text around matches the term's other words ("USL system" → "US asylum system").
 */
function glossaryExpansion(ctx: RuleContext, i: number, core: string): { start: number; end: number; entry: GlossaryEntry } | undefined {
  const { tokens } = ctx;
  for (let k = core.length - 1; k >= 2; k--) {
    const head = core.slice(0, k);
    const rest = core.slice(k).toLowerCase();
    for (const ref of ctx.glossary.termWordsOf(head.toLowerCase()) ?? []) {
      const { position } = ref;
      // the term's tokens as copies (see term-tokens.ts), not ref.tokens
      const tt = termTokensOf(ctx.glossary, ref.id);
      const next = tt[position + 1];
      if (tt[position]?.text !== head || next?.kind !== 'word' || !subsequence(rest, next.lower)) continue;
      const first = i - position;
      const last = i + (tt.length - position - 2);
      if (first < 0 || last >= tokens.length) continue;
      let fits = true;
      for (let p = 0; p < tt.length && fits; p++) {
        if (p === position || p === position + 1) continue;
        const t = tokens[p < position ? first + p : i + (p - position - 1)] as Token;
        fits = t.lower === (tt[p] as Token).lower && t.segment === (tokens[i] as Token).segment;
      }
      if (fits) return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end, entry: ref.entry };
    }
  }
  return undefined;
}

function subsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (const c of hay) if (c === needle[j]) j++;
  return j === needle.length;
}

export default { meta, check } satisfies Rule;
