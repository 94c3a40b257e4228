import type { Claim } from "../corpus/claim.js";
import type { Value } from "../corpus/value.js";
import { perSideTotal } from "../rules/perSideTotal.js";
import { formatQuantity, formatValue } from "./formatValue.js";

/**
 * A claim's value in words, as it meets another's: a per-side figure met by a plain quantity is
 * judged by its total, so the words show the total too.
 *
 * @example
 * describeAgainst(medinsky, umerov, index.side); // => "about 1,200 per side (about 2,400 in all)"
 */
export function describeAgainst(claim: Claim, other: Claim, sideName?: (id: string) => string): string {
  const text = formatValue(claim.value, sideName);
  if (claim.value.kind !== "per-side" || other.value.kind !== "quantity") return text;
  const total = perSideTotal(claim.value, claim.parties);
  return total ? `${text} (${formatQuantity(total)} in all)` : text;
}

/**
 * The unit a figure is counted in, as the rules compare units; undefined for labels, dates and
 * figures without one.
 *
 * @example
 * unitOf({ kind: "quantity", value: 6000, unit: "body" }); // => "body"
 */
export function unitOf(value: Value): string | undefined {
  if (value.kind === "quantity") return value.unit;
  if (value.kind !== "per-side") return undefined;
  if (value.each) return value.each.unit;
  for (const side in value.bySide) {
    const unit = Object.hasOwn(value.bySide, side) ? value.bySide[side]?.unit : undefined;
    if (unit !== undefined) return unit;
  }
  return undefined;
}
