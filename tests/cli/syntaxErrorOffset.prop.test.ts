import { fc, test } from "@fast-check/vitest";
import { describe, expect, it, vi } from "vitest";
import { jsonError } from "../../src/cli/input.js";
import { syntaxErrorOffset } from "../../src/cli/syntaxErrorOffset.js";

/** JSON text with one edit that most often breaks it: a character in or out, or the end cut off. */
const brokenArb = fc
  .tuple(
    fc.json({ maxDepth: 4 }),
    fc.nat(),
    fc.oneof(fc.constantFrom(...'{}[]:,"\\ \n01-.eE+tfnulx\u0001\u00e9'), fc.constant(""), fc.constant("cut")),
  )
  .map(([json, at, edit]) => {
    const index = at % (json.length + 1);
    if (edit === "cut") return json.slice(0, index);
    if (edit === "") return json.slice(0, index) + json.slice(index + 1);
    return json.slice(0, index) + edit + json.slice(index);
  });

/** The offset V8 rejects a text at, from its message, when the message says; or -1 when it parses. */
function v8Offset(text: string): { offset: number | undefined; message: string } {
  try {
    JSON.parse(text);
    return { offset: -1, message: "" };
  } catch (error) {
    const message = (error as Error).message;
    if (message.startsWith("Unexpected end of JSON input")) return { offset: text.length, message };
    const at = /at position (\d+)/.exec(message);
    return { offset: at ? Number(at[1]) : undefined, message };
  }
}

/** The search jsonError used to run: the shortest prefix that fails as the text does (JSON.parse on each). */
function bisectedOffset(text: string): number {
  const fails = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      const message = error instanceof Error ? error.message : "";
      if (message.startsWith("Unexpected end of JSON input")) return false;
      const at = /at position (\d+)/.exec(message);
      return !(at && Number(at[1]) >= length);
    }
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (fails(middle + 1)) high = middle;
    else low = middle + 1;
  }
  return Math.min(low, text.length);
}

describe("syntaxErrorOffset", () => {
  test.prop([brokenArb], { numRuns: 1000 })("finds where V8 gives up, wherever V8's message says", (text) => {
    const v8 = v8Offset(text);
    const offset = syntaxErrorOffset(text);
    if (v8.offset !== undefined) expect(offset).toBe(v8.offset);
    else {
      // "Unexpected token 'x', …": the token is at the offset, as the old search found it.
      const token = /^Unexpected token '(.)'/su.exec(v8.message)?.[1];
      expect(token, v8.message).toBeDefined();
      expect(text.charAt(offset)).toBe(token);
      expect(offset).toBe(bisectedOffset(text));
    }
  });

  test.prop([fc.json()])("is -1 on JSON", (text) => {
    expect(syntaxErrorOffset(text)).toBe(-1);
  });

  it("nesting of any depth takes no recursion", () => {
    const deep = `${"[".repeat(1_000_000)}}`;
    expect(syntaxErrorOffset(deep)).toBe(1_000_000);
  });
});

describe("jsonError on a large file", () => {
  it("finds an error near the end without parsing again: one pass, not a search over prefixes", () => {
    // 8 MB of claims-like records, and a value missing near the end.
    const records = Array.from(
      { length: 40_000 },
      (_, index) => `  {"id": "claim-${index}", "quote": "${"x".repeat(160)}"}`,
    );
    records[39_990] = '  {"id": "claim-39990", "quote": }';
    const text = `[\n${records.join(",\n")}\n]`;
    let message = "";
    try {
      JSON.parse(text);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Unexpected token '\}'/);
    const parse = vi.spyOn(JSON, "parse");
    try {
      const located = jsonError(text, new SyntaxError(message));
      expect(parse).not.toHaveBeenCalled();
      // V8's quote of the text around the token, cut with "..." in a long text, is left out.
      expect(located).toBe("39992:34: Unexpected token '}'");
    } finally {
      parse.mockRestore();
    }
  });
});
