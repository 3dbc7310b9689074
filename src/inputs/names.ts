/**
 * The input format names, for command-line choices. A separate list so that the commands need not load
 * the parsers (tests/cli/inputs.test.ts checks it against the registry in index.ts).
 */
export const INPUT_FORMAT_NAMES = ['text', 'markdown', 'html', 'xliff', 'po', 'json', 'tsv', 'nitf', 'newsml', 'xml'] as const;
