/**
 * Folds a name for matching: Unicode-decomposed, combining marks removed, lower-cased, spaces
 * collapsed. "Çırağan", "cirağan" and "CIRAGAN" share a key; so do "Umerov" and "UMEROV".
 *
 * @param name - A name, id or alias.
 * @returns The key names are matched on.
 * @example
 * foldName("  Hakan  FİDAN "); // => "hakan fidan"
 */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** Levenshtein distance, for suggesting the nearest names when a speaker is unknown. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
