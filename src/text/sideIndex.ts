import { nameKey } from "./nameKey.js";
import { type TextFailure, textFailure } from "./textResult.js";

/**
 * The `sideNames` option compiled for lookup: from a word's {@link nameKey} to the side ids it
 * names. A key naming two sides is kept with both, so that reading it stays ambiguous.
 */
export type SideIndex = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Checks and compiles the `sideNames` option of the quantity readers.
 *
 * Each listed word is one word: its name key must hold no space ("Ukrainians", "українців");
 * a listed phrase such as "the Ukrainian side" is refused, since reciprocals are read word by word.
 *
 * @param sideNames - What the caller passed: side id → words naming that side or its people.
 * @returns The index, or an `invalid_input` failure naming what is wrong.
 * @example
 * const compiled = compileSideNames({ ukraine: ["Ukrainians", "українців"], russia: ["Russians"] });
 * compiled.ok && compiled.index.get("ukrainians"); // => Set { "ukraine" }
 * compileSideNames({ ukraine: "Ukrainians" }).ok; // => false
 */
export function compileSideNames(sideNames: unknown): { readonly ok: true; readonly index: SideIndex } | TextFailure {
  if (typeof sideNames !== "object" || sideNames === null || Array.isArray(sideNames)) {
    return textFailure("invalid_input", '`sideNames` must map side ids to words, as { ukraine: ["Ukrainians"] }');
  }
  const index = new Map<string, Set<string>>();
  const problems: string[] = [];
  for (const [side, words] of Object.entries(sideNames)) {
    if (side === "") {
      problems.push("a side id is empty");
      continue;
    }
    if (!Array.isArray(words)) {
      problems.push(`sideNames[${JSON.stringify(side)}] must be an array of words`);
      continue;
    }
    for (const word of words as readonly unknown[]) {
      if (typeof word !== "string") {
        problems.push(`sideNames[${JSON.stringify(side)}] holds a ${typeof word}, not a word`);
        continue;
      }
      const key = nameKey(word);
      if (key === "") {
        problems.push(`sideNames[${JSON.stringify(side)}] holds ${JSON.stringify(word)}, which has no letters`);
        continue;
      }
      if (key.includes(" ")) {
        problems.push(`sideNames[${JSON.stringify(side)}] holds ${JSON.stringify(word)}; list single words`);
        continue;
      }
      let sides = index.get(key);
      if (sides === undefined) {
        sides = new Set();
        index.set(key, sides);
      }
      sides.add(side);
    }
  }
  if (problems.length > 0) return textFailure("invalid_input", `Bad \`sideNames\`: ${problems.join("; ")}`);
  return { ok: true, index };
}
