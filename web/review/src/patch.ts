import { Document, isMap, isSeq } from 'yaml';
import type { PatchEntry } from './model.js';

const ALLOW_COMMENT = ' Allow-list: rejected suggestions; these texts are correct as written and never flagged.';
const VARIANT_COMMENT =
  ' New variants: edits made in review; the flagged text is a wrong form of the edited one. They only\n' +
  ' suggest (fix: suggest), under the context condition of the entry that flagged the text, if any.';

/**
 * A glossary in the YAML format of docs/glossary-format.md holding the patch: rejected texts in its
 * `allow` list, edits as entries with a new variant (one flow mapping each), each part under a comment.
 * The yaml package does the quoting, so any text (colons, quotes, leading dashes) round-trips.
 */
export function glossaryPatch(entries: readonly PatchEntry[], source: string): string {
  const allow = entries.flatMap((e) => (e.kind === 'allow' ? [e.term] : []));
  const variants = entries.flatMap((e) => (e.kind === 'variant' ? [{ term: e.term, variants: [e.variant], fix: 'suggest', ...(e.context ? { context: e.context } : {}) }] : []));
  const doc = new Document({ allow, entries: variants });
  doc.commentBefore = ` translint glossary patch from the review page (${source}).\n Load it with -g, or copy its parts into your glossary.`;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? '');
      const value = pair.value;
      if (key === 'allow' && isSeq(value)) {
        (pair.key as { commentBefore?: string }).commentBefore = ALLOW_COMMENT;
        value.flow = true;
      }
      if (key === 'entries' && isSeq(value)) {
        (pair.key as { commentBefore?: string }).commentBefore = VARIANT_COMMENT;
        for (const node of value.items) if (isMap(node)) node.flow = true;
      }
    }
  }
  return doc.toString({ lineWidth: 0 });
}
