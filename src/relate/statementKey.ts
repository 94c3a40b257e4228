import { match } from "ts-pattern";
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
  const body = match(value)
    .with({ kind: "quantity" }, (quantity) => `q|${quantityKey(quantity)}`)
    .with({ kind: "per-side" }, ({ each, bySide }) => {
      const entries: [string, string][] = each
        ? parties.map((party) => [party, quantityKey(each)])
        : Object.entries(bySide ?? {}).map(([side, quantity]) => [side, quantityKey(quantity)]);
      entries.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
      return `p|${entries.map(([side, key]) => `${side}=${key}`).join(";")}`;
    })
    .with({ kind: "label" }, ({ value: label }) => `l|${label.normalize("NFC")}`)
    .with({ kind: "date" }, ({ value: day, min, max, approx }) => `d|${day ?? ""}/${min ?? ""}/${max ?? ""}/${approx ? "~" : ""}`)
    .exhaustive();
  return `${stance}|${body}`;
}
