import { expect } from 'vitest';
import type { AdversarialCase } from '../case.ts';

// #17 item 3: `push(...array)` and `Math.max(...array)` overflowed the stack past ~125,000 elements:
// 'x\n' × 130,000 (260 KB) made check exit 2 and lose every other file's report. Here 130,000 lines
// that each give a dropped entry, then repeated words that each give a finding with a fix.
// (130,000 findings, several files and --fix: large-arrays.test.ts.)
export default {
  name: "#17 item 3: 'x\\n' × 130,000 and a finding every 17 characters",
  sizes: [300_000],
  // a finding costs more than a plain sentence does: a report per line is the point here
  maxRatio: 8,
  generate: (size) => {
    const lines = 'x\n'.repeat(Math.min(130_000, Math.floor(size / 2)));
    return lines + 'The the cat sat.\n'.repeat(Math.max(0, Math.floor((size - lines.length) / 17)));
  },
  expect: (result, text) => {
    expect(result.dropped.length + result.findings.length).toBeGreaterThan(text.length / 20);
  },
} satisfies AdversarialCase;
