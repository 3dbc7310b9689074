/**
 * JSON.stringify(value) as a sequence of pieces whose concatenation is exactly that string: the arrays
 * and plain objects of the first levels are walked, and what lies deeper, or in a long array (a finding),
 * or is no array or plain object (a string), is stringified whole. An answer of 200,000 findings is then ~100 MB of JSON that never exists at once:
 * errors.ts measures it piece by piece, then writes it piece by piece. A piece never ends inside a
 * surrogate pair (each is whole JSON), so the pieces' byte lengths add up to the string's.
 */
export function* jsonPieces(value: unknown, depth = 0): Generator<string, void, undefined> {
  if (depth >= WALKED_LEVELS || !walked(value)) {
    // what JSON.stringify writes for the value at the top; undefined there is the caller's to avoid
    yield JSON.stringify(value);
    return;
  }
  // what is stringified whole is gathered into pieces of PIECE characters or so: a piece per finding
  // made the walk (yield* through the levels) four times slower than JSON.stringify
  let acc = '';
  const array = Array.isArray(value);
  const o = value as Record<string, unknown>;
  // Object.keys: the own enumerable string keys in the order JSON.stringify writes them
  const keys = array ? undefined : Object.keys(o);
  const n = keys ? keys.length : (value as unknown[]).length;
  acc += array ? '[' : '{';
  let first = true;
  for (let i = 0; i < n; i++) {
    let x: unknown = keys ? o[keys[i] as string] : (value as unknown[])[i];
    // as JSON.stringify: a value's toJSON is given its key (an index as a string), and what it returns is written
    if (x !== null && (typeof x === 'object' || typeof x === 'bigint') && typeof (x as { toJSON?: unknown }).toJSON === 'function') x = (x as { toJSON(key: string): unknown }).toJSON(keys ? (keys[i] as string) : String(i));
    if (skipped(x)) {
      // as JSON.stringify: an element it cannot write is null, a property is left out
      if (keys) continue;
      acc += first ? 'null' : ',null';
      first = false;
      continue;
    }
    if (!first) acc += ',';
    first = false;
    if (keys) acc += `${JSON.stringify(keys[i])}:`;
    // the elements of a long array (findings) are stringified whole; a short one's (items) are walked
    if (depth + 1 < WALKED_LEVELS && (!array || n < LONG) && walked(x)) {
      yield acc;
      acc = '';
      yield* jsonPieces(x, depth + 1);
    } else {
      acc += JSON.stringify(x);
      if (acc.length >= PIECE) {
        yield acc;
        acc = '';
      }
    }
  }
  yield acc + (array ? ']' : '}');
}

/** An array of this many elements or more is one of many small values: each is stringified whole. */
const LONG = 64;
/** Characters gathered before they are handed on. */
const PIECE = 1 << 16;

/** Levels walked: an items answer's findings are at the fourth ({items} [ ] {item} [findings]). */
const WALKED_LEVELS = 4;

/** An array, or an object of the Object prototype (or none) without toJSON: what JSON.stringify writes key by key. */
function walked(v: unknown): v is object {
  if (Array.isArray(v)) return true;
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

function skipped(x: unknown): boolean {
  return x === undefined || typeof x === 'function' || typeof x === 'symbol';
}
