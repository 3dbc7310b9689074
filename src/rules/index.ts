import acronymUnknown from './acronym/unknown.js';
import detachedHyphen from './artefact/detached-hyphen.js';
import foreignSentence from './artefact/foreign-sentence.js';
import numberFormat from './artefact/number-format.js';
import pageFurniture from './artefact/page-furniture.js';
import quotes from './artefact/quotes.js';
import repeatedWord from './artefact/repeated-word.js';
import sourceAbbreviation from './artefact/source-abbreviation.js';
import keyTerm from './bilingual/key-term.js';
import bilingualNumbers from './bilingual/numbers.js';
import placeholders from './bilingual/placeholders.js';
import pluralForms from './bilingual/plural-forms.js';
import untranslated from './bilingual/untranslated.js';
import calqueDe from './calque/de.js';
import calqueEs from './calque/es.js';
import calqueFr from './calque/fr.js';
import entity from './consistency/entity.js';
import institution from './context/institution.js';
import nearMiss from './glossary/near-miss.js';
import validity from './glossary/validity.js';
import variant from './glossary/variant.js';
import spellingNonWord from './spelling/non-word.js';
import styleHouse from './style/house.js';
import titleAbbreviation from './title/abbreviation.js';
import sourceGlossaryName from './source/glossary-name.js';
import sourceKatakanaName from './source/katakana-name.js';
import sourceMissing from './source/missing.js';
import sourceNames from './source/names.js';
import sourceNumbers from './source/numbers.js';
import sourceQuotes from './source/quotes.js';
import sourceUntranslated from './source/untranslated.js';
import type { Rule } from './types.js';

/**
 * Every built-in rule, in precedence order: when two findings cover the same text, the one from the
 * rule listed first is kept (a known glossary variant beats a guess from similarity; a mangled title
 * reported with its name beats the bare title variant).
 */
export const rules = [titleAbbreviation, variant, validity, institution, calqueDe, calqueFr, calqueEs, sourceGlossaryName, sourceKatakanaName, sourceNames, sourceNumbers, sourceUntranslated, foreignSentence, nearMiss, entity, keyTerm, untranslated, bilingualNumbers, placeholders, pluralForms, pageFurniture, repeatedWord, sourceAbbreviation, detachedHyphen, numberFormat, quotes, styleHouse, acronymUnknown, spellingNonWord, sourceMissing, sourceQuotes] as const satisfies readonly Rule[];

export type RuleId = (typeof rules)[number]['meta']['id'];
