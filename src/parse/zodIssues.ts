import { match } from "ts-pattern";
import type { z } from "zod";
import type { GivenValue, Issue, IssueCode, JsonKind } from "../corpus/issue.js";
import { clip, quote } from "../internal/quote.js";

type Path = readonly (string | number)[];

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The most of a string a shape issue repeats: its message names the kind too. */
const SHORT = 40;

/**
 * What was found, in words that name its kind and, for a string, number or boolean, its value.
 *
 * @example
 * describeFound([1]); // => "an array"
 */
export function describeFound(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(clip(value, SHORT))}`;
  if (typeof value === "number" || typeof value === "boolean") return `the ${typeof value} ${String(value)}`;
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * The JSON kind of what was found; input from code may hold a function or a symbol, given as an
 * object.
 */
export function kindOf(value: unknown): JsonKind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean" ? type : "object";
}

/** What was found as an issue's data repeats it: a JSON primitive, or nothing for anything else. */
function givenOf(value: unknown): { given?: GivenValue } {
  if (value === null || typeof value === "boolean") return { given: value };
  if (typeof value === "number") return Number.isFinite(value) ? { given: value } : {};
  if (typeof value === "string") return { given: clip(value, SHORT) };
  return {};
}

/** The values an enum allows, as JSON data. */
function allowed(values: readonly unknown[]): GivenValue[] {
  return values.filter(
    (value): value is GivenValue => value === null || ["string", "number", "boolean"].includes(typeof value),
  );
}

function keyPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

/** The kinds a value may be, as the message lists them. */
const VALUE_KINDS = ["quantity", "per-side", "label", "date"] as const;

/** The codes the schemas' refinements give in their `params`. */
type RefinedCode = Extract<
  IssueCode,
  | "invalid_date"
  | "negative_count"
  | "min_greater_than_max"
  | "value_and_range"
  | "empty_quantity"
  | "mixed_units"
  | "per_side_shape"
  | "invalid_value"
>;

const KNOWN_CODES: ReadonlySet<string> = new Set<RefinedCode>([
  "invalid_date",
  "negative_count",
  "min_greater_than_max",
  "value_and_range",
  "empty_quantity",
  "mixed_units",
  "per_side_shape",
  "invalid_value",
]);

/**
 * Turns zod's issues for one element into concord issues, with paths from the corpus root and
 * messages that say what was found.
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], element: unknown, prefix: Path, out: Issue[]): void {
  for (const issue of issues) {
    const at = [...prefix, ...keyPath(issue.path)];
    const found = valueAt(element, issue.path);
    switch (issue.code) {
      case "invalid_type": {
        if (found === undefined) {
          out.push({
            path: at,
            code: "missing",
            message: `Missing ${issue.expected} \`${String(at.at(-1) ?? "")}\``,
            expected: issue.expected,
          });
        } else if (typeof found === "number" && issue.expected === "number") {
          const given = Number.isNaN(found) ? "NaN" : found > 0 ? "Infinity" : "-Infinity";
          out.push({ path: at, code: "not_finite", message: `Expected a finite number, got ${given}`, given });
        } else {
          out.push({
            path: at,
            code: "invalid_type",
            message: `Expected ${issue.expected}, got ${describeFound(found)}`,
            expected: issue.expected,
            given: kindOf(found),
          });
        }
        break;
      }
      case "unrecognized_keys":
        for (const key of issue.keys) {
          out.push({ path: [...at, key], code: "unknown_key", message: `Unknown field ${quote(key)}`, key: clip(key) });
        }
        break;
      case "invalid_value":
        out.push({
          path: at,
          code: "invalid_value",
          message: `Expected ${issue.values.map((value) => JSON.stringify(value)).join(" or ")}, got ${describeFound(found)}`,
          expected: allowed(issue.values),
          ...givenOf(found),
        });
        break;
      case "invalid_union": {
        const discriminator = (issue as { discriminator?: string }).discriminator;
        if (discriminator !== undefined) {
          // zod puts the discriminator at the end of the path when the object itself is there.
          const onTag = issue.path.at(-1) === discriminator;
          const holder = onTag ? valueAt(element, issue.path.slice(0, -1)) : found;
          const tag = valueAt(holder, [discriminator]);
          const isObject = holder !== null && typeof holder === "object" && !Array.isArray(holder);
          const path = onTag || !isObject ? at : [...at, discriminator];
          const kinds = `Expected "kind" to be "quantity", "per-side", "label" or "date", got ${describeFound(tag)}`;
          if (!isObject) {
            out.push({
              path,
              code: "invalid_type",
              message: `Expected a value object with "kind", got ${describeFound(holder)}`,
              expected: "object",
              given: kindOf(holder),
            });
          } else if (tag === undefined) out.push({ path, code: "missing", message: kinds, expected: "string" });
          else out.push({ path, code: "invalid_value", message: kinds, expected: [...VALUE_KINDS], ...givenOf(tag) });
        } else if (issue.errors.length === 2) {
          // A claim's value: words ({ text }) or a tagged value. Report against the one meant.
          const meantWords = isObject(found) && "text" in found && !("kind" in found);
          fromZodIssues(issue.errors[meantWords ? 0 : 1] ?? [], found, at, out);
        } else {
          out.push({ path: at, code: "invalid_value", message: issue.message });
        }
        break;
      }
      case "too_small":
        out.push({
          path: at,
          code: "invalid_value",
          message: issue.origin === "string" ? "Must not be empty" : issue.message,
          ...givenOf(found),
        });
        break;
      case "custom": {
        const code = (issue.params as { code?: string } | undefined)?.code;
        out.push(
          refinementIssue(
            code !== undefined && KNOWN_CODES.has(code) ? (code as RefinedCode) : "invalid_value",
            at,
            issue.message,
            found,
            element,
            issue.path,
          ),
        );
        break;
      }
      default:
        out.push({ path: at, code: "invalid_value", message: issue.message });
    }
  }
}

/** The most units a `mixed_units` issue lists. */
const MOST_UNITS = 10;

/**
 * An issue from one of the schemas' refinements, with the data its code carries, read from the
 * element: a refinement's message has it in words only.
 */
function refinementIssue(
  code: RefinedCode,
  path: (string | number)[],
  message: string,
  found: unknown,
  element: unknown,
  zodPath: readonly PropertyKey[],
): Issue {
  // Only elements that fail reach here: ts-pattern's exhaustive match costs nothing that counts.
  return (
    match(code)
      .returnType<Issue>()
      .with("invalid_date", (code) => ({
        path,
        code,
        message: `${message}, got ${describeFound(found)}`,
        given: typeof found === "string" ? clip(found, SHORT) : describeFound(found),
      }))
      // The refinement runs on a number it read, so what is there is that number.
      .with("negative_count", (code) => ({ path, code, message, given: Number(found) }))
      .with("min_greater_than_max", (code) => {
        const max = valueAt(element, [...zodPath.slice(0, -1), "max"]);
        return { path, code, message, min: bound(found), max: bound(max) };
      })
      .with("mixed_units", (code) => {
        const bodies = isObject(found) ? Object.values(found) : [];
        const units = [
          ...new Set(bodies.map((body) => (isObject(body) && typeof body["unit"] === "string" ? body["unit"] : null))),
        ];
        return {
          path,
          code,
          message,
          units: units.slice(0, MOST_UNITS).map((unit) => (unit === null ? null : clip(unit))),
        };
      })
      .with("invalid_value", (code) => ({
        path,
        code,
        message: `${message}, got ${describeFound(found)}`,
        ...givenOf(found),
      }))
      .with("value_and_range", "empty_quantity", "per_side_shape", (code) => ({ path, code, message }))
      .exhaustive()
  );
}

/** A range's bound as the data repeats it: a count, or a date's text. */
function bound(value: unknown): number | string {
  return typeof value === "number" || typeof value === "string" ? value : String(value);
}
