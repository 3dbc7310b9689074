import { readLangFile } from './lang-data.js';
import { runValues, type NumberWord } from './number-words.js';

/** corpora/lang/number-words.json for one language: value → forms, and the ordinal (adjective) endings. */
interface Table {
  adj: string[];
  units: Record<string, string[]>;
  scales: Record<string, string[]>;
}

// read-only data, loaded once on first use: each language's forms as one word → what it is
let lexicons: Map<string, Map<string, NumberWord>> | undefined;

/** The words a form stands for: "stem(a,b)" → stem+a, stem+b; "stem+adj" → stem with each ordinal ending. */
function expand(form: string, adj: readonly string[]): string[] {
  if (form.endsWith('+adj')) return adj.map((e) => form.slice(0, -4) + e);
  const m = /^([^(]+)\(([^)]*)\)$/.exec(form);
  return m ? (m[2] as string).split(',').map((e) => (m[1] as string) + e) : [form];
}

function lexicon(lang: string): Map<string, NumberWord> | undefined {
  if (!lexicons) {
    lexicons = new Map();
    const tables = readLangFile<Record<string, Table | string>>('number-words.json');
    for (const [code, table] of Object.entries(tables)) {
      if (typeof table === 'string') continue;
      const words = new Map<string, NumberWord>();
      for (const [value, forms] of Object.entries(table.units)) for (const f of forms) for (const w of expand(f, table.adj)) words.set(w, { unit: Number(value) });
      for (const [value, forms] of Object.entries(table.scales)) for (const f of forms) for (const w of expand(f, table.adj)) words.set(w, { scale: Number(value) });
      lexicons.set(code, words);
    }
  }
  return lexicons.get(lang);
}

/**
 * The numbers a source text in `lang` spells out ("vier", "Перша", "один мільйон" → 1 and 1000000,
 * "трёх"), each with how often it is written, read from corpora/lang/number-words.json; empty for a
 * language without a table. Linear in the text.
 */
export function sourceSpelledCounts(text: string, lang: string): Map<string, number> {
  const words = lexicon(lang);
  if (!words) return new Map();
  // one apostrophe for Ukrainian ("п’ять", "пʼять" → "п'ять")
  const tokens = text.toLowerCase().replace(/[’ʼ`]/g, "'").match(/[\p{L}']+|[^\p{L}'\s-]/gu) ?? [];
  return runValues(tokens, (w) => words.get(w));
}
