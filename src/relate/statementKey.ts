import type { Stance } from "../model/claim.js";
import type { QuantityBody, Value } from "../model/value.js";

function quantityKey(quantity: QuantityBody): string {
  return `${quantity.value ?? ""}/${quantity.min ?? ""}/${quantity.max ?? ""}/${quantity.approx ? "~" : ""}/${quantity.unit ?? ""}`;
}

/**
 * A string that two claims share exactly when they make the same statement: the same stance on
 * the same value. `each` is spelled out per party, so "1,000 for 1,000" and a `bySide` of 1,000
 * from each party are one statement.
 *
 * @example
 * statementKey({ kind: "label", value: "stalled" }, "asserts", []); // => "asserts|l|stalled"
 */
export function statementKey(value: Value, stance: Stance, parties: readonly string[]): string {
  // A switch, not ts-pattern: this runs once per claim, and `never` keeps it exhaustive.
  switch (value.kind) {
    case "quantity":
      return `${stance}|q|${quantityKey(value)}`;
    case "per-side": {
      const { each, bySide } = value;
      const entries: [string, string][] = each
        ? parties.map((party) => [party, quantityKey(each)])
        : Object.entries(bySide ?? {}).map(([side, quantity]) => [side, quantityKey(quantity)]);
      entries.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
      return `${stance}|p|${entries.map(([side, key]) => `${side}=${key}`).join(";")}`;
    }
    case "label":
      return `${stance}|l|${value.value.normalize("NFC")}`;
    case "date":
      return `${stance}|d|${value.value ?? ""}/${value.min ?? ""}/${value.max ?? ""}/${value.approx ? "~" : ""}`;
    default:
      return unreachable(value);
  }
}

function unreachable(value: never): never {
  throw new Error(`Unknown value kind: ${JSON.stringify(value)}`);

}
