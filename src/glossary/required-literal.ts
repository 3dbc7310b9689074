// Lookarounds (one level of nested groups inside) constrain where a match stands, not what it contains.
const LOOKAROUND = /\(\?<?[=!](?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)/g;
const QUANTIFIER = /^(?:[?*]|\{0?,?\d*\})/;

/**
 * A piece of plain text that every match of the pattern must contain, lower-cased, or undefined when
 * none can be told for sure (alternation at the top level, no literal run of 3+ letters). The
 * longest run of literal characters outside groups, classes and lookarounds, without characters made
 * optional by a quantifier. Used only to skip patterns that cannot match a text at all.
 */
export function requiredLiteral(source: string): string | undefined {
  let s = source;
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(LOOKAROUND, '');
  }
  const runs: string[] = [];
  let run = '';
  let depth = 0;
  const cut = () => {
    runs.push(run);
    run = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '\\') {
      const next = s[i + 1] ?? '';
      i++;
      // an escaped punctuation character is itself; \b \d \s \p{…} and the like are not plain text
      if (depth === 0 && /[.\-/()[\]{}|?*+^$\\ ,:;'"&]/.test(next) && !QUANTIFIER.test(s.slice(i + 1))) run += next;
      else cut();
      if (next === 'p' || next === 'P') i = s.indexOf('}', i);
      continue;
    }
    if (c === '[') {
      cut();
      for (i++; i < s.length && s[i] !== ']'; i++) if (s[i] === '\\') i++;
      continue;
    }
    if (c === '(') {
      depth++;
      cut();
      continue;
    }
    if (c === ')') {
      depth--;
      cut();
      continue;
    }
    if (c === '|') {
      if (depth === 0) return undefined;
      continue;
    }
    if (depth > 0) continue;
    if ('.^$+*?{}'.includes(c)) {
      cut();
      continue;
    }
    // a character followed by ? * or {0,…} may be absent: it ends the run without joining it
    if (QUANTIFIER.test(s.slice(i + 1))) {
      cut();
      continue;
    }
    run += c;
  }
  cut();
  const best = runs.map((r) => r.trim()).sort((a, b) => b.length - a.length)[0] ?? '';
  return (best.match(/\p{L}/gu) ?? []).length >= 3 ? best.toLowerCase() : undefined;
}
