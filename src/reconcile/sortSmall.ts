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

/**
 * Sorts in place, stably, like `Array.prototype.sort`. Reconcile sorts many lists of a handful of
 * elements, one set per proposition; the built-in sort allocates its merge state on every call,
 * which for short lists costs more than the sorting itself.
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_SORT) return items.sort(compare);
  insertionSort(items, items.length, compare);
  return items;
}

/** {@link sortSmall} for the first `count` entries of a typed array: claim positions, link keys. */
export function sortPositions(items: Int32Array | Float64Array, count: number, compare: (a: number, b: number) => number): void {
  if (count > INSERTION_SORT) items.subarray(0, count).sort(compare);
  else insertionSort(items, count, compare);
}
