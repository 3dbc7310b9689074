/**
 * How many times longer `run(8n)` takes than `run(n)`, after a warm-up, each the fastest of five runs,
 * the two sizes taken in turn. Time is this process's processor time (user and system), not the clock:
 * on a shared machine other processes stretch wall time several-fold (a suite running beside another
 * made a linear rule read 28x), and the fastest run is the steadier figure. Linear code gives about 8;
 * code quadratic in n gives about 64. A run under 1 ms counts as 1 ms.
 *
 * A reading above 12 is taken again, up to three rounds in all, and the lowest kept. The process time
 * still counts the garbage collector's helper threads, and a major collection that lands on the large
 * runs of one round made linear code read 25 on a loaded machine; quadratic code reads about 64 every
 * round, so the lowest of three still tells the two apart, and linear code that reads low at once pays
 * nothing more.
 */
export function growth(run: (n: number) => void, n: number): number {
  const time = (size: number) => {
    const t0 = process.cpuUsage();
    run(size);
    const t = process.cpuUsage(t0);
    return (t.user + t.system) / 1000;
  };
  time(Math.max(1, Math.floor(n / 3)));
  let best = Infinity;
  for (let round = 0; round < 3 && best > 12; round++) {
    let small = Infinity;
    let large = Infinity;
    for (let k = 0; k < 5; k++) {
      small = Math.min(small, time(n));
      large = Math.min(large, time(8 * n));
    }
    best = Math.min(best, large / Math.max(small, 1));
  }
  return best;
}
