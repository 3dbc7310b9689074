import type { MatchInput, NameMiss } from './match.js';

/** Confidence of a person's full name, and of an organisation's name, with a plural ending. */
const PERSON = 0.75;
const ORGANISATION = 0.6;

/**
 * Glossary names written with an ending glued on ("Willy Brandts", "ActivisionBlizzards"): a genitive
 * of the source language left on the name. The glossary matcher accepts a plural ending inside the
 * word ("Koreas", "the Kennedys"), so these reach the rules as occurrences of the term. A person's
 * full name has no plural, nor has a company's in news copy; a place's may ("the Americas") and is left
 * alone, as is a person's surname after "the" ("the Obamas"), and so is a plural written in lower case
 * ("most politicos" is no Politico). (A body named by an English word keeps the finding: "Googles new
 * phone" is a German genitive, and "previous Congresses" is rare in news.)
 */
export function inflectedNames(input: MatchInput): NameMiss[] {
  const out: NameMiss[] = [];
  for (const m of input.matches) {
    if (m.kind !== 'term' || m.suffix === '') continue;
    const { entry } = m;
    const term = entry.term.trim();
    const person = entry.category === 'person';
    // a company's one-word name ("ActivisionBlizzards"); "Military History Museums" may be plural
    if (!person && !(entry.category === 'organisation' && !/\s/.test(term))) continue;
    const written = input.text.slice(m.start, m.end);
    if (written === written.toLowerCase() && term !== term.toLowerCase()) continue;
    // a surname alone may be a family ("the Kennedys"), not after "the"
    if (person && !/\s/.test(term) && /\bthe\s+$/i.test(input.text.slice(Math.max(0, m.start - 5), m.start))) continue;
    out.push({ start: m.start, end: m.end, suggestion: entry.term, confidence: person ? PERSON : ORGANISATION, entry });
  }
  return out;
}
