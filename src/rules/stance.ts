import type { Stance } from "../corpus/claim.js";

/** What the stances of two statements and the fit of their values decide. */
export type StanceVerdict = "agreement" | "contradiction" | "unrelated";

/**
 * The stance table, the one place it is written: compare, the clash indexes and the sweep all ask
 * it.
 *
 * | a \ b      | asserts Y                           | denies Y                              |
 * | ---------- | ----------------------------------- | ------------------------------------- |
 * | asserts X  | agree if X, Y fit, else contradict  | contradict if X, Y fit, else agree    |
 * | denies X   | contradict if X, Y fit, else agree  | agree if X, Y fit, else unrelated     |
 *
 * @param a - The first statement's stance.
 * @param b - The second statement's stance.
 * @param fits - Whether their values can both be true.
 * @returns The verdict, the same for (a, b) and (b, a).
 * @example
 * stanceVerdict("denies", "asserts", true); // => "contradiction"
 */
export function stanceVerdict(a: Stance, b: Stance, fits: boolean): StanceVerdict {
  if (a !== b) return fits ? "contradiction" : "agreement";
  if (fits) return "agreement";
  return a === "asserts" ? "contradiction" : "unrelated";
}
