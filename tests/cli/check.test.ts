import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { smallCorpus } from "../fixtures.js";
import { concord, EXAMPLE } from "./run.js";

/** The small corpus with an unknown speaker and a date that is no date. */
function broken(): string {
  const corpus = smallCorpus();
  const [first, second, ...rest] = corpus.claims;
  if (!first || !second) throw new Error("the small corpus has claims");
  return JSON.stringify({
    ...corpus,
    claims: [{ ...first, speaker: "Umarov" }, { ...second, stated: "2025-13-45" }, ...rest],
  });
}

/** The small corpus with a speaker found only by spelling: accepted, with a warning. */
function misspelt(): string {
  const corpus = smallCorpus();
  const [first, ...rest] = corpus.claims;
  if (!first) throw new Error("the small corpus has claims");
  return JSON.stringify({ ...corpus, claims: [{ ...first, speaker: "Umierov" }, ...rest] });
}

describe("concord check", () => {
  test("warnings go to stderr and the corpus is still ok; --strict makes them fail", () => {
    const run = concord(["check", "-"], { input: misspelt() });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ok: /);
    expect(run.stderr).toBe(
      'warning: claims[0].speaker: "Umierov" was taken for umerov (Rustem Umerov) by spelling alone; add it to the actor\'s aliases if that is right (speaker_by_name_key)\n',
    );
    const strict = concord(["check", "-", "--strict"], { input: misspelt() });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toBe("");
    expect(strict.stderr).toContain("1 warning, and --strict makes them fail");
  });

  test("a valid corpus: a one-line summary on stdout, exit 0", () => {
    const run = concord(["check", EXAMPLE]);
    expect(run).toMatchObject({ status: 0, stdout: "ok: 70 claims, 5 sources, 56 questions\n", stderr: "" });
  });

  test("- reads standard input", () => {
    const run = concord(["check", "-"], { input: readFileSync(new URL(`../../${EXAMPLE}`, import.meta.url), "utf8") });
    expect(run).toMatchObject({ status: 0, stdout: "ok: 70 claims, 5 sources, 56 questions\n", stderr: "" });
  });

  test("a broken corpus: every problem as path: message (code) on stderr, exit 1", () => {
    const run = concord(["check", "-"], { input: broken() });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^claims\[\d+\]\.\w+: .+ \([a-z_]+\)$/);
    expect(lines[0]).toMatch(/^claims\[0\]\.speaker: No actor "Umarov"; nearest: umerov .*\(unknown_speaker\)$/);
    expect(lines[1]).toMatch(/^claims\[1\]\.stated: .*"2025-13-45".* \(invalid_date\)$/);
  });

  test("invalid JSON names the file, line and column, exit 1", () => {
    const run = concord(["check", "-"], { input: '{\n  "sides": [1,\n  ]\n}' });
    expect(run).toMatchObject({ status: 1, stdout: "" });
    expect(run.stderr).toBe("<stdin>:3:3: Unexpected token ']' (invalid JSON)\n");
    const truncated = concord(["check", "-"], { input: '{"sides": [' });
    expect(truncated.stderr).toBe("<stdin>:1:12: Unexpected end of JSON input (invalid JSON)\n");
  });

  test("a file that cannot be read is invalid input, exit 1", () => {
    const missing = concord(["check", "no/such/corpus.json"]);
    expect(missing).toMatchObject({
      status: 1,
      stdout: "",
      stderr: "concord: cannot read no/such/corpus.json: no such file or directory\n",
    });
    const directory = concord(["check", "examples"]);
    expect(directory.status).toBe(1);
    expect(directory.stderr).toMatch(/^concord: cannot read examples: /);
  });
});
