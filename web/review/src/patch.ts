import { Document, isMap, isSeq } from 'yaml';
import type { PatchEntry } from './model.js';

const ALLOW_COMMENT = ' Allow-list: rejected suggestions; these texts are correct as written.';
const VARIANT_COMMENT = ' New variants: edits made in review; the flagged text is a wrong form of the edited one.';

/**
 * A glossary in the YAML format of docs/glossary-format.md holding the patch entries, one flow
 * mapping per entry, each group under a comment. The yaml package does the quoting, so any text
 * (colons, quotes, leading dashes) round-trips.
 */
export function glossaryPatch(entries: readonly PatchEntry[], source: string): string {
  const values = entries.map((e) => (e.kind === 'allow' ? { term: e.term, category: 'term' } : { term: e.term, variants: [e.variant] }));
  const doc = new Document(values);
  doc.commentBefore = ` translint glossary patch from the review page (${source}).\n Load it with -g, or copy its entries into your glossary.`;
  if (!isSeq(doc.contents)) return doc.toString();
  doc.contents.items.forEach((node, i) => {
    if (!isMap(node)) return;
    node.flow = true;
    const entry = entries[i];
    const previous = entries[i - 1];
    if (entry && entry.kind !== previous?.kind) node.commentBefore = entry.kind === 'allow' ? ALLOW_COMMENT : VARIANT_COMMENT;
  });
  return doc.toString({ lineWidth: 0 });
}
