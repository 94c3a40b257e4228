import { spawnSync } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { parseCorpus, reconcile, toText } from "../../src/index.js";
import { CLI, concord, EXAMPLE, ROOT } from "./run.js";

const scratch = mkdtempSync(join(tmpdir(), "concord-out-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const original = readFileSync(join(ROOT, EXAMPLE), "utf8");
const parsed = parseCorpus(JSON.parse(original));
if (!parsed.ok) throw new Error("the example corpus must parse");
const { corpus } = parsed;

describe("concord reconcile -o", () => {
  test("an output that is the input is refused, and the corpus is left as it was", () => {
    const file = join(scratch, "v.json");
    copyFileSync(join(ROOT, EXAMPLE), file);
    const run = concord(["reconcile", file, "-o", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is the input .*refusing to overwrite it/);
    expect(readFileSync(file, "utf8")).toBe(original);
  });

  test("through a symbolic link too, and for the claims file", () => {
    const file = join(scratch, "w.json");
    copyFileSync(join(ROOT, EXAMPLE), file);
    const link = join(scratch, "link.json");
    symlinkSync(file, link);
    expect(concord(["reconcile", file, "-o", link]).status).toBe(2);
    expect(readFileSync(file, "utf8")).toBe(original);
    const { claims, ...rest } = JSON.parse(original) as { claims: unknown[] };
    const head = join(scratch, "head.json");
    const lines = join(scratch, "c.ndjson");
    writeFresh(head, JSON.stringify({ ...rest, claims: [] }));
    writeFresh(lines, `${claims.map((claim) => JSON.stringify(claim)).join("\n")}\n`);
    const before = readFileSync(lines, "utf8");
    expect(concord(["reconcile", head, "--claims", lines, "-o", lines]).status).toBe(2);
    expect(readFileSync(lines, "utf8")).toBe(before);
  });

  test("-o - is standard output, not a file named -", () => {
    const run = concord(["reconcile", EXAMPLE, "-o", "-"]);
    expect(run).toMatchObject({ status: 0, stdout: toText(reconcile(corpus), corpus) });
    expect(existsSync(join(ROOT, "-"))).toBe(false);
  });

  test("a report written to a file is whole, and leaves no temporary file beside it", () => {
    const out = join(scratch, "report.json");
    expect(concord(["reconcile", EXAMPLE, "-f", "json", "-o", out]).status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(`${JSON.stringify(reconcile(corpus), null, 2)}\n`);
    expect(readdirSync(scratch).filter((name) => name.includes("partial"))).toEqual([]);
  });

  test("a file that cannot be written is an error naming it, with nothing left behind", () => {
    const out = join(scratch, "no-such-folder", "report.md");
    const run = concord(["reconcile", EXAMPLE, "-f", "markdown", "-o", out]);
    expect(run.status).toBe(74);
    expect(run.stderr).toContain(`cannot write ${out}`);
    expect(existsSync(out)).toBe(false);
  });
});

function writeFresh(path: string, text: string): void {
  // Written by the test itself, not by concord.
  rmSync(path, { force: true });
  writeFileSync(path, text);
}

describe("standard output that cannot be written", () => {
  // /dev/full takes no byte: every write fails with ENOSPC, as on a full disk.
  test.skipIf(!existsSync("/dev/full")).each([
    ["reconcile", EXAMPLE],
    ["check", EXAMPLE],
  ])("concord %s > /dev/full: one line on stderr, exit 74", (...args) => {
    const full = openSync("/dev/full", "w");
    try {
      const run = spawnSync(process.execPath, [CLI, ...args], {
        cwd: ROOT,
        encoding: "utf8",
        stdio: ["ignore", full, "pipe"],
      });
      expect(run.stderr).toBe("concord: cannot write to standard output: no space left on device\n");
      expect(run.status).toBe(74);
    } finally {
      closeSync(full);
    }
  });
});
