import { keepLayout } from "../../internal/keepLayout.js";

/**
 * A set of small non-negative integers (claim positions, group ids, side indexes) that empties in
 * constant time: an integer is in the set when its entry holds the current round, and
 * {@link Marks.clear} starts a new round. Each walk that marks things has a `Marks` of its own,
 * so no two walks share a counter and none can unmark another's members.
 *
 * @example
 * const seen = new Marks();
 * seen.clear(10);
 * seen.add(3); // => true
 * seen.add(3); // => false
 * seen.clear(10);
 * seen.has(3); // => false
 */
export class Marks {
  private rounds = new Int32Array(0);
  private round = 0;

  /** Empties the set and makes room for members below `n`. */
  clear(n: number): void {
    this.fit(n);
    this.round++;
  }

  /** Makes room for members below `n`, keeping the members there are. */
  fit(n: number): void {
    if (this.rounds.length >= n) return;
    const grown = new Int32Array(Math.max(n, 2 * this.rounds.length, 64));
    grown.set(this.rounds);
    this.rounds = grown;
  }

  /** Adds `i` (below the room made); whether it was not in the set yet. */
  add(i: number): boolean {
    if (this.rounds[i] === this.round) return false;
    this.rounds[i] = this.round;
    return true;
  }

  /** Whether `i` is in the set. */
  has(i: number): boolean {
    return this.rounds[i] === this.round;
  }
}

keepLayout("Marks", () => new Marks());
