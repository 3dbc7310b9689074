import type { Document } from '../document/document.js';
import type { Checker, CheckResult } from '../engine/checker.js';
import type { Finding } from '../findings/finding.js';
import { unsafeInFormat, withWritableSuggestions } from './escaping.js';
import { fixText } from './fixpoint.js';


/** A check of text in a format: parsed, checked, and with fixes the format cannot take unescaped removed. */
export function checkInFormat(checker: Checker, parse: (text: string) => Document): (text: string) => CheckResult {
  return (text) => {
    const doc = parse(text);
    const result = checker.check(doc);
    for (const f of result.findings) if (f.fix && unsafeInFormat(doc.format, f.fix.text)) delete f.fix;
    return result;
  };
}

/**
 * The text with safe fixes applied (`fixed`) and with every first suggestion the format can take
 * (`suggested`, what a diff shows), each re-checked to a fixpoint in the same format.
 */
export function fixInFormat(
  check: (text: string) => CheckResult,
  text: string,
  first: CheckResult,
  format: string | undefined,
  only?: (f: Finding) => boolean,
): { fixed: () => ReturnType<typeof fixText>; suggested: () => string } {
  const writable = (r: CheckResult): CheckResult => ({ ...r, findings: withWritableSuggestions(r.findings, format) });
  return {
    fixed: () => fixText(check, text, only ? { only } : {}, first),
    suggested: () => fixText((t) => writable(check(t)), text, only ? { suggestions: true, only } : { suggestions: true }, writable(first)).output,
  };
}
