import type { ClaimInput } from "../model/claim.js";
import type { QuantityBody, Value } from "../model/value.js";
import type { z } from "zod";

type ClaimFields = z.output<typeof ClaimInput>;

/** Moments already read in this parse: corpora repeat the same few dates many times. */
export type MomentCache = (text: string) => number | undefined;

const CLAIM_KEYS: ReadonlySet<string> = new Set([
  "id",
  "speaker",
  "source",
  "stated",
  "subject",
  "attribute",
  "value",
  "stance",
  "quote",
  "via",
  "supersedes",
  "side",
  "note",
]);
const QUANTITY_KEYS: ReadonlySet<string> = new Set(["kind", "value", "min", "max", "approx", "unit"]);
const BODY_KEYS: ReadonlySet<string> = new Set(["value", "min", "max", "approx", "unit"]);
const DATE_KEYS: ReadonlySet<string> = new Set(["kind", "value", "min", "max", "approx"]);
const EACH_KEYS: ReadonlySet<string> = new Set(["kind", "each"]);
const BY_SIDE_KEYS: ReadonlySet<string> = new Set(["kind", "bySide"]);
const LABEL_KEYS: ReadonlySet<string> = new Set(["kind", "value"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A plain object, as JSON gives one: not null, not an array. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function onlyKeys(x: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  for (const key in x) if (!allowed.has(key)) return false;
  return true;
}

const isName = (x: unknown): x is string => typeof x === "string" && x.length > 0;
const isCount = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x) && x >= 0;
const optional = (x: unknown, check: (y: unknown) => boolean): boolean => x === undefined || check(x);

function readBody(x: unknown, keys: ReadonlySet<string>): QuantityBody | undefined {
  if (!isRecord(x) || !onlyKeys(x, keys)) return undefined;
  const { value, min, max, approx, unit } = x;
  if (!optional(value, isCount) || !optional(min, isCount) || !optional(max, isCount)) return undefined;
  if (!optional(approx, (y) => typeof y === "boolean") || !optional(unit, isName)) return undefined;
  const ranged = min !== undefined || max !== undefined;
  if ((value !== undefined) === ranged) return undefined;
  if (min !== undefined && max !== undefined && (min as number) > (max as number)) return undefined;
  const body: QuantityBody = {};
  if (value !== undefined) body.value = value as number;
  if (min !== undefined) body.min = min as number;
  if (max !== undefined) body.max = max as number;
  if (approx !== undefined) body.approx = approx as boolean;
  if (unit !== undefined) body.unit = unit as string;
  return body;
}

function readValue(x: unknown, moment: MomentCache): Value | undefined {
  if (!isRecord(x)) return undefined;
  switch (x["kind"]) {
    case "quantity": {
      const body = readBody(x, QUANTITY_KEYS);
      return body && { kind: "quantity", ...body };
    }
    case "per-side": {
      const { each, bySide } = x;
      if (each !== undefined) {
        if (!onlyKeys(x, EACH_KEYS)) return undefined;
        const body = readBody(each, BODY_KEYS);
        return body && { kind: "per-side", each: body };
      }
      if (!isRecord(bySide) || !onlyKeys(x, BY_SIDE_KEYS)) return undefined;
      const sides: Record<string, QuantityBody> = {};
      let unit: string | undefined | null = null;
      for (const side in bySide) {
        if (side.length === 0) return undefined;
        const body = readBody(bySide[side], BODY_KEYS);
        if (!body || (unit !== null && unit !== body.unit)) return undefined;
        unit = body.unit;
        sides[side] = body;
      }
      return { kind: "per-side", bySide: sides };
    }
    case "label":
      return onlyKeys(x, LABEL_KEYS) && isName(x["value"]) ? { kind: "label", value: x["value"] } : undefined;
    case "date": {
      if (!onlyKeys(x, DATE_KEYS)) return undefined;
      const { value, min, max, approx } = x;
      const isDay = (y: unknown): boolean => typeof y === "string" && ISO_DATE.test(y) && moment(y) !== undefined;
      if (!optional(value, isDay) || !optional(min, isDay) || !optional(max, isDay)) return undefined;
      if (!optional(approx, (y) => typeof y === "boolean")) return undefined;
      const date: Extract<Value, { kind: "date" }> = { kind: "date" };
      if (value !== undefined) {
        if (min !== undefined || max !== undefined) return undefined;
        date.value = value as string;
      } else {
        if (min === undefined || max === undefined || (min as string) > (max as string)) return undefined;
        date.min = min as string;
        date.max = max as string;
      }
      if (approx !== undefined) date.approx = approx as boolean;
      return date;
    }
    default:
      return undefined;
  }
}

/**
 * Reads a well-formed claim without zod, for speed: the result equals `ClaimInput.parse(x)`
 * when it is defined. Anything unusual gives undefined, and zod then reports what is wrong.
 */
export function readClaim(x: unknown, moment: MomentCache): ClaimFields | undefined {
  if (!isRecord(x) || !onlyKeys(x, CLAIM_KEYS)) return undefined;
  const { id, speaker, source, stated, subject, attribute, stance, quote, via, supersedes, side, note } = x;
  if (!isName(id) || !isName(speaker) || !isName(source) || !isName(subject) || !isName(attribute)) return undefined;
  if (stated !== undefined && (typeof stated !== "string" || moment(stated) === undefined)) return undefined;
  if (stance !== undefined && stance !== "asserts" && stance !== "denies") return undefined;
  const stanceValue = (stance ?? "asserts") as "asserts" | "denies";
  if (!optional(quote, (y) => typeof y === "string") || !optional(note, (y) => typeof y === "string")) return undefined;
  if (!optional(via, isName) || !optional(side, isName)) return undefined;
  if (supersedes !== undefined && !(Array.isArray(supersedes) && supersedes.every(isName))) return undefined;
  const value = readValue(x["value"], moment);
  if (!value) return undefined;
  const claim: ClaimFields = { id, speaker, source, subject, attribute, value, stance: stanceValue };
  if (stated !== undefined) claim.stated = stated as string;
  if (quote !== undefined) claim.quote = quote as string;
  if (via !== undefined) claim.via = via as string;
  if (supersedes !== undefined) claim.supersedes = [...(supersedes as string[])];
  if (side !== undefined) claim.side = side as string;
  if (note !== undefined) claim.note = note as string;
  return claim;
}
