import { fileURLToPath } from 'node:url';

/** The bundled news glossary, used unless `defaultGlossary: false` (`--no-default-glossary`). */
export const DEFAULT_GLOSSARY = fileURLToPath(new URL('../../corpora/glossaries/news.yaml', import.meta.url));
