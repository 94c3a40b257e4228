import { describe, expect, test } from "vitest";
import { parseCorpus, reconcile } from "../../src/index.js";
import { CLEAR_AND_TITLE, CONTROL, hostileCorpus } from "../hostile.js";
import { concord } from "./run.js";

/** Everything but the line breaks the command writes itself. */
const controlsIn = (text: string): string[] =>
  [...text.replaceAll("\n", "").matchAll(new RegExp(CONTROL, "gu"))].map((match) => match[0]);

const input = JSON.stringify(hostileCorpus());

describe("control and bidi characters in the corpus never reach the terminal", () => {
  test.each(["text", "markdown", "json"])("concord reconcile --format %s", (format) => {
    const run = concord(["reconcile", "-", "--format", format], { input });
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(controlsIn(run.stdout)).toEqual([]);
    expect(run.stdout).toMatch(/\\{1,2}u202e/);
  });

  test("the JSON still reads back as the reconciliation", () => {
    const parsed = parseCorpus(hostileCorpus());
    if (!parsed.ok) throw new Error("the hostile corpus must parse");
    const run = concord(["reconcile", "-", "--format", "json"], { input });
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(reconcile(parsed.corpus))));
  });

  test("concord explain's sentence, and its unknown ids", () => {
    const run = concord(["explain", "-", "umerov-1000", "umerov-\u001b[1m390\u202e"], { input });
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(controlsIn(run.stdout)).toEqual([]);
    expect(run.stdout).toContain(
      "Rustem \\u009b31mUmerov\\u202e (Ukraine\\u001b[2J\\u001b]0;pwned\\u0007, 16 May 2025)",
    );
    const unknown = concord(["explain", "-", "umerov-1000", `x${CLEAR_AND_TITLE}\u202e`], { input });
    expect(unknown.status).toBe(1);
    expect(controlsIn(unknown.stderr)).toEqual([]);
    expect(unknown.stderr).toContain('no claim "x\\u001b[2J\\u001b]0;pwned\\u0007\\u202e"');
  });

  test("concord check's problems on stderr", () => {
    const corpus = hostileCorpus();
    const [first, ...claims] = corpus.claims ?? [];
    const broken = {
      ...corpus,
      claims: [{ ...first, speaker: `Umarov${CLEAR_AND_TITLE}\u202e`, source: "src\u009b2J" }, ...claims],
    };
    const run = concord(["check", "-"], { input: JSON.stringify(broken), env: { FORCE_COLOR: "1" } });
    expect(run.status).toBe(1);
    // The command's own colours are the only escapes.
    expect(controlsIn(run.stderr.replace(/\u001b\[\d+m/g, ""))).toEqual([]);
    expect(run.stderr).toContain("\\u202e");
    expect(run.stderr).toContain("src\\u009b2J");
  });

  test("concord reconcile's messages and usage errors on stderr", () => {
    const subject = concord(["reconcile", "-", "--subject", `pow${CLEAR_AND_TITLE}\u202e`], { input });
    expect(subject.status).toBe(1);
    expect(controlsIn(subject.stderr)).toEqual([]);
    expect(subject.stderr).toContain("\\u202e");
    const usage = concord(["reconcile", "-", "--width", "\u202e\u009b2J"], { input });
    expect(usage.status).toBe(2);
    expect(controlsIn(usage.stderr)).toEqual([]);
    expect(usage.stderr).toContain('--width must be a whole number of columns, at least 20, got "\\u202e\\u009b2J"');
  });
});
