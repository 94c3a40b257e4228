/**
 * -1, 0 or 1, never a difference: a difference of moments or bounds may be a large double or
 * Infinity − Infinity, and a comparator left out of line would box it on every call.
 */
export function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Up to this many elements, an insertion sort beats the built-in sort. */
const INSERTION_SORT = 16;

/** Sorts the first `count` items in place, stably, by insertion. */
function insertionSort<T>(items: { [index: number]: T }, count: number, compare: (a: T, b: T) => number): void {
  for (let i = 1; i < count; i++) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
}

/** Sorts the first `count` numbers in ascending order: the built-in numeric sort, no comparator. */
export function sortNumbers(items: Int32Array | Float64Array, count: number): void {
  if (count > INSERTION_SORT) items.subarray(0, count).sort();
  else insertionSort(items, count, compareNumbers);
}

/**
 * Sorts the first `count` items (indexes into `keyOf`) by their keys, stably. A long list is
 * sorted as numbers, with no comparator to call: each item becomes its key's rank among the
 * distinct keys times `count`, plus its place, which is exact while `count²` stays below 2⁵³.
 * Whole keys within a span small enough stand for their own ranks, which saves a sort.
 */
export function sortByKey(items: Int32Array, count: number, keyOf: Float64Array): void {
  if (count <= INSERTION_SORT) {
    for (let i = 1; i < count; i++) {
      const item = items[i]!;
      const key = keyOf[item]!;
      let j = i - 1;
      while (j >= 0 && keyOf[items[j]!]! > key) {
        items[j + 1] = items[j]!;
        j--;
      }
      items[j + 1] = item;
    }
    return;
  }
  const keys = new Float64Array(count);
  let least = Number.POSITIVE_INFINITY;
  let most = Number.NEGATIVE_INFINITY;
  let whole = true;
  for (let k = 0; k < count; k++) {
    const key = keyOf[items[k]!]!;
    keys[k] = key;
    if (key < least) least = key;
    if (key > most) most = key;
    if (!Number.isInteger(key)) whole = false;
  }
  const packed = new Float64Array(count);
  if (whole && (most - least + 1) * count <= Number.MAX_SAFE_INTEGER) {
    // Whole keys in a narrow span (moments in milliseconds): the key itself, less the least,
    // stands for its rank.
    for (let k = 0; k < count; k++) packed[k] = (keys[k]! - least) * count + k;
  } else {
    const distinct = keys.slice().sort();
    const distinctCount = dedupe(distinct, count);
    for (let k = 0; k < count; k++) packed[k] = rankOf(distinct, distinctCount, keys[k]!) * count + k;
  }
  packed.sort();
  const original = items.slice(0, count);
  for (let k = 0; k < count; k++) items[k] = original[placeOf(packed[k]!, count)]!;
}

/**
 * `packed % count` for a whole number below 2⁵³, without `%` on doubles (a call into the runtime):
 * the quotient may round up by one near 2⁵³, and the remainder says so.
 */
function placeOf(packed: number, count: number): number {
  const place = packed - Math.floor(packed / count) * count;
  return place < 0 ? place + count : place;
}

/** Moves the distinct values of the first `count` of a sorted array to its front; returns how many. */
export function dedupe(sorted: Float64Array, count: number): number {
  let distinct = 0;
  for (let k = 0; k < count; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[distinct++] = sorted[k]!;
  return distinct;
}

/** Where `key` is among the first `count` sorted distinct keys (the first not below it). */
export function rankOf(keys: Float64Array, count: number, key: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
