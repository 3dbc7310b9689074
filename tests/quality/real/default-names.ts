/**
 * The bundled glossary's name findings on real MT: every WMT23 system output, in documents of 10
 * consecutive lines, checked with the default configuration, as a new user would run translint on
 * incoming copy. The silver set (silver.ts) measures names with a glossary of the stories' own names; this
 * measures what the bundled glossary (countries, capitals, people in the news) says about text that
 * mostly does not hold its names.
 *
 * Judged without a hand list: a glossary/near-miss finding is "in the reference" when the human
 * reference's line holds the last word of its suggestion and not the flagged text itself
 * (case-insensitive), i.e. the reference names what the finding suggests there, and does not write what
 * the MT wrote ("Herrmann" of Herrmann-Wick beside "German" is no German). That is generous (a word met
 * there by chance counts), so the share is an upper bound of precision; a finding whose suggestion the
 * reference does not write is almost always another name or word taken for a glossary name ("Angara" for
 * Ankara).
 */
import type { Checker } from '../../../src/index.ts';
import { fileLines, lineStarts, PAIRS, systemsOf } from './data.ts';
import { BLOCK_LINES } from './silver.ts';

export interface DefaultNamesReport {
  documents: number;
  findings: number;
  inReference: number;
  /** `written => suggestion` of findings not in the reference, with their counts, most frequent first */
  notInReference: [string, number][];
}

export function runDefaultNames(checker: Checker): DefaultNamesReport {
  const report: DefaultNamesReport = { documents: 0, findings: 0, inReference: 0, notInReference: [] };
  const other = new Map<string, number>();
  for (const pair of PAIRS) {
    const ref = fileLines(pair, 'refA');
    for (const system of systemsOf(pair)) {
      const lines = fileLines(pair, system);
      for (let b = 0; b < lines.length; b += BLOCK_LINES) {
        const text = lines.slice(b, b + BLOCK_LINES).join('\n');
        const starts = lineStarts(text);
        report.documents++;
        for (const f of checker.check(text).findings) {
          if (f.ruleId !== 'glossary/near-miss') continue;
          report.findings++;
          const at = f.range.start.offset;
          let line = 0;
          while (line + 1 < starts.length && (starts[line + 1] as number) <= at) line++;
          const last = (f.suggestions?.[0]?.text ?? '').toLowerCase().split(' ').pop() ?? '';
          const reference = (ref[b + line] ?? '').toLowerCase();
          if (last !== '' && reference.includes(last) && !reference.includes(f.text.toLowerCase())) report.inReference++;
          else {
            const key = `${JSON.stringify(text.slice(at, f.range.end.offset))} => ${JSON.stringify(f.suggestions?.[0]?.text ?? '')}`;
            other.set(key, (other.get(key) ?? 0) + 1);
          }
        }
      }
    }
  }
  report.notInReference = [...other].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return report;
}
