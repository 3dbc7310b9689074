import rule from '../../../src/rules/spelling/non-word.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  valid: [
    'We would like to send you some of the most loathsome people.',
    // a word of a phrase English writes in another language, the phrase around it (corpora/lang/loan-phrases.txt)
    { name: 'a French phrase: femme fatale', text: 'She plays a rough-and-tumble femme fatale in the film.' },
    { name: 'a Latin phrase: in vitro', text: 'Tests in vitro showed the effect.' },
    { name: 'a Latin phrase: in extremis', text: 'He was clearly a man in extremis that night.' },
    { name: 'a hyphenated phrase: laissez-faire', text: 'The laissez-faire Paris of Dadaism was gone.' },
    { name: 'a Latin phrase: terra firma', text: 'They reached terra firma at last.' },
    // a word the document also writes as code is its term: in a code span, split at a change of case…
    { name: 'a term of a code span', format: 'markdown', text: 'Call `fs.lstatSync(path)` first.\n\nThe lstat call follows no links.' },
    { name: 'a term of a code span, the prose first', format: 'markdown', text: 'Every unist node has a type.\n\nRead `node.type` of a `unistNode`.' },
    // …in a fenced block
    { name: 'a term of a fenced block', format: 'markdown', text: 'Hash it with murmer.\n\n```js\nhash(value, "murmer")\n```\n' },
    // …in a link's destination, an autolink, a reference label or an address of an HTML tag
    { name: 'a term of a link destination', format: 'markdown', text: 'Pipe it to [treport](http://npm.im/treport) or your own.' },
    { name: 'a term of an autolink', format: 'markdown', text: 'Made with treport: <https://npm.im/treport>.' },
    { name: 'a term of a reference label', format: 'markdown', text: 'Each [unist][] node has a type.\n\n[unist]: https://example.com/syntax-tree\n' },
    { name: 'a term of an HTML address', format: 'markdown', text: '<a href="https://github.com/rugk">one</a>\n\nThanks to rugk for the fix.\n' },
    { name: 'a term of an HTML file\'s address', format: 'html', text: '<p>Thanks to rugk for the <a href="https://github.com/rugk/x">fix</a>.</p>' },
    // …or in an identifier of the prose (foo_bar, foo.bar, @scope/name), in any format
    { name: 'a term of an identifier', text: 'Set murmer_seed to 4. The murmer hash is fast.' },
    { name: 'a term of a scoped package name', text: 'Install @rehype/core first. Then rehype runs.' },
    // …or a call or a manual page, named as code in plain text, there and elsewhere in the text
    { name: 'a call named as code', text: 'Use a replacement for fread() and fwrite() if you like.' },
    { name: 'a manual page', text: 'You may need to run kinit(1) after logging in.' },
    { name: 'a word of a call elsewhere in the text', text: 'It wraps fread(3). Then fread returns the count.' },
    // …or a program named with its version
    { name: 'a program with its version', text: 'Changes since iojs 1.8.1 are listed below.' },
    { name: 'a program with its version after a v', text: 'It was slow on quicklz v1.5.0 and later.' },
    // the plural of a term
    { name: 'the plural of a term', format: 'markdown', text: 'Make one with `vfile()`.\n\nMany vfiles are made.' },
    // a software term (@cspell/dict-software-terms), in any document
    { name: 'a software term in a document with code', format: 'markdown', text: 'Run `npm test`.\n\nThe output is gzipped.' },
    { name: 'a software term in plain text', text: 'The output is gzipped.' },
    { name: 'the plural of a software term', text: 'Most other distros ship it.' },
    { name: 'a software term in a document with links only', format: 'markdown', text: 'See [the page](https://example.com/a).\n\nThe output is gzipped.' },
    // …and an entry of another case written in lower case ("POSIX", "UUID"), as cspell accepts it
    { name: 'a software acronym in lower case in a document with code', format: 'markdown', text: 'Run `npm test`.\n\nIt takes posix paths and a uuid.' },
    { name: 'a software acronym in lower case in plain text', text: 'It takes posix paths.' },
    // an HTML page's <code> and <pre> are code too: their words are terms, and the page is about software
    { name: 'a term of an HTML code element', format: 'html', text: '<p>Use <code>fputs()</code>: fputs writes the line.</p>' },
    { name: 'a software term in an HTML page with code', format: 'html', text: '<pre>make</pre><p>The output is gzipped.</p>' },
    // inline HTML code in Markdown, and an HTML block's code, likewise
    { name: 'a term of inline HTML code in Markdown', format: 'markdown', text: 'Use <code>fputs()</code>: fputs writes the line.\n' },
    { name: 'a term of an HTML block in Markdown', format: 'markdown', text: '<pre>\nfputs(line)\n</pre>\n\nThen fputs writes the line.\n' },
  ],
  invalid: [
    // a word of such a phrase alone is judged as any other
    { name: 'a word of a loan phrase, without the phrase', text: 'The fatale error was logged twice.', errors: [{ flagged: 'fatale', message: '"fatale" is not an English word; perhaps "fatal"', suggestion: 'fatal' }] },
    { text: 'We would like to send you some of the most loathous people.', errors: [{ flagged: 'loathous', message: '"loathous" is not an English word; perhaps "loathsome"', suggestion: 'loathsome' }] },
    { text: 'The government recieved the letter.', errors: [{ flagged: 'recieved', message: '"recieved" is not an English word; perhaps "received"', suggestion: 'received' }] },
    // a misspelling next to code is still one: the code writes other words
    { name: 'a misspelling in a document with code', format: 'markdown', text: 'Run `npm test`.\n\nIt is ambigous here.', errors: [{ flagged: 'ambigous', message: '"ambigous" is not an English word; perhaps "ambiguous"', suggestion: 'ambiguous' }] },
    // a code word holding the misspelling as part of a longer letter run is another word
    { name: 'a misspelling inside a longer code word', format: 'markdown', text: 'Call `verions()`.\n\nThe verion is old.', errors: [{ flagged: 'verion', occurrence: 2, message: '"verion" is not an English word; perhaps "version"', suggestion: 'version' }] },
    // a script is no code a manual shows: a page with one is judged as prose
    { name: 'a misspelling in a page with a script', format: 'html', text: '<script>var x = 1;</script><p>It is ambigous here.</p>', errors: [{ flagged: 'ambigous', message: '"ambigous" is not an English word; perhaps "ambiguous"', suggestion: 'ambiguous' }] },
    // front matter and a link's text are no terms
    { name: 'a misspelling also in front matter', format: 'markdown', text: '---\ntitle: ambigous\n---\n\nIt is ambigous here.', errors: [{ flagged: 'ambigous', occurrence: 2, message: '"ambigous" is not an English word; perhaps "ambiguous"', suggestion: 'ambiguous' }] },
    // a link to a place in the page is made from its heading's words: "#ambigous-cases" is no term
    { name: 'a misspelling in a heading a link points to', format: 'markdown', text: '# Ambigous cases\n\nThey are ambigous; see [above](#ambigous-cases).', errors: [{ flagged: 'ambigous', occurrence: 1, message: '"ambigous" is not an English word; perhaps "ambiguous"', suggestion: 'ambiguous' }] },
    { name: 'a misspelling in a link\'s text', format: 'markdown', text: 'It is [ambigous](https://example.com/a) here.', errors: [{ flagged: 'ambigous', message: '"ambigous" is not an English word; perhaps "ambiguous"', suggestion: 'ambiguous' }] },
    // a misspelt software term is no term: "gziped" is one letter off "gzipped", and plain text is judged too
    { name: 'a misspelt software term in plain text', text: 'The output is gziped.', errors: [{ flagged: 'gziped', message: '"gziped" is not an English word; perhaps "griped"', suggestion: 'griped' }] },
    // a word before a bracketed plural or aside is prose: "(s)", "(see below)" make no call
    { name: 'a misspelling before a bracketed plural', text: 'The goverment(s) agreed.', errors: [{ flagged: 'goverment', message: '"goverment" is not an English word; perhaps "government"', suggestion: 'government' }] },
    { name: 'a misspelling before a bracketed aside', text: 'The goverment(see below) agreed.', errors: [{ flagged: 'goverment', message: '"goverment" is not an English word; perhaps "government"', suggestion: 'government' }] },
    // a decimal or a date after a word is no version
    { name: 'a misspelling before a decimal', text: 'The goverment 1.5 percent rise.', errors: [{ flagged: 'goverment', message: '"goverment" is not an English word; perhaps "government"', suggestion: 'government' }] },
    { name: 'a misspelling before a date', text: 'The goverment 7.12.2026 plan.', errors: [{ flagged: 'goverment', message: '"goverment" is not an English word; perhaps "government"', suggestion: 'government' }] },
  ],
} satisfies RuleTable;
