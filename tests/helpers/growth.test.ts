import { describe, expect, it } from 'vitest';
import { growth } from './growth.js';

// The linear-time tests rest on this helper telling the two apart, so it is tested on code of known growth.
describe('growth', () => {
  let sink = 0;
  // (arithmetic only: an array of 8n doubles, 128 MB at the size below, was paged in by the kernel on first touch at
  // ~1.3 ms a MB of system time on a fresh virtual machine, which made the large size read 33x the small one)
  const linear = (n: number) => {
    let x = 0;
    for (let i = 0; i < n; i++) x += (i * 1.5) % 7;
    sink += x;
  };
  const quadratic = (n: number) => {
    const a = new Float64Array(n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[j] = (a[j] as number) + i;
    sink += a[0] as number;
  };

  it('reads linear code under the limit the tests use', () => {
    expect(growth(linear, 2_000_000)).toBeLessThan(24);
  });

  it('reads quadratic code well over it', () => {
    expect(growth(quadratic, 1_500)).toBeGreaterThan(24);
    expect(sink).toBeGreaterThan(0);
  });
});
