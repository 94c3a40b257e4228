import { keepLayout } from "../model/keepLayout.js";

/** A probe longer than this means ids chosen to collide: the table hands over to a Map. */
const MAX_PROBES = 64;

/**
 * A 32-bit hash of a string's code units: FNV-1a, then a finaliser that spreads every bit over
 * the low bits the table indexes by.
 */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/**
 * Where each claim id first appeared. Open addressing over typed arrays that keep each slot's
 * hash beside it: a probe compares hashes in the table and reads an id only when they match,
 * where a Map compares the strings of its chains, scattered through the heap — the difference
 * between one cache miss per claim and several, on a corpus of a million claims. Ids chosen to
 * collide (a probe longer than {@link MAX_PROBES}) hand the table over to a Map, whose hash is
 * seeded, so no input makes it quadratic.
 *
 * @example
 * const ids = new IdTable(3);
 * ids.add("c1", 0); // => -1 (new)
 * ids.add("c1", 2); // => 0 (first seen at 0)
 * ids.positionOf("c2"); // => -1
 */
export class IdTable {
  /** Per slot, side by side: the entry (its index + 1, or 0 when empty) and its hash. */
  private table: Int32Array;
  private mask: number;
  private ids: string[];
  private count = 0;
  /** Per entry: where it first appeared, and its hash (to rebuild the table when it grows). */
  private positions: Int32Array;
  private entryHashes: Int32Array;
  private map: Map<string, number> | undefined;

  /** @param expected - How many ids to make room for; the table grows past it. */
  constructor(
    expected: number,
    private readonly hash: (text: string) => number = hashOf,
  ) {
    let size = 16;
    while (size < 2 * expected) size *= 2;
    // One list for entries and hashes: a probe reads one cache line, not two.
    this.table = new Int32Array(2 * size);
    this.mask = size - 1;
    this.ids = new Array<string>(Math.max(expected, 8));
    this.positions = new Int32Array(this.ids.length);
    this.entryHashes = new Int32Array(this.ids.length);
  }

  /** Records `id` at `position` unless it is known; returns where it first appeared, or -1 if new. */
  add(id: string, position: number): number {
    if (this.map) {
      const first = this.map.get(id);
      if (first !== undefined) return first;
      this.map.set(id, position);
      return -1;
    }
    const hash = this.hash(id);
    const at = this.probe(id, hash);
    if (at < 0) {
      this.toMap();
      return this.add(id, position);
    }
    const entry = this.table[2 * at] as number;
    if (entry !== 0) return this.positions[entry - 1] as number;
    const { count } = this;
    if (count === this.positions.length) this.growEntries();
    this.ids[count] = id;
    this.count = count + 1;
    this.positions[count] = position;
    this.entryHashes[count] = hash;
    this.table[2 * at] = count + 1;
    this.table[2 * at + 1] = hash;
    if (2 * (count + 1) > this.mask + 1) this.grow();
    return -1;
  }

  /** Where `id` first appeared, or -1. */
  positionOf(id: string): number {
    if (this.map) return this.map.get(id) ?? -1;
    const at = this.probe(id, this.hash(id));
    if (at < 0) {
      this.toMap();
      return this.positionOf(id);
    }
    const entry = this.table[2 * at] as number;
    return entry === 0 ? -1 : (this.positions[entry - 1] as number);
  }

  /**
   * The slot that holds `id`, or the empty slot where it would go; -1 when the probe ran longer
   * than {@link MAX_PROBES}: a run of slots that long was made on purpose, and a Map answers
   * this and every later question.
   */
  private probe(id: string, hash: number): number {
    const { table, mask } = this;
    let at = hash & mask;
    for (let probes = 0; table[2 * at] !== 0; probes++) {
      if (table[2 * at + 1] === hash && this.ids[(table[2 * at] as number) - 1] === id) return at;
      if (probes === MAX_PROBES) return -1;
      at = (at + 1) & mask;
    }
    return at;
  }

  private growEntries(): void {
    this.ids.length = 2 * this.ids.length;
    const positions = new Int32Array(2 * this.positions.length);
    positions.set(this.positions);
    this.positions = positions;
    const hashes = new Int32Array(2 * this.entryHashes.length);
    hashes.set(this.entryHashes);
    this.entryHashes = hashes;
  }

  private grow(): void {
    const size = 2 * (this.mask + 1);
    const table = new Int32Array(2 * size);
    const mask = size - 1;
    for (let entry = 0; entry < this.count; entry++) {
      const hash = this.entryHashes[entry] as number;
      let at = hash & mask;
      while (table[2 * at] !== 0) at = (at + 1) & mask;
      table[2 * at] = entry + 1;
      table[2 * at + 1] = hash;
    }
    this.table = table;
    this.mask = mask;
  }

  private toMap(): void {
    const map = new Map<string, number>();
    for (let entry = 0; entry < this.count; entry++) map.set(this.ids[entry] as string, this.positions[entry] as number);
    this.map = map;
  }
}

keepLayout("IdTable", () => new IdTable(0));
