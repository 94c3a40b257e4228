import { keepLayout } from "../internal/keepLayout.js";
import { hashOf, TextTable } from "../internal/textTable.js";

/**
 * Where each claim id first appeared: a {@link TextTable} of the ids, and each one's position.
 *
 * @example
 * const ids = new IdTable(3);
 * ids.add("c1", 0); // => -1 (new)
 * ids.add("c1", 2); // => 0 (first seen at 0)
 * ids.positionOf("c2"); // => -1
 */
export class IdTable {
  private readonly ids: TextTable;
  /** Per id, by its number in `ids`: where it first appeared. */
  private positions: Int32Array;

  /**
   * @param expected - How many ids to make room for; the table grows past it.
   * @param hash - The hash the table probes by (a test gives one that collides).
   */
  constructor(expected: number, hash: (text: string) => number = hashOf) {
    this.ids = new TextTable(expected, hash);
    this.positions = new Int32Array(Math.max(expected, 8));
  }

  /** Records `id` at `position` unless it is known; returns where it first appeared, or -1 if new. */
  add(id: string, position: number): number {
    const known = this.ids.size;
    const number = this.ids.number(id);
    if (number < known) return this.positions[number]!;
    if (number === this.positions.length) {
      const positions = new Int32Array(2 * number);
      positions.set(this.positions);
      this.positions = positions;
    }
    this.positions[number] = position;
    return -1;
  }

  /** Where `id` first appeared, or -1. */
  positionOf(id: string): number {
    const number = this.ids.find(id);
    return number < 0 ? -1 : this.positions[number]!;
  }
}

keepLayout("IdTable", () => new IdTable(0));
