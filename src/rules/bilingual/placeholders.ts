import type { Rule, RuleContext } from '../types.js';
import { unitViews, type Code, type Side } from './unit-text.js';

export const meta = {
  id: 'bilingual/placeholders',
  severity: 'error',
  description:
    'A placeholder or inline tag of the source that the target lacks, changed or added: `{name}`, `{{name}}`, `{0}`, ' +
    '`${name}`, `%s`, `%1$d`, `%(name)s`, HTML tags (`<b>`…`</b>`, raw or escaped as `&lt;b&gt;`) and XLIFF inline codes ' +
    '(`<x/>`, `<g>`, `<ph>`, `<pc>` …, compared by name and attributes); unnumbered printf conversions must also keep ' +
    'their order. Bilingual files only.',
  confidence:
    '0.9 for a missing placeholder or a renamed one (a `{name}` or `%s` that the source lacks where the source has ' +
    'one of the same kind the target lacks: reported on the target\'s, with the source\'s as a safe fix); 0.85 for a ' +
    'missing or changed tag and for an extra code; 0.85 for unnumbered printf conversions in another order (`%s … %d` ' +
    'against `%d … %s`). A percent sign followed by a letter in prose ("100%d") can look like a conversion.',
  examples: [
    { text: 'Hallo {name}, willkommen!\tHello {nom}, welcome!', flagged: '{nom}', suggestion: '{name}' },
    { text: 'Klicken Sie <b>hier</b>.\tClick here.', flagged: 'Click here.' },
  ],
} satisfies Rule['meta'];

export function check(ctx: RuleContext): void {
  for (const { source, target } of unitViews(ctx.doc)) {
    if (!source || target.end === target.start) continue;
    const missing: Code[] = [];
    const extra = [...target.codes];
    for (const s of source.codes) {
      const k = extra.findIndex((t) => t.key === s.key);
      if (k >= 0) extra.splice(k, 1);
      else missing.push(s);
    }
    const stillMissing: Code[] = [];
    for (const s of missing) {
      // a target code of the same kind that the source lacks is this one, renamed
      const k = extra.findIndex((t) => t.kind === s.kind && (s.kind !== 'tag' || tagName(t) === tagName(s)));
      if (k < 0) {
        stillMissing.push(s);
        continue;
      }
      const [t] = extra.splice(k, 1) as [Code];
      ctx.report({
        start: t.start,
        end: t.end,
        message: `"${t.text}" stands where the source has "${s.text}"`,
        confidence: s.kind === 'tag' ? 0.85 : 0.9,
        suggestions: [{ text: s.text, confidence: 0.9 }],
        autofix: s.kind !== 'tag',
      });
    }
    for (const t of extra) ctx.report({ start: t.start, end: t.end, message: `"${t.text}" is not in the source`, confidence: 0.85 });
    reportMissing(ctx, target, stillMissing);
    if (missing.length === 0 && extra.length === 0) checkOrder(ctx, source, target);
  }
}

function tagName(c: Code): string {
  return /^<\/?([^\s/>]+)/.exec(c.key)?.[1] ?? '';
}

function reportMissing(ctx: RuleContext, target: Side, missing: Code[]): void {
  if (missing.length === 0) return;
  const list = [...new Set(missing.map((c) => `"${c.text}"`))];
  const what = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  ctx.report({
    start: target.start,
    end: target.end,
    message: `the target lacks ${what} from the source`,
    confidence: missing.some((c) => c.kind !== 'tag') ? 0.9 : 0.85,
  });
}

/** `%s … %d` read as `%d … %s` passes the wrong arguments: unnumbered conversions keep their order. */
function checkOrder(ctx: RuleContext, source: Side, target: Side): void {
  const src = source.codes.filter((c) => c.positional);
  const tgt = target.codes.filter((c) => c.positional);
  const k = tgt.findIndex((c, i) => c.key !== src[i]?.key);
  const t = tgt[k];
  if (!t) return;
  ctx.report({
    start: t.start,
    end: t.end,
    message: `"${t.text}" is conversion ${k + 1} in the target but "${src[k]?.text ?? ''}" in the source: number them (%1$s) or keep the order`,
    confidence: 0.85,
  });
}

export default { meta, check } satisfies Rule;
