import { createColors } from 'picocolors';
import { DELETE_LABEL } from '../fix/phrases.js';
import { oneLine } from '../io/errors.js';
import { flatText } from './shared/text.js';
import { plural, summarize } from './summary.js';
import type { Reporter } from './types.js';

/** Human-readable findings grouped by file, in the style of ESLint's default formatter. */
export const stylish: Reporter = (results, { color }) => {
  const c = createColors(color);
  const out: string[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    // a file name with a line break or an escape sequence in it would break the layout or the terminal
    out.push(c.underline(oneLine(r.path)));
    const rows = r.findings.map((f) => {
      const where = `${f.range.start.line}:${f.range.start.column}`;
      const sev = f.severity === 'error' ? c.red('error') : f.severity === 'warning' ? c.yellow('warning') : c.blue('info');
      const best = f.suggestions[0];
      const arrow = best ? ` ${c.dim('→')} ${best.text === '' ? c.dim(DELETE_LABEL) : c.green(flatText(best.text))}` : '';
      return { where, sev, sevLen: f.severity.length, text: `${flatText(f.message)}${arrow} ${c.dim(`(${f.confidence.toFixed(2)})`)}`, rule: c.dim(f.ruleId) };
    });
    const w = rows.reduce((m, x) => Math.max(m, x.where.length), 0);
    for (const x of rows) out.push(`  ${x.where.padEnd(w)}  ${x.sev}${' '.repeat(8 - x.sevLen)}${x.text}  ${x.rule}`);
    out.push('');
  }
  const s = summarize(results);
  if (s.findings === 0) return out.join('\n');
  const line = `✖ ${plural(s.findings, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} info)`;
  out.push((s.errors > 0 ? c.red : c.yellow)(c.bold(line)));
  if (s.fixable > 0) out.push(c.dim(`  ${s.fixable} fixable with --fix`));
  return out.join('\n') + '\n';
};
