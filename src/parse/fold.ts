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
