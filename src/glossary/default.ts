import { fileURLToPath } from 'node:url';

/** The bundled news glossary, used unless `defaultGlossary: false` (`--no-default-glossary`). */
export const DEFAULT_GLOSSARY = fileURLToPath(new URL('../../corpora/glossaries/news.yaml', import.meta.url));

/** How findings name the bundled glossary, the same on every machine. */
export const DEFAULT_GLOSSARY_NAME = 'translint/corpora/glossaries/news.yaml';
