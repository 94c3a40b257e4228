import { keepLayout } from "./keepLayout.js";

/** A probe longer than this means texts chosen to collide: the table hands over to a Map. */
const MAX_PROBES = 64;

/**
 * A 32-bit hash of a string's code units: FNV-1a, then a finaliser that spreads every bit over
 * the low bits the table indexes by.
 *
 * @example
 * hashOf("c1") === hashOf("c1"); // => true
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
 * Code-unit order, as `Array.prototype.sort` without a comparator gives.
 *
 * @example
 * compareText("c10", "c9"); // => -1
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Texts numbered 0, 1, 2… in the order they are first given.
 *
 * Open addressing over typed arrays: each slot keeps its text's hash beside it, and every text's
 * code units are copied into one dense list. A probe compares hashes in the table, then code units
 * in that list, and never reads the string it was first given. That string lies wherever its
 * corpus put it: on a million claims, comparing with it cost a cache miss each time a text was
 * seen again, which is what a Map does. Texts chosen to collide (a probe longer than
 * {@link MAX_PROBES}) hand the table over to a Map, whose hash is seeded, so no input makes it
 * quadratic.
 *
 * @example
 * const subjects = new TextTable();
 * subjects.number("exchange/1"); // => 0 (new)
 * subjects.number("exchange/2"); // => 1 (new)
 * subjects.number("exchange/1"); // => 0
 * subjects.find("exchange/3"); // => -1
 */
export class TextTable {
  /** Per slot, side by side: the entry (its number + 1, or 0 when empty) and its hash. */
  private table: Int32Array;
  private mask: number;
  private readonly texts: string[] = [];
  /** Per entry: its hash (to rebuild the table when it grows), and where its code units start. */
  private hashes: Int32Array;
  private starts: Int32Array;
  private units: Uint16Array;
  private unitCount = 0;
  private map: Map<string, number> | undefined;

  /**
   * @param expected - How many texts to make room for; the table grows past it.
   * @param hash - The hash the table probes by (a test gives one that collides).
   */
  constructor(
    expected = 0,
    private readonly hash: (text: string) => number = hashOf,
  ) {
    let size = 16;
    while (size < 2 * expected) size *= 2;
    this.table = new Int32Array(2 * size);
    this.mask = size - 1;
    const entries = Math.max(expected, 8);
    this.hashes = new Int32Array(entries);
    this.starts = new Int32Array(entries + 1);
    this.units = new Uint16Array(8 * entries);
  }

  /** How many texts have a number. */
  get size(): number {
    return this.texts.length;
  }

  /** The number of `text`, given it now if it has none. */
  number(text: string): number {
    if (this.map) return this.map.get(text) ?? this.append(text, 0);
    const hash = this.hash(text);
    const at = this.probe(text, hash);
    if (at < 0) {
      this.toMap();
      return this.number(text);
    }
    const entry = this.table[2 * at]!;
    if (entry !== 0) return entry - 1;
    const number = this.append(text, hash);
    this.table[2 * at] = number + 1;
    this.table[2 * at + 1] = hash;
    if (2 * (number + 1) > this.mask + 1) this.grow();
    return number;
  }

  /** The number of `text`, or -1 when it has none. */
  find(text: string): number {
    if (this.map) return this.map.get(text) ?? -1;
    const at = this.probe(text, this.hash(text));
    if (at < 0) {
      this.toMap();
      return this.find(text);
    }
    return this.table[2 * at]! - 1;
  }

  /** The text numbered `number`. */
  textOf(number: number): string {
    return this.texts[number]!;
  }

  /**
   * Orders texts `a` and `b` by their code units, as `<` orders strings, reading the copied units
   * while the table has them: sorting many texts then never leaves the table's memory.
   */
  compare(a: number, b: number): number {
    if (this.map) return compareText(this.texts[a]!, this.texts[b]!);
    const { units, starts } = this;
    const aFrom = starts[a]!;
    const bFrom = starts[b]!;
    const aLength = starts[a + 1]! - aFrom;
    const bLength = starts[b + 1]! - bFrom;
    const length = Math.min(aLength, bLength);
    for (let i = 0; i < length; i++) {
      const difference = units[aFrom + i]! - units[bFrom + i]!;
      if (difference !== 0) return difference;
    }
    return aLength - bLength;
  }

  /** Gives `text` the next number; once a Map answers, only the Map keeps it. */
  private append(text: string, hash: number): number {
    const number = this.texts.length;
    this.texts.push(text);
    if (this.map) {
      this.map.set(text, number);
      return number;
    }
    if (number === this.hashes.length) this.growEntries();
    this.hashes[number] = hash;
    const from = this.unitCount;
    if (from + text.length > this.units.length) this.growUnits(from + text.length);
    const { units } = this;
    for (let i = 0; i < text.length; i++) units[from + i] = text.charCodeAt(i);
    this.unitCount = from + text.length;
    this.starts[number + 1] = this.unitCount;
    return number;
  }

  /**
   * The slot that holds `text`, or the empty slot where it would go; -1 when the probe ran longer
   * than {@link MAX_PROBES}: a run of slots that long was made on purpose, and a Map answers
   * this and every later question.
   */
  private probe(text: string, hash: number): number {
    const { table, mask } = this;
    let at = hash & mask;
    for (let probes = 0; table[2 * at] !== 0; probes++) {
      if (table[2 * at + 1] === hash && this.holds(table[2 * at]! - 1, text)) return at;
      if (probes === MAX_PROBES) return -1;
      at = (at + 1) & mask;
    }
    return at;
  }

  /** Whether entry `number` is `text`, read from the copied code units. */
  private holds(number: number, text: string): boolean {
    const from = this.starts[number]!;
    if (this.starts[number + 1]! - from !== text.length) return false;
    const { units } = this;
    for (let i = 0; i < text.length; i++) if (units[from + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  private growEntries(): void {
    const entries = 2 * this.hashes.length;
    const hashes = new Int32Array(entries);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const starts = new Int32Array(entries + 1);
    starts.set(this.starts);
    this.starts = starts;
  }

  private growUnits(least: number): void {
    const units = new Uint16Array(Math.max(least, 2 * this.units.length));
    units.set(this.units);
    this.units = units;
  }

  private grow(): void {
    const size = 2 * (this.mask + 1);
    const table = new Int32Array(2 * size);
    const mask = size - 1;
    for (let entry = 0; entry < this.texts.length; entry++) {
      const hash = this.hashes[entry]!;
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
    this.texts.forEach((text, number) => {
      map.set(text, number);
    });
    this.map = map;
  }
}

keepLayout("TextTable", () => new TextTable());
