import type { ClaimInput } from "../corpus/claim.js";
import type { Value } from "../corpus/value.js";
import type { z } from "zod";
import { keyCount } from "../internal/keyCount.js";
import { isDateOnly } from "../corpus/moment.js";
import { nfc } from "../internal/nfc.js";
import type { MomentCache } from "./momentCache.js";

type ClaimFields = z.output<typeof ClaimInput>;

/**
 * A claim object that is already exactly what `ClaimInput` accepts: its fields can be used as
 * they stand, with `stance` defaulting to "asserts". The value is never a `{ text }` value.
 */
export type WellFormedClaim = Omit<ClaimFields, "stance" | "value"> & {
  readonly stance?: ClaimFields["stance"] | undefined;
  readonly value: Value;
};

const QUANTITY_KEYS: ReadonlySet<string> = new Set(["kind", "value", "min", "max", "approx", "unit"]);
const BODY_KEYS: ReadonlySet<string> = new Set(["value", "min", "max", "approx", "unit"]);
const DATE_KEYS: ReadonlySet<string> = new Set(["kind", "value", "min", "max", "approx"]);
const EACH_KEYS: ReadonlySet<string> = new Set(["kind", "each"]);
const BY_SIDE_KEYS: ReadonlySet<string> = new Set(["kind", "bySide"]);
const LABEL_KEYS: ReadonlySet<string> = new Set(["kind", "value"]);

/** A plain object, as JSON gives one: not null, not an array. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function onlyKeys(x: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  for (const key in x) if (!allowed.has(key)) return false;
  return true;
}

/** 1 when a field is given, else 0. */
const one = (field: unknown): number => (field === undefined ? 0 : 1);

const isName = (x: unknown): x is string => typeof x === "string" && x.length > 0;
const isCount = (x: unknown): boolean => x === undefined || (typeof x === "number" && Number.isFinite(x) && x >= 0);
const isFlag = (x: unknown): boolean => x === undefined || typeof x === "boolean";
const isText = (x: unknown): boolean => x === undefined || typeof x === "string";
const isOptionalName = (x: unknown): boolean => x === undefined || isName(x);

/** Absent, or an ISO date (a day, no time) that is a real one. */
function isDay(x: unknown, moments: MomentCache): boolean {
  return x === undefined || (typeof x === "string" && isDateOnly(x) && moments.read(x) !== undefined);
}

function isBody(x: unknown, keys: ReadonlySet<string>): boolean {
  if (!isRecord(x) || !onlyKeys(x, keys)) return false;
  const { value, min, max, approx, unit } = x;
  if (!isCount(value) || !isCount(min) || !isCount(max) || !isFlag(approx) || !isOptionalName(unit)) return false;
  if ((value !== undefined) === (min !== undefined || max !== undefined)) return false;
  return min === undefined || max === undefined || (min as number) <= (max as number);
}

function isValue(x: unknown, moments: MomentCache): boolean {
  if (!isRecord(x)) return false;
  switch (x["kind"]) {
    case "quantity":
      return isBody(x, QUANTITY_KEYS);
    case "per-side": {
      const { each, bySide } = x;
      if (each !== undefined) return onlyKeys(x, EACH_KEYS) && isBody(each, BODY_KEYS);
      if (!isRecord(bySide) || !onlyKeys(x, BY_SIDE_KEYS)) return false;
      let unit: unknown = null;
      for (const side in bySide) {
        const body = bySide[side];
        if (side.length === 0 || !isBody(body, BODY_KEYS)) return false;
        const bodyUnit = (body as { unit?: unknown }).unit;
        if (unit !== null && unit !== bodyUnit) return false;
        unit = bodyUnit;
      }
      return true;
    }
    case "label": {
      const value = x["value"];
      // A label is compared as NFC: one written otherwise takes the slow path, which normalises it.
      return onlyKeys(x, LABEL_KEYS) && isName(value) && nfc(value) === value;
    }
    case "date": {
      if (!onlyKeys(x, DATE_KEYS)) return false;
      const { value, min, max, approx } = x;
      if (!isDay(value, moments) || !isDay(min, moments) || !isDay(max, moments) || !isFlag(approx)) return false;
      if (value !== undefined) return min === undefined && max === undefined;
      return min !== undefined && max !== undefined && (min as string) <= (max as string);
    }
    default:
      return false;
  }
}

/**
 * Checks, without zod and without copying, that a claim is already what `ClaimInput` accepts, so
 * its fields can be used as they stand: most claims in a corpus are, and parsing them is the hot
 * path. Anything unusual gives undefined, and zod then reports what is wrong (or reads the words
 * of a `{ text }` value, or normalises a label).
 */
export function wellFormedClaim(x: unknown, moments: MomentCache): WellFormedClaim | undefined {
  if (!isRecord(x)) return undefined;
  const { id, speaker, source, stated, subject, attribute, value, stance, quote, via, supersedes, side, note } = x;
  // Every key is a known field exactly when the keys are as many as the known fields given:
  // counting them costs less than looking each one up.
  const known =
    one(id) + one(speaker) + one(source) + one(stated) + one(subject) + one(attribute) + one(value) +
    one(stance) + one(quote) + one(via) + one(supersedes) + one(side) + one(note);
  if (keyCount(x) !== known) return undefined;
  if (!isName(id) || !isName(speaker) || !isName(source) || !isName(subject) || !isName(attribute)) return undefined;
  if (stated !== undefined && (typeof stated !== "string" || moments.read(stated) === undefined)) return undefined;
  if (stance !== undefined && stance !== "asserts" && stance !== "denies") return undefined;
  if (!isText(quote) || !isText(note) || !isOptionalName(via) || !isOptionalName(side)) return undefined;
  if (supersedes !== undefined && !(Array.isArray(supersedes) && supersedes.every(isName))) return undefined;
  if (!isValue(value, moments)) return undefined;
  return x as WellFormedClaim;
}
