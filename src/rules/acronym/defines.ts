import { isCapitalized, type Token } from '../../document/tokens.js';
import { ACRONYM, MINOR } from './known.js';

/** Minor words an expansion may skip in a row ("Bank of the Republic"): bounds the search. */
const MAX_SKIPS = 3;

/**
 * The document's acronym occurrences and capitalised words by initial, for finding definitions. Only
 * asked about acronyms the rule has evidence against, so the per-acronym scan of the capitalised words
 * with its initial runs for a handful of acronyms, not for every all-caps token of the text.
 */
export class DocIndex {
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
      const byInitial = new Map<string, number[]>();
      tokens.forEach((t, j) => {
        if (t.kind !== 'word' || !isCapitalized(t.text) || ACRONYM.test(t.text)) return;
        const list = byInitial.get(t.text.charAt(0));
        if (list) list.push(j);
        else byInitial.set(t.text.charAt(0), [j]);
      });
      this.byInitial = byInitial;
    }
    return (this.byInitial.get(core.charAt(0)) ?? []).some((j) => spells(tokens, j, core, 0, 0));
  }
}

/** Whether the words from token j on spell `core` from letter k on by their initials. */
function spells(tokens: readonly Token[], j: number, core: string, k: number, skips: number): boolean {
  if (k === core.length) return true;
  let t = tokens[j];
  while (t && (t.text === '-' || t.text === '&')) t = tokens[++j];
  if (!t || t.kind !== 'word') return false;
  const initial = t.text.charAt(0).toUpperCase() === core.charAt(k);
  if (MINOR.has(t.lower)) {
    return (initial && spells(tokens, j + 1, core, k + 1, 0)) || (k > 0 && skips < MAX_SKIPS && spells(tokens, j + 1, core, k, skips + 1));
  }
  return initial && isCapitalized(t.text) && spells(tokens, j + 1, core, k + 1, 0);
}
