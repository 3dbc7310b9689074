import { oneLine as escaped } from '../io/errors.js';
import { flatText } from './shared/text.js';
import { plural, summarize } from './summary.js';
import type { Reporter } from './types.js';

/**
 * One line per finding, `path:line:col: severity message [rule-id]`, which editors and CI log
 * viewers turn into links (like ESLint's compact format), then a count line.
 */
export const compact: Reporter = (results) => {
  const out: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      // a line break inside the message would start a line that no problem matcher can read; a file name is
      // escaped (a\nb.txt), not joined with a space, which would name another file
      out.push(`${escaped(r.path)}:${f.range.start.line}:${f.range.start.column}: ${f.severity} ${flatText(f.message)} [${f.ruleId}]`);
    }
  }
  const s = summarize(results);
  if (out.length > 0) out.push('');
  out.push(`${plural(s.findings, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} info)`);
  return out.join('\n') + '\n';
};
