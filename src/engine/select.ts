import type { Severity } from '../findings/finding.js';
import { rules as allRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';

/** The rules a checker runs, and the severity each is given (none: the rule's own). */
export interface Selection {
  rules: Rule[];
  severities: Map<Rule, Severity>;
}

/**
 * How closely a selector or severity key names a rule: its exact id most, then a prefix ending in "/"
 * by its length (`glossary/` names glossary/variant less closely than the id does); -1 not at all.
 */
function closeness(key: string, id: string): number {
  if (key === id) return Number.MAX_SAFE_INTEGER;
  return key.endsWith('/') && id.startsWith(key) ? key.length : -1;
}

/**
 * The rules to run: those `selectors` name (all when there are none), and the severity of each from
 * `severities`, the closest key winning (exact id, then the longest prefix). A rule turned "off" is not
 * run, unless a selector names it at least as closely as the "off" does: the selection is what the
 * caller asked for (`--rules glossary/variant` on the command line runs it though a configuration turns
 * glossary/variant or glossary/ off), and the rule then has the closest severity other than "off", or
 * its own; `--rules artefact/` leaves artefact/quotes off where a configuration turns that rule off by
 * name. A selector that names no rule is refused, as is a selection whose every rule is turned off.
 */
export function selectRules(selectors: readonly string[] | undefined, severities: Readonly<Record<string, Severity | 'off'>> = {}): Selection {
  const selection: Selection = { rules: [], severities: new Map() };
  const chosen = selectors && selectors.length > 0 ? selectors : undefined;
  const unknown = chosen?.filter((s) => !allRules.some((r) => closeness(s, r.meta.id) >= 0)) ?? [];
  if (unknown.length > 0) throw new RangeError(`no rule matches ${unknown.join(', ')} (rules: ${allRules.map((r) => r.meta.id).join(', ')})`);
  const keys = Object.keys(severities);
  const turnedOff: string[] = [];
  for (const rule of allRules) {
    const id = rule.meta.id;
    const asked = chosen ? Math.max(...chosen.map((s) => closeness(s, id))) : -1;
    if (chosen && asked < 0) continue;
    const byCloseness = keys.filter((k) => closeness(k, id) >= 0).sort((a, b) => closeness(b, id) - closeness(a, id));
    let severity: Severity | 'off' | undefined;
    for (const k of byCloseness) {
      const value = severities[k] as Severity | 'off';
      // an "off" the selection names the rule as closely as is overridden by it
      if (value === 'off' && chosen && closeness(k, id) <= asked) continue;
      severity = value;
      break;
    }
    if (severity === 'off') {
      turnedOff.push(id);
      continue;
    }
    selection.rules.push(rule);
    if (severity) selection.severities.set(rule, severity);
  }
  if (chosen && selection.rules.length === 0) {
    throw new RangeError(`every rule that ${chosen.join(', ')} selects is turned off by its own id (${turnedOff.map((id) => `${id}: "off"`).join(', ')}); give a rule's id to run it anyway`);
  }
  return selection;
}
