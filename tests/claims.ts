import type { Claim, Value } from "../src/index.js";

/** A resolved claim for unit tests: two parties, a date, one proposition unless told. */
export function makeClaim(id: string, value: Value, overrides: Partial<Claim> = {}): Claim {
  const stated = overrides.stated ?? "2025-05-16";
  return {
    id,
    speaker: "umerov",
    side: "ukraine",
    source: "s1",
    stated,
    moment: Date.parse(stated.length === 10 ? `${stated}T00:00:00Z` : stated),
    subject: "pow-exchange/istanbul",
    attribute: "agreed-size",
    changes: "never",
    value,
    stance: "asserts",
    supersedes: [],
    parties: ["ukraine", "russia"],
    ...overrides,
  };
}

export const quantity = (value: number, more: Partial<Extract<Value, { kind: "quantity" }>> = {}): Value => ({
  kind: "quantity",
  value,
  ...more,
});
export const each = (value: number, approx?: boolean): Value => ({
  kind: "per-side",
  each: approx ? { value, approx } : { value },
});
export const label = (value: string): Value => ({ kind: "label", value });
