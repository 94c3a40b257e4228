/** One working object kept for the life of the program, and how a new one of its class is made. */
export interface KeptLayout {
  readonly name: KeptClass;
  readonly make: () => object;
  readonly exemplar: object;
}

/**
 * Every working class whose layout concord keeps: the one place that says what lasts beyond a
 * call. Each class registers itself beside its definition (a module that is never loaded keeps
 * nothing), under one of these names; a test holds the registrations to this list.
 *
 * @example
 * KEPT_CLASSES.includes("Scratch"); // => true
 */
export const KEPT_CLASSES = [
  "ClashIndex",
  "IdTable",
  "IntervalIndex",
  "Marks",
  "MomentCache",
  "Names",
  "ScanClashIndex",
  "Scratch",
  "SpeakerIndex",
  "Sweep",
  "TextTable",
] as const;

/** A name in {@link KEPT_CLASSES}. */
export type KeptClass = (typeof KEPT_CLASSES)[number];

// Written only while concord's modules load; never read by the library itself.
const kept: KeptLayout[] = [];

/**
 * Keeps one object of a working class alive for the life of the program, so its layout is never
 * forgotten.
 *
 * V8 gives each object layout a hidden class and builds optimised code on it. A full collection
 * that finds no live object of a class-made layout drops that layout, and with it every piece of
 * optimised code that relies on it. concord's working objects (scratch arrays, id tables, interval
 * indexes) are all garbage once a call returns, so after such a collection the next call would run
 * on cold code until V8 optimised it again: on 100k claims that made reconcile a third slower.
 * Object literals need no such help: V8 keeps their layout with the literal.
 *
 * The kept object must have the layout objects reach in use: a field that starts as a small
 * integer and later holds a fraction changes the layout, so such fields start as fractions.
 * A test checks, after real use, that a new object still has the kept one's layout.
 *
 * @param name - The class, for the test's messages.
 * @param make - Makes a new object of the class, as concord does.
 *
 * @example
 * class Scratch { moments = new Float64Array(0); }
 * keepLayout("Scratch", () => new Scratch());
 */
export function keepLayout(name: KeptClass, make: () => object): void {
  kept.push({ name, make, exemplar: make() });
}

/**
 * The objects {@link keepLayout} keeps, for the test that checks their layouts.
 *
 * @example
 * keptLayouts().map((layout) => layout.name); // => ["IdTable", "Scratch", …]
 */
export function keptLayouts(): readonly KeptLayout[] {
  return kept;
}
