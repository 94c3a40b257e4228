import type { z } from "zod";
import type { Issue, IssueCode } from "../corpus/issue.js";
import { quote } from "../internal/quote.js";

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

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "number") return String(value);
  return `a ${typeof value}`;
}

function keyPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

const KNOWN_CODES: ReadonlySet<string> = new Set<IssueCode>([
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
          out.push({ path: at, code: "missing", message: `Missing ${issue.expected} \`${String(at.at(-1) ?? "")}\`` });
        } else if (typeof found === "number" && issue.expected === "number") {
          out.push({ path: at, code: "not_finite", message: `Expected a finite number, got ${String(found)}` });
        } else {
          out.push({ path: at, code: "invalid_type", message: `Expected ${issue.expected}, got ${describe(found)}` });
        }
        break;
      }
      case "unrecognized_keys":
        for (const key of issue.keys) {
          out.push({ path: [...at, key], code: "unknown_key", message: `Unknown field ${quote(key)}` });
        }
        break;
      case "invalid_value":
        out.push({
          path: at,
          code: "invalid_value",
          message: `Expected ${issue.values.map((value) => JSON.stringify(value)).join(" or ")}, got ${describe(found)}`,
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
          out.push({
            path: onTag || !isObject ? at : [...at, discriminator],
            code: isObject && tag === undefined ? "missing" : isObject ? "invalid_value" : "invalid_type",
            message: isObject
              ? `Expected "kind" to be "quantity", "per-side", "label" or "date", got ${describe(tag)}`
              : `Expected a value object with "kind", got ${describe(holder)}`,
          });
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
        });
        break;
      case "custom": {
        const code = (issue.params as { code?: string } | undefined)?.code;
        out.push({
          path: at,
          code: code !== undefined && KNOWN_CODES.has(code) ? (code as IssueCode) : "invalid_value",
          message: code === "invalid_date" ? `${issue.message}, got ${describe(found)}` : issue.message,
        });
        break;
      }
      default:
        out.push({ path: at, code: "invalid_value", message: issue.message });
    }
  }
}
