import type { Claim } from "../model/claim.js";
import { formatDay } from "../model/formatValue.js";
import type { Names } from "../explain/names.js";

/**
 * Who said a claim, when and where: "Rustem Umerov via Volodymyr Zelenskyy, 1 Jan 2026 ·
 * Korrespondent.net (de, machine translation)".
 */
export function attribution(claim: Claim, names: Names): string {
  const via = claim.via === undefined ? "" : ` via ${names.actor(claim.via)}`;
  const source = names.source(claim.source);
  const language = source
    ? ` (${source.language}${source.translation === "none" ? "" : `, ${source.translation} translation`})`
    : "";
  return `${names.actor(claim.speaker)}${via}, ${formatDay(claim.stated)} · ${source?.outlet ?? claim.source}${language}`;
}
