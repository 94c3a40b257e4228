/** Up to this many elements, an insertion sort beats the built-in sort. */
const INSERTION_SORT = 16;

/**
 * Sorts in place, stably, like `Array.prototype.sort`. Reconcile sorts many lists of a handful of
 * elements, one set per proposition; the built-in sort allocates its merge state on every call,
 * which for short lists costs more than the sorting itself.
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_SORT) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
