/**
 * How many times longer `run(8n)` takes than `run(n)`, after a warm-up, each the fastest of three runs,
 * the two sizes taken in turn (a timer read on a shared machine is noisy: the fastest is the steadier
 * figure, and a busy spell then slows both sizes alike). Linear code gives about 8; code quadratic in n
 * gives about 64. A run under 1 ms counts as 1 ms.
 */
export function growth(run: (n: number) => void, n: number): number {
  const time = (size: number) => {
    const t0 = performance.now();
    run(size);
    return performance.now() - t0;
  };
  time(Math.max(1, Math.floor(n / 3)));
  let small = Infinity;
  let large = Infinity;
  for (let k = 0; k < 3; k++) {
    small = Math.min(small, time(n));
    large = Math.min(large, time(8 * n));
  }
  return large / Math.max(small, 1);
}
