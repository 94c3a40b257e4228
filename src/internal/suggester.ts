/**
 * The longest text a suggestion is looked for: a name or id longer than this is no slip of the
 * keyboard, and comparing it would cost its length times the number of known keys.
 */
const LONGEST = 64;

/** Marks both ends of a key, so its first and last characters make pairs of their own. */
const END = "\u0000";

/**
 * How many single-character edits (insert, delete, substitute) still make a near miss of a text
 * this long: a third of it, at least one.
 *
 * @param length - The length of the text that was not found.
 * @returns The most edits a suggestion may be away.
 * @example
 * maxEdits(7); // => 2
 */
export function maxEdits(length: number): number {
  return Math.max(1, Math.floor(length / 3));
}

/** A suggestion and how many edits it is away from the text that was not found. */
export interface Suggestion<T> {
  readonly value: T;
  readonly distance: number;
}

/**
 * Suggests known keys near a text that matched none, by one rule for every kind of name: at most
 * {@link maxEdits} of the text's length away ("dw-2024-01-12" is two edits from "dw-2024-01-21",
 * within four; "budanov" is four from "umerov", past two).
 *
 * Only keys that share enough character pairs with the text can be that close (each edit breaks
 * at most two pairs), so an index of pairs picks the few keys worth measuring, and each measure
 * stops once it is past the limit: the cost follows the text and the keys like it, not the number
 * of keys times their lengths. Texts longer than 64 characters get no suggestion.
 *
 * @example
 * const suggester = new Suggester([["umerov", "umerov"], ["dw-2024-01-21", "dw"]]);
 * suggester.suggest("dw-2024-01-12"); // => [{ value: "dw", distance: 2 }]
 * suggester.suggest("budanov"); // => []
 */
export class Suggester<T> {
  private readonly keys: string[] = [];
  private readonly values: T[] = [];
  /** Per pair of characters, the keys holding it and how often, flat: key, count, key, count… */
  private readonly postings = new Map<string, number[]>();
  /** Keys of one character, which share no pair with a one-character text one edit away. */
  private readonly single: number[] = [];
  /** Per key, the pairs it shares with the text at hand; zero again after each suggestion. */
  private shared = new Int32Array(0);

  /**
   * @param entries - Keys, as the texts to be matched will be written (fold both alike), each
   *   with what to suggest for it; the order breaks ties between equally near keys.
   */
  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [key, value] of entries) {
      const index = this.keys.length;
      this.keys.push(key);
      this.values.push(value);
      if (key.length === 0 || key.length > LONGEST + maxEdits(LONGEST)) continue;
      if (key.length === 1) this.single.push(index);
      for (const [pair, count] of pairCounts(key)) {
        let posting = this.postings.get(pair);
        if (!posting) {
          posting = [];
          this.postings.set(pair, posting);
        }
        posting.push(index, count);
      }
    }
  }

  /**
   * The keys near `text`, nearest first, ties in the order they were given.
   *
   * @param text - A text that matched no key, folded as the keys were.
   * @returns What to suggest, with each one's distance; empty when nothing is near.
   */
  suggest(text: string): Suggestion<T>[] {
    const length = text.length;
    if (length === 0 || length > LONGEST) return [];
    const limit = maxEdits(length);
    if (this.shared.length < this.keys.length) this.shared = new Int32Array(this.keys.length);
    const shared = this.shared;
    const touched: number[] = [];
    for (const [pair, count] of pairCounts(text)) {
      const posting = this.postings.get(pair);
      if (!posting) continue;
      for (let at = 0; at < posting.length; at += 2) {
        const key = posting[at]!;
        if (Math.abs(this.keys[key]!.length - length) > limit) continue;
        if (shared[key] === 0) touched.push(key);
        shared[key] = shared[key]! + Math.min(count, posting[at + 1]!);
      }
    }
    if (length === 1) for (const key of this.single) if (shared[key] === 0) touched.push(key);
    const found: { index: number; distance: number }[] = [];
    for (const key of touched) {
      const other = this.keys[key]!;
      // With both ends marked, a text of n characters has n + 1 pairs, and each edit breaks at
      // most two of them: fewer shared pairs than that leaves means more edits than the limit.
      if (shared[key]! >= Math.max(other.length, length) + 1 - 2 * limit) {
        const distance = boundedDistance(text, other, limit);
        if (distance <= limit) found.push({ index: key, distance });
      }
      shared[key] = 0;
    }
    found.sort((a, b) => a.distance - b.distance || a.index - b.index);
    return found.map(({ index, distance }) => ({ value: this.values[index] as T, distance }));
  }
}

/** The character pairs of a key with both ends marked, and how often each occurs. */
function pairCounts(key: string): Map<string, number> {
  const counts = new Map<string, number>();
  const marked = END + key + END;
  for (let i = 0; i + 1 < marked.length; i++) {
    const pair = marked.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/**
 * The edit distance (Levenshtein) of `a` and `b`, or `limit + 1` as soon as it must exceed `limit`:
 * only cells within `limit` of the diagonal can stay within it, so a row costs 2 × limit + 1
 * cells, not the length of `b`.
 *
 * @param a - One text.
 * @param b - The other.
 * @param limit - The largest distance of interest.
 * @returns The distance, or `limit + 1` when it is larger than `limit`.
 * @example
 * boundedDistance("dw-2024-01-12", "dw-2024-01-21", 4); // => 2
 * boundedDistance("budanov", "umerov", 2); // => 3
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  const far = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return far;
  if (a === b) return 0;
  const width = b.length + 1;
  let last = new Int32Array(width).fill(far);
  let row = new Int32Array(width).fill(far);
  for (let j = 0; j <= Math.min(b.length, limit); j++) last[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    // The next row reads this one from one cell left of its band to one right of it; cells
    // further out keep values from two rows ago, which nothing reads.
    row[from - 1] = from === 1 && i <= limit ? i : far;
    if (to < b.length) row[to + 1] = far;
    let best = row[from - 1]!;
    const code = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const substitution = last[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const cell = Math.min(substitution, last[j]! + 1, row[j - 1]! + 1, far);
      row[j] = cell;
      if (cell < best) best = cell;
    }
    if (best > limit) return far;
    [last, row] = [row, last];
  }
  return last[b.length]!;
}
