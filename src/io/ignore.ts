import picomatch from 'picomatch';

/** Whether a path, relative to the configuration folder with forward slashes, matches. */
export type Matcher = (relPath: string) => boolean;

/**
 * As in .gitignore: a pattern matches a file or any folder the file is in (`drafts` and `drafts/`
 * cover the whole folder); one without a slash matches at any depth (`*.md`), one with a slash is
 * anchored at the configuration folder (`/drafts`, `desk/*.md`). Dotfiles match too.
 */
export function globMatcher(patterns: readonly string[]): Matcher {
  if (patterns.length === 0) return () => false;
  // picomatch's own basename option also applies to patterns with a slash, so "**/" is added here instead.
  const globs = patterns.map((p) => p.replace(/\/+$/, '')).map((p) => (p.includes('/') ? p.replace(/^\.?\//, '') : `**/${p}`));
  // debug: a pattern that makes no valid regular expression ("a[z-a]", "{a,b") throws instead of
  // silently matching nothing; the configuration loader reports it at its line
  const isMatch = picomatch(globs, { dot: true, debug: true });
  return (rel) => {
    const parts = rel.split('/');
    for (let n = parts.length; n > 0; n--) if (isMatch(parts.slice(0, n).join('/'))) return true;
    return false;
  };
}

/**
 * Why a pattern can never match a checked file, or undefined: the paths matched are relative to the
 * configuration folder and normalised, so a pattern that is only slashes and dots ("/", "./", ".")
 * or that steps through "." or ".." ("../shared/*", "a/../b") matches nothing, as does one ending in
 * a lone escaping backslash. Without this such a pattern would be accepted and silently do nothing.
 */
export function patternProblem(pattern: string): string | undefined {
  const p = pattern.replace(/\/+$/, '').replace(/^\.?\//, '');
  if (p === '' || p === '.') return 'names no file or folder (to match every file under the configuration\'s folder, write "**")';
  if (p.split('/').some((s) => s === '.' || s === '..')) return 'steps through "." or "..": patterns are relative to the configuration\'s folder and cannot leave it';
  if (/(^|[^\\])(\\\\)*\\$/.test(p)) return 'ends with an escaping backslash that escapes nothing';
  return undefined;
}
