import type { z } from "zod";
import type { ClaimInput } from "../corpus/claim.js";
import { isDateOnly } from "../corpus/moment.js";
import type { DateValue, Quantity, QuantityBody, Value } from "../corpus/value.js";
import { keyCount } from "../internal/keyCount.js";
import { nfc } from "../internal/nfc.js";
import type { MomentCache } from "./momentCache.js";

type ClaimFields = z.output<typeof ClaimInput>;

/**
 * The fields of a claim that is already exactly what `ClaimInput` accepts, as they were read,
 * with `stance` defaulting to "asserts". The value is never a `{ text }` value.
 */
export type WellFormedClaim = {
  readonly [K in keyof Omit<ClaimFields, "stance" | "value">]: ClaimFields[K];
} & {
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
const isCount = (x: unknown): x is number | undefined =>
  x === undefined || (typeof x === "number" && Number.isFinite(x) && x >= 0);
const isFlag = (x: unknown): x is boolean | undefined => x === undefined || typeof x === "boolean";
const isText = (x: unknown): x is string | undefined => x === undefined || typeof x === "string";
const isOptionalName = (x: unknown): x is string | undefined => x === undefined || isName(x);

/** Absent, or an ISO date (a day, no time) that is a real one. */
function isDay(x: unknown, moments: MomentCache): x is string | undefined {
  return x === undefined || (typeof x === "string" && isDateOnly(x) && moments.read(x) !== undefined);
}

/**
 * A copy of a quantity's body, from fields read once, or undefined when it is not one. Fields are
 * added in one order, so copies with the same fields share a layout whatever the input's order.
 */
function readBody<T extends QuantityBody>(x: unknown, keys: ReadonlySet<string>, body: T): T | undefined {
  if (!isRecord(x) || !onlyKeys(x, keys)) return undefined;
  const { value, min, max, approx, unit } = x;
  if (!isCount(value) || !isCount(min) || !isCount(max) || !isFlag(approx) || !isOptionalName(unit)) return undefined;
  if ((value !== undefined) === (min !== undefined || max !== undefined)) return undefined;
  if (min !== undefined && max !== undefined && min > max) return undefined;
  if (value !== undefined) body.value = value;
  if (min !== undefined) body.min = min;
  if (max !== undefined) body.max = max;
  if (approx !== undefined) body.approx = approx;
  if (unit !== undefined) body.unit = unit;
  return body;
}

/** Sets a side's figure as an own field, even for a side called "__proto__". */
function setSide(bySide: Record<string, QuantityBody>, side: string, body: QuantityBody): void {
  if (side === "__proto__")
    Object.defineProperty(bySide, side, { value: body, enumerable: true, writable: true, configurable: true });
  else bySide[side] = body;
}

/**
 * A copy of a value, from fields read once, or undefined when it is not one as it stands. The
 * corpus keeps the copy: what the input does later cannot change it.
 *
 * @param x - A value as written.
 * @param moments - The dates read so far in this parse.
 * @returns The copy, or undefined when zod must judge the value.
 * @example
 * readValue({ kind: "quantity", unit: "person", value: 390 }, new MomentCache());
 * // => { kind: "quantity", value: 390, unit: "person" }
 */
export function readValue(x: unknown, moments: MomentCache): Value | undefined {
  if (!isRecord(x)) return undefined;
  const kind = x["kind"];
  switch (kind) {
    case "quantity": {
      // Made empty and filled: an empty literal has room for a few fields in the object itself.
      const quantity = {} as Quantity;
      quantity.kind = kind;
      return readBody(x, QUANTITY_KEYS, quantity);
    }
    case "per-side": {
      const { each, bySide } = x;
      if (each !== undefined) {
        if (!onlyKeys(x, EACH_KEYS)) return undefined;
        const body = readBody<QuantityBody>(each, BODY_KEYS, {});
        return body && { kind, each: body };
      }
      if (!isRecord(bySide) || !onlyKeys(x, BY_SIDE_KEYS)) return undefined;
      const copy: Record<string, QuantityBody> = {};
      let unit: unknown = null;
      for (const side in bySide) {
        const body = side.length === 0 ? undefined : readBody<QuantityBody>(bySide[side], BODY_KEYS, {});
        if (!body) return undefined;
        if (unit !== null && unit !== body.unit) return undefined;
        unit = body.unit;
        setSide(copy, side, body);
      }
      return { kind, bySide: copy };
    }
    case "label": {
      const value = x["value"];
      // A label is compared as NFC: one written otherwise takes the slow path, which normalises it.
      return onlyKeys(x, LABEL_KEYS) && isName(value) && nfc(value) === value ? { kind, value } : undefined;
    }
    case "date": {
      if (!onlyKeys(x, DATE_KEYS)) return undefined;
      const { value, min, max, approx } = x;
      if (!isDay(value, moments) || !isDay(min, moments) || !isDay(max, moments) || !isFlag(approx)) return undefined;
      if (
        value !== undefined
          ? min !== undefined || max !== undefined
          : min === undefined || max === undefined || min > max
      ) {
        return undefined;
      }
      const date: DateValue = { kind };
      if (value !== undefined) date.value = value;
      if (min !== undefined) date.min = min;
      if (max !== undefined) date.max = max;
      if (approx !== undefined) date.approx = approx;
      return date;
    }
    default:
      return undefined;
  }
}

/** A copy of a list of names, each read once, or undefined when one is no name. */
function readNames(x: unknown): string[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const names: string[] = [];
  for (let i = 0; i < x.length; i++) {
    const name: unknown = x[i];
    if (!isName(name)) return undefined;
    names.push(name);
  }
  return names;
}

/**
 * Checks, without zod, that a claim is already what `ClaimInput` accepts, and gives its fields as
 * they were read: most claims in a corpus are, and reading them is the hot path. Each field is
 * read once, so a getter cannot show the check one thing and the corpus another; the value and
 * `supersedes` are copied, so nothing the corpus keeps is shared with the input. Anything unusual
 * gives undefined, and zod then reports what is wrong (or reads the words of a `{ text }` value,
 * or normalises a label).
 *
 * @param x - A claim as written.
 * @param moments - The dates read so far in this parse.
 * @param room - Where to put the fields; a new room when not given.
 * @returns The room with the claim's fields, or undefined when zod must judge the claim.
 * @example
 * wellFormedClaim({ id: "c1", speaker: "umerov", source: "s1", subject: "p", attribute: "a",
 *                   value: { kind: "label", value: "stalled" } }, new MomentCache())?.value;
 * // => { kind: "label", value: "stalled" } (a copy)
 */
export function wellFormedClaim(
  x: unknown,
  moments: MomentCache,
  room: ClaimRoom = claimRoom(),
): WellFormedClaim | undefined {
  if (!isRecord(x)) return undefined;
  const { id, speaker, source, stated, subject, attribute, value, stance, quote, via, supersedes, side, note } = x;
  // Every key is a known field exactly when the keys are as many as the known fields given:
  // counting them costs less than looking each one up.
  const known =
    one(id) +
    one(speaker) +
    one(source) +
    one(stated) +
    one(subject) +
    one(attribute) +
    one(value) +
    one(stance) +
    one(quote) +
    one(via) +
    one(supersedes) +
    one(side) +
    one(note);
  if (keyCount(x) !== known) return undefined;
  if (!isName(id) || !isName(speaker) || !isName(source) || !isName(subject) || !isName(attribute)) return undefined;
  if (stated !== undefined && (typeof stated !== "string" || moments.read(stated) === undefined)) return undefined;
  if (stance !== undefined && stance !== "asserts" && stance !== "denies") return undefined;
  if (!isText(quote) || !isText(note) || !isOptionalName(via) || !isOptionalName(side)) return undefined;
  const names = supersedes === undefined ? undefined : readNames(supersedes);
  if (supersedes !== undefined && names === undefined) return undefined;
  const copy = readValue(value, moments);
  if (!copy) return undefined;
  room.id = id;
  room.speaker = speaker;
  room.source = source;
  room.stated = stated;
  room.subject = subject;
  room.attribute = attribute;
  room.value = copy;
  room.stance = stance;
  room.quote = quote;
  room.via = via;
  room.supersedes = names;
  room.side = side;
  room.note = note;
  return room;
}

/** Room for one claim's fields, which {@link wellFormedClaim} fills in place of making a record. */
export type ClaimRoom = {
  -readonly [K in keyof WellFormedClaim]-?:
    | WellFormedClaim[K]
    | (undefined extends WellFormedClaim[K] ? undefined : never);
};

/**
 * A room for {@link wellFormedClaim} to fill, claim after claim: parseCorpus keeps one per parse,
 * as a record per claim would be as much garbage as the claims. Each fill replaces the last.
 *
 * @example
 * const room = claimRoom();
 * wellFormedClaim(claim, new MomentCache(), room) === room; // => true, for a well-formed claim
 */
export function claimRoom(): ClaimRoom {
  return {
    id: "",
    speaker: "",
    source: "",
    stated: undefined,
    subject: "",
    attribute: "",
    value: { kind: "label", value: "" },
    stance: undefined,
    quote: undefined,
    via: undefined,
    supersedes: undefined,
    side: undefined,
    note: undefined,
  };
}
