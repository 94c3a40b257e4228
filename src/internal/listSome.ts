/**
 * A list as a message gives it: the first few, then how many more, so a message stays short
 * however long the list. Only the items named are worded.
 *
 * @param items - What to list.
 * @param word - How one item is written.
 * @param most - How many to name.
 * @returns The named items joined with commas, and "and N more" past `most`.
 * @example
 * listSome(["a", "b", "c", "d"], (item) => item, 2); // => "a, b and 2 more"
 * listSome([1, 2], String); // => "1, 2"
 */
export function listSome<T>(items: readonly T[], word: (item: T) => string, most = 5): string {
  const named = items.slice(0, most).map(word).join(", ");
  return items.length > most ? `${named} and ${items.length - most} more` : named;
}
