import type { SourceLang } from '../rules/types.js';
import { isOriginalLang, SOURCE_LANGS } from '../source/lang-data.js';

/**
 * What a front end's `sourceLang` means, in one place for the CLI, the stream, the watcher and the
 * service: any language an original may be in (src/source/lang-data.ts: de, fr, es, ru, uk, zh, ja, he)
 * is accepted, with a source or without; the calque rules take the three they know (calqueLang), and
 * with a source the source checks read the original in it. Without a source a language of an original
 * only (ru, zh…) changes nothing, as with `--source-lang ru` and no `--source`.
 */
export function sourceLangError(lang: string): string | undefined {
  return isOriginalLang(lang) ? undefined : `unknown sourceLang "${lang}" (known: ${SOURCE_LANGS.join(', ')})`;
}

/** The language for the calque rules (de, fr, es), or undefined for any other. */
export function calqueLang(lang: string | undefined): SourceLang | undefined {
  return lang === 'de' || lang === 'fr' || lang === 'es' ? lang : undefined;
}
