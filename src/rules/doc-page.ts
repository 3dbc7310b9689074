import type { Rule } from './types.js';

/** A Markdown table cell: one line, pipes escaped, code spans for exact text (whitespace made visible). */
function cell(text: string): string {
  const shown = text.replace(/\n/g, '⏎').replace(/\t/g, '⇥');
  const ticks = shown.includes('`') ? '``' : '`';
  return shown === '' ? '(delete)' : `${ticks}${shown.includes('`') ? ` ${shown} ` : shown}${ticks}`.replace(/\|/g, '\\|');
}

/**
 * The documentation page of a rule (docs/rules/<id>.md), made from its meta only, so it cannot drift
 * from the code: `npm run docs:rules` writes the pages and a test fails when one is out of date.
 */
export function rulePage(rule: Rule): string {
  const { id, severity, description, confidence, examples } = rule.meta;
  const depth = id.split('/').length + 1;
  const up = '../'.repeat(depth);
  return [
    `# ${id}`,
    '',
    `<!-- Made from the rule's meta in src/rules/${id}.ts by \`npm run docs:rules\`; edit the meta, not this page. -->`,
    '',
    `Default severity: **${severity}** · Target language: ${rule.meta.anyLanguage ? '**any** (also runs on a file that declares a target language other than English)' : '**English** (not run on a file that declares another target language)'} · Source: [src/rules/${id}.ts](${up}src/rules/${id}.ts)`,
    '',
    '## What it flags',
    '',
    description,
    '',
    '## Confidence',
    '',
    confidence,
    '',
    '## Examples',
    '',
    ...exampleTable(examples),
    '',
    '## Configuring it',
    '',
    'Change its severity or turn it off in `.translintrc.yaml`; `--rules` on the command line runs only the rules named (a rule named by its id even where the file turns it off):',
    '',
    '```yaml',
    'rules:',
    `  ${id}: "off"   # or error, warning, info`,
    '```',
    '',
    `or for a stretch of a file: \`<!-- translint-disable-next-line ${id} -->\` (see Input formats in the README).`,
    '',
  ].join('\n');
}

/** The examples as a table; with an "Original" column when the rule compares a translation with its source. */
function exampleTable(examples: Rule['meta']['examples']): string[] {
  const withSource = examples.some((e) => e.source !== undefined);
  const head = withSource ? ['| Original | Text | Flagged | Suggestion |', '|---|---|---|---|'] : ['| Text | Flagged | Suggestion |', '|---|---|---|'];
  return [
    ...head,
    ...examples.map((e) => {
      const original = withSource ? `${e.source === undefined ? 'none' : cell(e.source)} | ` : '';
      return `| ${original}${cell(e.text)} | ${cell(e.flagged)} | ${e.suggestion === undefined ? 'none' : cell(e.suggestion)} |`;
    }),
  ];
}

/** The index of the rule pages (docs/rules/README.md), in precedence order. */
export function rulesIndex(rules: readonly Rule[]): string {
  return [
    '# Rules',
    '',
    "<!-- Made from the rules' metas by `npm run docs:rules`. -->",
    '',
    'In precedence order: when two findings cover the same text, the one from the rule listed first is kept.',
    '',
    '| Rule | Default severity | What it flags |',
    '|---|---|---|',
    ...rules.map((r) => `| [${r.meta.id}](${r.meta.id}.md) | ${r.meta.severity} | ${firstSentence(r.meta.description).replace(/\|/g, '\\|')} |`),
    '',
  ].join('\n');
}

function firstSentence(text: string): string {
  const m = /^(.+?[.:])(?:\s+[A-Z(]|$)/s.exec(text);
  return (m?.[1] ?? text).replace(/\s+/g, ' ').replace(/:$/, '.');
}
