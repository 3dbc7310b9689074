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
  anyLanguage: true,
  examples: [
    { text: 'Hallo {name}, willkommen!\tHello {nom}, welcome!', flagged: '{nom}', suggestion: '{name}' },
    { text: 'Klicken Sie <b>hier</b>.\tClick here.', flagged: 'Click here.' },
  ],
} satisfies Rule['meta'];

export function check(ctx: RuleContext): void {
  for (const { source, target } of unitViews(ctx.doc)) {
    if (!source || target.end === target.start) continue;
    // each source code takes the first target code with its key not yet taken; those left are missing.
    // Queues by key, not a search of the target's list per code: a unit may hold thousands of codes.
    const missing: Code[] = [];
    const taken = new Set<Code>();
    const byKey = queues(target.codes, (t) => t.key);
    for (const s of source.codes) {
      const t = byKey.get(s.key)?.shift();
      if (t) taken.add(t);
      else missing.push(s);
    }
    let extra = target.codes.filter((t) => !taken.has(t));
    const stillMissing: Code[] = [];
    const renamed = new Set<Code>();
    // a target code of the same kind (a tag: of the same name) that the source lacks is this one, renamed
    const byKind = queues(extra, kindKey);
    for (const s of missing) {
      const t = byKind.get(kindKey(s))?.shift();
      if (!t) {
        stillMissing.push(s);
        continue;
      }
      renamed.add(t);
      ctx.report({
        start: t.start,
        end: t.end,
        message: `"${t.text}" stands where the source has "${s.text}"`,
        confidence: s.kind === 'tag' ? 0.85 : 0.9,
        suggestions: [{ text: s.text, confidence: 0.9 }],
        autofix: s.kind !== 'tag',
      });
    }
    if (renamed.size > 0) extra = extra.filter((t) => !renamed.has(t));
    for (const t of extra) ctx.report({ start: t.start, end: t.end, message: `"${t.text}" is not in the source`, confidence: 0.85 });
    reportMissing(ctx, target, stillMissing);
    if (missing.length === 0 && extra.length === 0) checkOrder(ctx, source, target);
  }
}

/** A first-in-first-out queue of items (in list order) per key. */
class Queue<T> {
  private head = 0;
  readonly items: T[] = [];
  shift(): T | undefined {
    return this.items[this.head++];
  }
}

function queues<T>(list: readonly T[], keyOf: (item: T) => string): Map<string, Queue<T>> {
  const out = new Map<string, Queue<T>>();
  for (const item of list) {
    const key = keyOf(item);
    let q = out.get(key);
    if (!q) out.set(key, (q = new Queue<T>()));
    q.items.push(item);
  }
  return out;
}

/** What a renamed code keeps: its kind, and a tag its name. */
function kindKey(c: Code): string {
  return c.kind === 'tag' ? `tag ${tagName(c)}` : c.kind;
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
