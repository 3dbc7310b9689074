import rule from '../../../src/rules/artefact/repeated-word.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  valid: [
    // a keyword in capitals, then the word it names in prose; a copy that is part of an identifier
    'Run CREATE TABLE table1 before the test.',
    'It stores LONG VARCHAR FOR BIT DATA data in one column.',
    'The columns of the MY_LOCK_TABLE table are listed.',
    'He said that that was wrong.',
    'They had had enough.',
    // a copy that is a path's last or first part
    'Add the line: git stream tcp nowait nobody /usr/bin/git git daemon --inetd',
    'It says:\n    $> file mount/mount\n    mount/mount: Bourne-Again shell script',
    'Run make in mount mount/.libs first.',
    // a path of two parts in letters alone: only two function words are words a slash joins
    'Use mount mount/libs here.',
    'Run it in build build/Release first.',
    'The files are in src src/lib/ and docs.',
    'Copy it to build build\\out\\x64 now.',
    'Open docs docs/api/index.md for the list.',
    'The new parser is much much faster than the old one.',
    'It was really really cold.',
    // a word English does not have, doubled: a reduplicated loanword
    'The perfume mixes ylang ylang with cedar.',
    'They danced the cha cha until midnight.',
    'He ordered the mahi mahi.',
    // deliberate repetition: the copies after the first are alike; a band's name inside a sentence
    'The signal went beep beep beep.',
    'Down down down went the lift.',
    'She played a song by The The all night.',
    // the second copy begins an abbreviation or a longer name
    'She gave to the Women\'s S S.P.C.A. once.',
    'The talks with Boutros Boutros-Ghali went on.',
    // in a marked-up file, something a reader sees between the copies: an autolink, a line break, a comment,
    // an image, the tags of an element that is no inline text (a formula's)
    { text: 'Read the brief and <https://example.org/brief> and the notes.\n', format: 'markdown' },
    { text: 'Mail the desk or <desk@example.org> or call.\n', format: 'markdown' },
    { text: '<p>Read the brief and <br> and the notes.</p>', format: 'html' },
    { text: '<p>Read the brief and<br/>and the notes.</p>', format: 'html' },
    { text: '<p>Read the brief and <!-- check --> and the notes.</p>', format: 'html' },
    { text: 'The logo <img src="logo.png"> logo was new.\n', format: 'markdown' },
    { text: 'Let <mi>d</mi> <mi>d</mi> stand for the distance.\n', format: 'markdown' },
    { text: '<p>Llopis</b><br>\nllopis wrote the note.</p>', format: 'html' },
  ],
  invalid: [
    // copies differing only in case: one finding for the whole run, its range exactly the run, fixed to the first copy
    { text: 'It is is.', errors: [{ flagged: 'is is', message: '"is" is repeated: remove one copy', suggestion: 'is' }], output: 'It is.' },
    { text: 'The the The the cat sat.', errors: [{ flagged: 'The the The the', message: '"The" is repeated: remove one copy', suggestion: 'The' }], output: 'The cat sat.' },
    { text: 'The the The the', errors: [{ flagged: 'The the The the', message: '"The" is repeated: remove one copy', suggestion: 'The' }], output: 'The' },
    { text: 'It was the The end.', errors: [{ flagged: 'the The', message: '"the" is repeated: remove one copy', suggestion: 'the' }], output: 'It was the end.' },
    { text: 'We saw the the THE film.', errors: [{ flagged: 'the the THE', message: '"the" is repeated: remove one copy', suggestion: 'the' }], output: 'We saw the film.' },
    { text: 'Prices rose rose Rose sharply.', errors: [{ flagged: 'rose rose Rose', message: '"rose" is repeated: remove one copy', suggestion: 'rose' }], output: 'Prices rose sharply.' },
    // the article is never tripled on purpose; each run is its own finding
    { text: 'He read the the the report. Then The the\nThe minutes.', errors: [{ flagged: 'the the the', message: '"the" is repeated: remove one copy', suggestion: 'the' }, { flagged: 'The the\nThe', message: '"The" is repeated: remove one copy', suggestion: 'The' }], output: 'He read the report. Then The minutes.' },
    // a run across a paragraph break is two runs; the second starts a sentence
    { text: 'in the the\n\nThe The report', errors: [{ flagged: 'the the', message: '"the" is repeated: remove one copy', suggestion: 'the' }, { flagged: 'The The', message: '"The" is repeated: remove one copy', suggestion: 'The' }], output: 'in the\n\nThe report' },
    { text: 'Then the the TABLE table is read, and data data too.', errors: [{ flagged: 'the the', message: '"the" is repeated: remove one copy', suggestion: 'the' }, { flagged: 'data data', message: '"data" is repeated: remove one copy', suggestion: 'data' }], output: 'Then the TABLE table is read, and data too.' },
    { text: 'Nobody got everything, but the the result is fair.', errors: [{ flagged: 'the the', message: '"the" is repeated: remove one copy', suggestion: 'the' }], output: 'Nobody got everything, but the result is fair.' },
    { text: 'The scent of the the ylang ylang tree.', errors: [{ flagged: 'the the', message: '"the" is repeated: remove one copy', suggestion: 'the' }], output: 'The scent of the ylang ylang tree.' },
    { text: 'Sage, or Salvia officinalis officinalis, grows here.', errors: [{ flagged: 'officinalis officinalis', message: '"officinalis" is repeated: remove one copy', suggestion: 'officinalis' }], output: 'Sage, or Salvia officinalis, grows here.' },
    { text: 'The grey grey car stopped.', errors: [{ flagged: 'grey grey', message: '"grey" is repeated: remove one copy', suggestion: 'grey' }], output: 'The grey car stopped.' },
    { text: 'The tv tv was on.', errors: [{ flagged: 'tv tv', message: '"tv" is repeated: remove one copy', suggestion: 'tv' }], output: 'The tv was on.' },
    { text: 'Prices rose rose sharply.', errors: [{ flagged: 'rose rose', message: '"rose" is repeated: remove one copy', suggestion: 'rose' }], output: 'Prices rose sharply.' },
    { text: 'French winegrowers are are particularly worried.', errors: [{ flagged: 'are are', message: '"are" is repeated: remove one copy', suggestion: 'are' }], output: 'French winegrowers are particularly worried.' },
    // a slash after the second copy joins two words, not the parts of a path: the double is a slip
    { text: 'Please go to to/from the station.', errors: [{ flagged: 'to to', message: '"to" is repeated: remove one copy', suggestion: 'to' }], output: 'Please go to/from the station.' },
    { text: 'Send it to to/from.', errors: [{ flagged: 'to to', message: '"to" is repeated: remove one copy', suggestion: 'to' }], output: 'Send it to/from.' },
    { text: 'Tick yes and and/or no.', errors: [{ flagged: 'and and', message: '"and" is repeated: remove one copy', suggestion: 'and' }], output: 'Tick yes and/or no.' },
    // the tags of inline text and emphasis marks a reader does not see: the double stands, but no fix
    // rewrites the markup inside it
    { text: '<p>Read the <b>the</b> brief.</p>', format: 'html', errors: [{ flagged: 'the <b>the', message: '"the" is repeated: remove one copy', suggestion: 'the' }] },
    { text: 'Read the **the** brief.\n', format: 'markdown', errors: [{ flagged: 'the **the', message: '"the" is repeated: remove one copy', suggestion: 'the' }] },
    {
      name: 'an XLIFF 2 paired code around the second copy',
      text: '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en"><file id="f"><unit id="1"><segment><source>Lies den <pc id="1">Bericht</pc>.</source><target>Read the <pc id="1">the</pc> brief.</target></segment></unit></file></xliff>\n',
      format: 'xliff',
      errors: [{ flagged: 'the <pc id="1">the', message: '"the" is repeated: remove one copy', suggestion: 'the' }],
    },
  ],
} satisfies RuleTable;
