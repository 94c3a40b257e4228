import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { concord, EXAMPLE, ROOT } from "./run.js";

const example = JSON.parse(readFileSync(join(ROOT, EXAMPLE), "utf8")) as { claims: Record<string, unknown>[] };
const { claims, ...header } = example;
const scratch = mkdtempSync(join(tmpdir(), "concord-ndjson-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

/** One claim a line, with blank lines (and a Windows line end) between some of them. */
const ndjson = claims
  .map((claim, index) => JSON.stringify(claim) + (index % 10 === 0 ? "\n\n" : index % 7 === 0 ? "\r\n" : "\n"))
  .join("");
const headerFile = write("header.json", JSON.stringify(header));
const claimsFile = write("claims.ndjson", ndjson);

describe("--claims: claims as NDJSON beside the corpus", () => {
  test("the same corpus as one JSON file: same summary, same reconciliation", () => {
    expect(concord(["check", headerFile, "--claims", claimsFile])).toMatchObject({
      status: 0,
      stdout: "ok: 70 claims, 5 sources, 56 questions\n",
      stderr: "",
    });
    const whole = concord(["reconcile", EXAMPLE, "-f", "json"]).stdout;
    expect(concord(["reconcile", headerFile, "--claims", claimsFile, "-f", "json"]).stdout).toBe(whole);
    // Either one may come from standard input; the header may also hold an empty claims array.
    expect(
      concord(["reconcile", "-", "--claims", claimsFile, "-f", "json"], {
        input: JSON.stringify({ ...header, claims: [] }),
      }).stdout,
    ).toBe(whole);
    expect(concord(["reconcile", headerFile, "--claims", "-", "-f", "json"], { input: ndjson }).stdout).toBe(whole);
  });

  test("after the file's own claims, NDJSON claims continue the numbering, and errors name their line", () => {
    const own = write("own.json", JSON.stringify({ ...header, claims: claims.slice(0, 2) }));
    const rest = claims.slice(2);
    const lines = rest.map((claim, index) => JSON.stringify(index === 3 ? { ...claim, speaker: "Umarov" } : claim));
    lines.splice(1, 0, ""); // a blank second line: the bad claim, rest[3], is on line 5
    const run = concord(["check", own, "--claims", write("bad-speaker.ndjson", lines.join("\n"))]);
    expect(run).toMatchObject({ status: 1, stdout: "" });
    expect(run.stderr).toMatch(
      /^claims\[5\]\.speaker \(\S*bad-speaker\.ndjson line 5\): No actor "Umarov".* \(unknown_speaker\)\n$/,
    );
  });

  test("a line that is not JSON is reported with its line and column, exit 1", () => {
    const lines = claims.slice(0, 4).map((claim) => JSON.stringify(claim));
    lines[2] = '{"id": "broken", }';
    const path = write("bad-line.ndjson", `${lines.join("\n")}\n`);
    const run = concord(["check", headerFile, "--claims", path]);
    expect(run).toMatchObject({ status: 1, stdout: "" });
    expect(run.stderr).toBe(`${path}:3:18: Expected double-quoted property name (invalid NDJSON line)\n`);
  });

  test("an NDJSON file that cannot be read is invalid input, exit 1", () => {
    const run = concord(["check", headerFile, "--claims", join(scratch, "missing.ndjson")]);
    expect(run).toMatchObject({ status: 1, stdout: "" });
    expect(run.stderr).toMatch(/^concord: cannot read .*missing\.ndjson: no such file or directory\n$/);
  });
});

describe("a UTF-8 byte order mark at the start of a file", () => {
  const BOM = "\uFEFF";

  test("JSON with a BOM reads as without, from a file and from standard input", () => {
    const file = write("bom.json", BOM + readFileSync(join(ROOT, EXAMPLE), "utf8"));
    const ok = { status: 0, stdout: "ok: 70 claims, 5 sources, 56 questions\n", stderr: "" };
    expect(concord(["check", file])).toMatchObject(ok);
    expect(concord(["check", "-"], { input: BOM + readFileSync(join(ROOT, EXAMPLE), "utf8") })).toMatchObject(ok);
  });

  test("NDJSON with a BOM reads as without, and header and claims may both have one", () => {
    const bomHeader = write("bom-header.json", BOM + JSON.stringify(header));
    const bomClaims = write("bom-claims.ndjson", BOM + ndjson);
    expect(concord(["check", bomHeader, "--claims", bomClaims])).toMatchObject({
      status: 0,
      stdout: "ok: 70 claims, 5 sources, 56 questions\n",
      stderr: "",
    });
    expect(concord(["check", headerFile, "--claims", "-"], { input: BOM + ndjson }).status).toBe(0);
  });

  test("a BOM anywhere else is still an error, at its place", () => {
    const run = concord(["check", "-"], { input: `{\n  ${BOM}"sides": []\n}` });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^<stdin>:2:3: /);
  });
});
