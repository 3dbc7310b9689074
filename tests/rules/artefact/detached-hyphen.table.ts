import rule from '../../../src/rules/artefact/detached-hyphen.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  valid: [
    'pre- and post-war Europe',
    'a well-known lawyer',
    'The score was 3 - 1.',
    // a video's shot list: a hyphen marks each item, a code in capitals
    'SHOTLIST: harbour at dawn -WS of the fishing boats -MS of the crew unloading crates -CU of hands on a rope -VAR of the market',
    'the mayor at the podium -SOUNDBITE (English) -DRONE over the bay -GRAPHIC of the route',
    // a command's options: what follows the letters continues an identifier
    'Build it with mvn -f build.xml -PMAC_ARM -Pdebug_x64 on the server.',
    'Start the tool with -Duser.lang=en and -log=run.txt set.',
    // a command line in prose: a tool's name, a file name, an option's argument or a path before or after the option
    'Check the runtime by typing java -version in a terminal.',
    'List hidden files with ls -la first, then publish with npm -global.',
    'Sign it with keytool -genkey and run java -jar tool.jar afterwards.',
    'Clean up: find . -name notes.txt -type f -exec rm -f {} \\;',
    'Run the converter with conv -verbose --dry-run on the folder.',
    'Pass the files to conv -input $HOME/docs and wait.',
    'Start the packer with tikal -docx -seg -tl fr for each file.',
    'Tune memory with java -Xmx512m when it is slow.',
  ],
  invalid: [
    { text: 'Trump officials have sought safe third -party agreements.', errors: [{ flagged: 'third -party', message: 'Detached hyphen in "third -party": write "third-party"', suggestion: 'third-party' }], output: 'Trump officials have sought safe third-party agreements.' },
    { text: 'the details of the 28 -point plan', errors: [{ flagged: '28 -point', message: 'Detached hyphen in "28 -point": write "28-point"', suggestion: '28-point' }], output: 'the details of the 28-point plan' },
    { text: 'The EU -US deal was signed.', errors: [{ flagged: 'EU -US', message: 'Detached hyphen in "EU -US": write "EU-US"', suggestion: 'EU-US' }], output: null },
    { text: 'the anti -NATO protest', errors: [{ flagged: 'anti -NATO', message: 'Detached hyphen in "anti -NATO": write "anti-NATO"', suggestion: 'anti-NATO' }], output: 'the anti-NATO protest' },
    { text: 'Sign a long -term/short-term deal with non -EU27 firms.', errors: [{ flagged: 'long -term', message: 'Detached hyphen in "long -term": write "long-term"', suggestion: 'long-term' }, { flagged: 'non -EU', message: 'Detached hyphen in "non -EU": write "non-EU"', suggestion: 'non-EU' }], output: 'Sign a long-term/short-term deal with non-EU27 firms.' },
    { text: 'They want safe third -party. Then long -term: plans.', errors: [{ flagged: 'third -party', message: 'Detached hyphen in "third -party": write "third-party"', suggestion: 'third-party' }, { flagged: 'long -term', message: 'Detached hyphen in "long -term": write "long-term"', suggestion: 'long-term' }], output: 'They want safe third-party. Then long-term: plans.' },
    { text: 'It looks like a wasp -you can see the stripes, and the check -in opens.', errors: [{ flagged: 'wasp -you', message: 'A dash typed as a hyphen without its space in "wasp -you": write "wasp – you"', suggestion: 'wasp – you' }, { flagged: 'check -in', message: 'Detached hyphen in "check -in": write "check-in"', suggestion: 'check-in' }], output: 'It looks like a wasp -you can see the stripes, and the check-in opens.' },
    { text: 'Her up -to -date list named a co -co -operation deal.', errors: [{ flagged: 'up -to -date', message: 'Detached hyphen in "up -to -date": write "up-to-date"', suggestion: 'up-to-date' }, { flagged: 'co -co -operation', message: 'Detached hyphen in "co -co -operation": write "co-operation"', suggestion: 'co-operation' }], output: 'Her up-to-date list named a co-operation deal.' },
    { text: 'A head -on crash, then a one -off fee for the tool -based fix.', errors: [{ flagged: 'head -on', message: 'Detached hyphen in "head -on": write "head-on"', suggestion: 'head-on' }, { flagged: 'one -off', message: 'Detached hyphen in "one -off": write "one-off"', suggestion: 'one-off' }, { flagged: 'tool -based', message: 'Detached hyphen in "tool -based": write "tool-based"', suggestion: 'tool-based' }], output: 'A head-on crash, then a one-off fee for the tool-based fix.' },
    { text: 'a well- known lawyer', errors: [{ flagged: 'well- known', message: 'Detached hyphen in "well- known": write "well-known"', suggestion: 'well-known' }], output: 'a well-known lawyer' },
  ],
} satisfies RuleTable;
