/**
 * The third-party conformance corpora of ../shared/data/conformance (see its README) as a list of
 * inputs: one per file, except html5lib's tree-construction files, the CommonMark spec and the
 * markdown-it fixtures, whose test cases (the `#data` sections, the examples) are inputs of their own.
 * Each input carries the corpus's own label where it has one: OASIS's `valid/` and `invalid/` folders,
 * NewsML-G2's `should_pass/` and `should_fail/`; every other file is `any` (read it, or refuse it
 * with a clear error).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_DATA = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/data/conformance');

export type Label = 'valid' | 'invalid' | 'any';

export interface Input {
  corpus: string;
  /** The file's path under the corpus folder, with `#n` for a test case inside a file. */
  name: string;
  /** The file on disk (read as bytes by the worker) when the input is a whole file. */
  file?: string;
  /** The test case's text when the input is part of a file. */
  text?: string;
  /** The format to read it as; undefined: chosen as the CLI chooses (extension, XML root). */
  format?: 'html' | 'markdown';
  label: Label;
  /** Why the label differs from the corpus's folder (see mislabelled.tsv). */
  note?: string;
}

/**
 * Files a corpus files under valid/ that are not well-formed (checked by hand, one per line:
 * corpus/path, a tab, the reason): they are held to the invalid files' standard, refused with a
 * one-line error.
 */
function mislabelled(): Map<string, string> {
  const path = fileURLToPath(new URL('./mislabelled.tsv', import.meta.url));
  const out = new Map<string, string>();
  if (!existsSync(path)) return out;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#') || !line.includes('\t')) continue;
    const [where, reason] = line.split('\t') as [string, string];
    out.set(where, reason);
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

const FILE_TYPES = /\.(?:xlf|xliff|sdlxliff|po|pot|html?|md|xml|nitf|txt)$/i;

function labelOf(path: string): Label {
  if (/(?:^|\/)(?:invalid|should_fail)\//.test(path)) return 'invalid';
  if (/(?:^|\/)(?:valid|should_pass|in-out)\//.test(path)) return 'valid';
  return 'any';
}

/** html5lib tree-construction: each `#data` section up to the next `#` header line. */
function html5libCases(text: string): string[] {
  const cases: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '#data') continue;
    const body: string[] = [];
    for (i++; i < lines.length && !/^#(?:errors|new-errors|document-fragment|script-off|script-on|document)\b/.test(lines[i] as string); i++) body.push(lines[i] as string);
    cases.push(body.join('\n'));
  }
  return cases;
}

/** The CommonMark spec's examples: the Markdown before the lone "." of each example block, → as a tab. */
function commonmarkCases(text: string): string[] {
  const cases: string[] = [];
  const re = /^`{32} example[^\n]*\n([\s\S]*?)^\.\n[\s\S]*?^`{32}$/gm;
  for (const m of text.matchAll(re)) cases.push((m[1] as string).replace(/→/g, '\t'));
  return cases;
}

/** markdown-it fixtures: a title, then "." / Markdown / "." / HTML / "." blocks. */
function markdownItCases(text: string): string[] {
  const cases: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '.') continue;
    const md: string[] = [];
    for (i++; i < lines.length && lines[i] !== '.'; i++) md.push(lines[i] as string);
    for (i++; i < lines.length && lines[i] !== '.'; i++);
    cases.push(md.join('\n'));
  }
  return cases;
}

/** Every input of every corpus (or of the named ones) under `root`, in a stable order. */
export function listInputs(root = DEFAULT_DATA, only?: readonly string[]): Input[] {
  if (!existsSync(root)) return [];
  const inputs: Input[] = [];
  const broken = mislabelled();
  for (const corpus of readdirSync(root).sort()) {
    const dir = join(root, corpus);
    if (!statSync(dir).isDirectory() || (only && only.length > 0 && !only.includes(corpus))) continue;
    for (const file of walk(dir)) {
      const name = relative(dir, file);
      if (corpus === 'html5lib' && file.endsWith('.dat')) {
        html5libCases(readFileSync(file, 'utf8')).forEach((text, n) => inputs.push({ corpus, name: `${name}#${n + 1}`, text, format: 'html', label: 'valid' }));
      } else if (corpus === 'commonmark' && file.endsWith('.txt')) {
        commonmarkCases(readFileSync(file, 'utf8')).forEach((text, n) => inputs.push({ corpus, name: `${name}#${n + 1}`, text, format: 'markdown', label: 'valid' }));
      } else if (corpus === 'markdown-it' && file.endsWith('.txt')) {
        markdownItCases(readFileSync(file, 'utf8')).forEach((text, n) => inputs.push({ corpus, name: `${name}#${n + 1}`, text, format: 'markdown', label: 'valid' }));
      } else if (FILE_TYPES.test(file)) {
        const note = broken.get(`${corpus}/${name}`);
        inputs.push({ corpus, name, file, label: note !== undefined ? 'invalid' : labelOf(name), ...(note !== undefined ? { note } : {}) });
      }
    }
  }
  return inputs;
}
