/**
 * The error `fn` throws, checked to be of `type`; fails the test when nothing is thrown, and rethrows
 * an error of another type so its own message shows.
 */
export function thrown<E extends Error>(fn: () => unknown, type: abstract new (...args: never[]) => E): E {
  try {
    fn();
  } catch (e) {
    if (e instanceof type) return e;
    throw e;
  }
  throw new Error(`expected a ${type.name}`);
}
