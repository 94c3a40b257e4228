/**
 * Writes the published JSON Schemas, `schema/corpus.schema.json` and
 * `schema/reconciliation.schema.json`, from the zod schemas they describe: `npm run schemas`.
 * The files are committed; a test fails when they no longer match what this script writes.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { CorpusInput, QuantityBody, Reconciliation, Value } from "../src/index.js";

type JsonSchema = { [key: string]: unknown };

/** The schemas' `$id`s name them where the published package puts them. */
const BASE = "https://unpkg.com/concord/schema/";

/** Keywords first in this order, the rest alphabetically, so the files read top-down. */
const KEYWORD_ORDER = [
  "$schema",
  "$id",
  "$ref",
  "title",
  "description",
  "type",
  "const",
  "enum",
  "pattern",
  "minLength",
  "minimum",
  "maximum",
  "default",
  "examples",
  "properties",
  "required",
  "propertyNames",
  "additionalProperties",
  "prefixItems",
  "items",
  "minItems",
  "maxItems",
  "anyOf",
  "oneOf",
  "allOf",
  "$defs",
];
/** Keywords whose value maps names to schemas: the names keep the order the zod schema gives. */
const SCHEMA_MAPS = new Set(["properties", "$defs", "patternProperties", "dependentSchemas"]);
/** Keywords whose value is a schema or a list of schemas. */
const SCHEMA_VALUES = new Set([
  "items",
  "additionalProperties",
  "propertyNames",
  "not",
  "prefixItems",
  "anyOf",
  "oneOf",
  "allOf",
]);

function rank(key: string): number {
  const index = KEYWORD_ORDER.indexOf(key);
  return index === -1 ? KEYWORD_ORDER.length : index;
}

function canonical(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(canonical);
  if (typeof schema !== "object" || schema === null) return schema;
  const entries = Object.entries(schema as JsonSchema).sort(
    ([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const result: JsonSchema = {};
  for (const [key, value] of entries) {
    if (SCHEMA_MAPS.has(key) && typeof value === "object" && value !== null) {
      result[key] = Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, canonical(inner)]));
    } else if (SCHEMA_VALUES.has(key)) {
      result[key] = canonical(value);
    } else {
      result[key] = value;
    }
  }
  return result;
}

const OPTIONS = {
  target: "draft-2020-12",
  // Refinements (min ≤ max, a real calendar day, a valid language tag) are left out of the
  // JSON Schema; parseCorpus checks them. Anything else zod cannot express should stop the build.
  unrepresentable: "throw",
  cycles: "throw",
  override: ({ jsonSchema }) => {
    // zod marks `.readonly()` as `readOnly`, which in JSON Schema means "owned by the server";
    // here readonly is only a TypeScript promise not to mutate.
    delete jsonSchema.readOnly;
  },
} satisfies Parameters<typeof z.toJSONSchema>[1];

/**
 * Shapes used in several places, by title: each is written once under `$defs` and referred to,
 * keeping the description a place gives it.
 */
const SHARED: readonly z.ZodType[] = [Value, QuantityBody];

function withoutDescription(schema: JsonSchema): string {
  const { description: _, ...rest } = schema;
  return JSON.stringify(rest);
}

/** Replaces every inline copy of a shared shape with a `$ref` to its one definition. */
function share(schema: JsonSchema, io: "input" | "output"): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  const byTitle = new Map<string, JsonSchema>();
  for (const shared of SHARED) {
    const { $schema: _, ...def } = z.toJSONSchema(shared, { ...OPTIONS, io }) as JsonSchema;
    byTitle.set(def["title"] as string, def);
  }
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== "object" || node === null) return node;
    const object = node as JsonSchema;
    const title = object["title"];
    const def = typeof title === "string" ? byTitle.get(title) : undefined;
    if (def && withoutDescription(object) === withoutDescription(def)) {
      defs[title as string] = def;
      const ref: JsonSchema = { $ref: `#/$defs/${title as string}` };
      if (object["description"] !== def["description"]) ref["description"] = object["description"];
      return ref;
    }
    return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, visit(value)]));
  };
  const result = visit(schema) as JsonSchema;
  // A shared shape may hold another (a per-side figure holds figures).
  for (const [title, def] of Object.entries(defs)) {
    const { title: _, ...body } = def;
    defs[title] = { title, ...(visit(body) as JsonSchema) };
  }
  return Object.keys(defs).length === 0 ? result : { ...result, $defs: defs };
}

function generate(schema: z.ZodType, io: "input" | "output", id: string): JsonSchema {
  const json = z.toJSONSchema(schema, { ...OPTIONS, io }) as JsonSchema;
  return canonical({ ...share(json, io), $id: `${BASE}${id}` }) as JsonSchema;
}

/** The schema files as written, by path relative to the package root. */
export function schemaFiles(): Record<string, string> {
  const files: Record<string, JsonSchema> = {
    "schema/corpus.schema.json": generate(CorpusInput, "input", "corpus.schema.json"),
    "schema/reconciliation.schema.json": generate(Reconciliation, "output", "reconciliation.schema.json"),
  };
  return Object.fromEntries(Object.entries(files).map(([path, json]) => [path, `${JSON.stringify(json, null, 2)}\n`]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  for (const [path, text] of Object.entries(schemaFiles())) {
    writeFileSync(`${root}${path}`, text);
    console.log(`wrote ${path}`);
  }
}
