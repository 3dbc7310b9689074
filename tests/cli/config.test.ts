import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasBomb } from '../helpers/alias-bomb.ts';
import { translint } from '../helpers/cli.ts';

interface Out {
  files: { path: string; findings: { ruleId: string; text: string; severity: string }[] }[];
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-config-'));
  mkdirSync(join(dir, 'desk/drafts'), { recursive: true });
  mkdirSync(join(dir, 'glossary'));
  writeFileSync(join(dir, 'glossary/names.json'), JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]));
  const story = 'Keir Starrer spoke.\nThe the minister left.\n';
  writeFileSync(join(dir, 'desk/story.txt'), story);
  writeFileSync(join(dir, 'desk/drafts/draft.txt'), story);
  writeFileSync(join(dir, 'desk/brief.md'), story);
  return dir;
}

function findings(r: { stdout: string }): string[] {
  return (JSON.parse(r.stdout) as Out).files.flatMap((f) => f.findings.map((x) => `${f.path} ${x.ruleId} ${x.severity} ${x.text}`));
}

describe('configuration files (subprocess)', () => {
  it('finds the nearest config upward and applies glossaries, severities, ignore and overrides', () => {
    const dir = project();
    writeFileSync(
      join(dir, '.translintrc.yaml'),
      [
        'defaultGlossary: false',
        'glossaries: [glossary/names.json]',
        'rules:',
        '  artefact/repeated-word: error',
        'ignore: [drafts/]',
        'overrides:',
        '  - files: ["*.md"]',
        '    rules: {artefact/: "off"}',
      ].join('\n'),
    );
    const r = translint(['check', '--format', 'json', 'desk'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(findings(r)).toEqual([
      'desk/brief.md glossary/variant error Keir Starrer',
      'desk/story.txt glossary/variant error Keir Starrer',
      'desk/story.txt artefact/repeated-word error The the',
    ]);
  });

  it('runs the rules --rules names though the config turns them off, at the config\'s other severity or their own', () => {
    const dir = project();
    const run = (rules: string, ...flags: string[]) => {
      writeFileSync(join(dir, '.translintrc.yaml'), `defaultGlossary: false\nglossaries: [glossary/names.json]\nrules:\n${rules}`);
      return translint(['check', '--format', 'json', ...flags, 'desk/story.txt'], { cwd: dir });
    };
    const cases: [string, string[], string[]][] = [
      ['  glossary/variant: "off"\n', ['--rules', 'glossary/variant'], ['desk/story.txt glossary/variant error Keir Starrer']],
      ['  glossary/: "off"\n', ['--rules', 'glossary/variant'], ['desk/story.txt glossary/variant error Keir Starrer']],
      ['  glossary/: "off"\n', ['--rules', 'glossary/'], ['desk/story.txt glossary/variant error Keir Starrer']],
      ['  glossary/: info\n  glossary/variant: "off"\n', ['--rules', 'glossary/variant'], ['desk/story.txt glossary/variant info Keir Starrer']],
      ['  glossary/variant: warning\n', ['--rules', 'glossary/variant'], ['desk/story.txt glossary/variant warning Keir Starrer']],
      // the config turns the rule off by its id; the flag names only its group
      ['  artefact/repeated-word: "off"\n', ['--rules', 'glossary/,artefact/'], ['desk/story.txt glossary/variant error Keir Starrer']],
      // without --rules, off is off
      ['  glossary/variant: "off"\n', [], ['desk/story.txt artefact/repeated-word warning The the']],
    ];
    for (const [rules, flags, expected] of cases) {
      const r = run(rules, ...flags);
      expect([r.status, r.stderr], `${rules} ${flags.join(' ')}`).toEqual([expected.some((f) => f.includes(' error ')) ? 1 : 0, '']);
      expect(findings(r), `${rules} ${flags.join(' ')}`).toEqual(expected);
    }
    const unknown = run('  glossary/variant: "off"\n', '--rules', 'glossary/variant,glossary/varaint');
    expect([unknown.status, unknown.stdout]).toEqual([2, '']);
    expect(unknown.stderr).toMatch(/^translint: no rule matches glossary\/varaint \(rules: title\/abbreviation, glossary\/variant, .*\)\n$/);
    const allOff = run('  artefact/repeated-word: "off"\n  artefact/quotes: "off"\n', '--rules', 'artefact/repeated-word', '--rules', 'artefact/');
    expect(findings(allOff)).toEqual(['desk/story.txt artefact/repeated-word warning The the']);
    const none = run('  title/abbreviation: "off"\n', '--rules', 'title/');
    expect([none.status, none.stdout, none.stderr]).toEqual([2, '', 'translint: every rule that title/ selects is turned off by its own id (title/abbreviation: "off"); give a rule\'s id to run it anyway\n']);
  });

  it('takes --rules again and again, and comma lists, adding them up', () => {
    const dir = project();
    writeFileSync(join(dir, '.translintrc.yaml'), 'defaultGlossary: false\nglossaries: [glossary/names.json]\n');
    const all = ['desk/story.txt glossary/variant error Keir Starrer', 'desk/story.txt artefact/repeated-word warning The the'];
    for (const flags of [['--rules', 'glossary/', '--rules', 'artefact/'], ['--rules', 'glossary/,artefact/'], ['--rules', 'glossary/variant', '--rules', 'artefact/quotes,artefact/repeated-word']]) {
      expect(findings(translint(['check', '--format', 'json', ...flags, 'desk/story.txt'], { cwd: dir })), flags.join(' ')).toEqual(all);
    }
    expect(findings(translint(['check', '--format', 'json', '--rules', 'artefact/', 'desk/story.txt'], { cwd: dir }))).toEqual([all[1]]);
  });

  it('lets typed flags win over the config, and --config replace discovery', () => {
    const dir = project();
    writeFileSync(join(dir, '.translintrc.yaml'), 'defaultGlossary: false\nglossaries: [glossary/names.json]\nminConfidence: 0.99\n');
    expect(findings(translint(['check', '--format', 'json', 'desk/story.txt'], { cwd: dir }))).toEqual([]);
    expect(findings(translint(['check', '--format', 'json', '--min-confidence', '0', 'desk/story.txt'], { cwd: dir }))).toHaveLength(2);
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ defaultGlossary: false, rules: { 'artefact/': 'off' } }));
    expect(findings(translint(['check', '--format', 'json', '--config', 'other.json', 'desk/story.txt'], { cwd: dir }))).toEqual([]);
  });

  it('warns when a file named on the command line is ignored', () => {
    const dir = project();
    writeFileSync(join(dir, 'translint.config.json'), '{"ignore": ["desk/drafts"]}');
    const r = translint(['check', 'desk/drafts/draft.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('translint: warning: desk/drafts/draft.txt: ignored by translint.config.json (ignore)\n');
  });

  it('stops with the file, line and key of an invalid config', () => {
    const dir = project();
    writeFileSync(join(dir, '.translintrc.yaml'), 'defaultGlossary: false\nrules:\n  glossary/variant: loud\n');
    const r = translint(['check', 'desk/story.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('translint: .translintrc.yaml:3: rules.glossary/variant: must be one of error, warning, info, off\n');
  });

  it('stops with one line at the file and line of an alias bomb, not an internal error', () => {
    const dir = project();
    writeFileSync(join(dir, '.translintrc.yaml'), `defaultGlossary: false\n${aliasBomb()}`);
    const r = translint(['check', 'desk/story.txt'], { cwd: dir });
    expect(r.stderr).toBe('translint: .translintrc.yaml:3: aliases (*name) expand to too many values to read\n');
    expect(r.status).toBe(2);
  });

  it('init writes a starter config that loads, and never overwrites one', () => {
    const dir = project();
    const first = translint(['init'], { cwd: dir });
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/wrote .*\.translintrc\.yaml/);
    expect(readFileSync(join(dir, '.translintrc.yaml'), 'utf8')).toContain('yaml-language-server: $schema=');
    expect(translint(['check', 'desk/story.txt'], { cwd: dir }).status).not.toBe(2);
    const again = translint(['init'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already/);
  });
});
