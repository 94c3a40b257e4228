import type { Claim } from "../corpus/claim.js";
import type { QuantityBody, Value } from "../corpus/value.js";
import { keyCount } from "../internal/keyCount.js";
import { nfc } from "../internal/nfc.js";
import { unreachable } from "../internal/unreachable.js";

function sameBody(a: QuantityBody | undefined, b: QuantityBody | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.value === b.value &&
    a.min === b.min &&
    a.max === b.max &&
    (a.approx ?? false) === (b.approx ?? false) &&
    a.unit === b.unit
  );
}

/** A per-side figure's body for one party, whether written with `each` or `bySide`. */
function partyBody(value: Extract<Value, { kind: "per-side" }>, party: string): QuantityBody | undefined {
  return value.each ?? (value.bySide && Object.hasOwn(value.bySide, party) ? value.bySide[party] : undefined);
}

function sameValue(a: Value, aParties: readonly string[], b: Value, bParties: readonly string[]): boolean {
  switch (a.kind) {
    case "quantity":
      return b.kind === "quantity" && sameBody(a, b);
    case "per-side": {
      if (b.kind !== "per-side") return false;
      // Both written with `each`, the common case: one body each, no list of sides to build.
      if (a.each && b.each)
        return aParties.length === bParties.length && (aParties.length === 0 || sameBody(a.each, b.each));
      // Party by party, building no list: this runs for every claim grouping compares.
      if ((a.each ? aParties.length : keyCount(a.bySide)) !== (b.each ? bParties.length : keyCount(b.bySide)))
        return false;
      if (a.each) {
        for (const party of aParties) if (!sameBody(a.each, partyBody(b, party))) return false;
        return true;
      }
      for (const party in a.bySide) if (!sameBody(partyBody(a, party), partyBody(b, party))) return false;
      return true;
    }
    case "label":
      return b.kind === "label" && (a.value === b.value || nfc(a.value) === nfc(b.value));
    case "date":
      return (
        b.kind === "date" &&
        a.value === b.value &&
        a.min === b.min &&
        a.max === b.max &&
        (a.approx ?? false) === (b.approx ?? false)
      );
    default:
      return unreachable(a, "value kind");
  }
}

function bodyHash(body: QuantityBody): number {
  return (body.value ?? 0.5) + 3 * (body.min ?? 0.25) + 7 * (body.max ?? 0.125) + (body.approx ? 0.03125 : 0);
}

/**
 * Whether two claims make the same statement: the same stance on the same value. `each` and a
 * `bySide` that gives every party that figure are one statement; so are labels equal after NFC.
 *
 * @example
 * sameStatement(umerov, selenskyj); // => true when both assert { kind: "label", value: "stalled" }
 */
export function sameStatement(
  a: Pick<Claim, "value" | "stance" | "parties">,
  b: Pick<Claim, "value" | "stance" | "parties">,
): boolean {
  return a.stance === b.stance && sameValue(a.value, a.parties, b.value, b.parties);
}

/**
 * A cheap key that equal statements always share (unequal ones may share it too): a number for
 * figures, the text for labels and dates. Grouping buckets claims by it and then checks
 * {@link sameStatement}, so no string is built per claim for numbers.
 */
export function statementHash(value: Value, stance: Claim["stance"]): number | string {
  const sign = stance === "denies" ? -1 : 1;
  switch (value.kind) {
    case "quantity":
      return sign * bodyHash(value);
    case "per-side": {
      // The smallest and the largest party figure: `each` and a `bySide` with every party equal
      // meet here, the order of `bySide`'s keys does not matter, and swaps that share only their
      // smaller figure (1,000 for 800, 1,000 for 900 …) no longer share one bucket.
      if (value.each) return sign * (0.0625 + 12 * bodyHash(value.each));
      let least = Number.POSITIVE_INFINITY;
      let greatest = Number.NEGATIVE_INFINITY;
      for (const side in value.bySide) {
        const hash = bodyHash(value.bySide[side]!);
        least = Math.min(least, hash);
        greatest = Math.max(greatest, hash);
      }
      return sign * (0.0625 + least + 11 * greatest);
    }
    // Texts as they stand for assertions, so the common case builds no string; a denial's key is
    // marked, and any clash with an asserted text is settled by sameStatement.
    case "label": {
      const label = nfc(value.value);
      return stance === "denies" ? `¬${label}` : label;
    }
    case "date": {
      const day = value.value ?? value.min ?? "";
      return stance === "denies" ? `¬${day}` : day;
    }
    default:
      return unreachable(value, "value kind");
  }
}
