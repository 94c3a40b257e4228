import { expect, test } from "vitest";
import { concord, EXAMPLE } from "./run.js";

test("explain: one sentence on stdout naming both speakers", () => {
  const run = concord(["explain", EXAMPLE, "medinsky-0723-agreed", "umjerow-0101-talks-to-resume"]);
  expect(run).toMatchObject({ status: 0, stderr: "" });
  expect(run.stdout.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stdout).toMatch(
    /^Vladimir Medinsky \(Russia, 23 Jul 2025\) said “agreed”; Rustem Umerov \(Ukraine, 1 Jan 2026, via Volodymyr Zelenskyy\) said “talks-to-resume” 162 days later, .*no contradiction\.\n$/,
  );
});

test("explain: an unknown claim id is exit 1, with the nearest ids", () => {
  const run = concord(["explain", EXAMPLE, "medinsky-0723-agred", "umjerow-0101-talks-to-resume"]);
  expect(run).toMatchObject({ status: 1, stdout: "" });
  expect(run.stderr).toBe(
    `concord: no claim "medinsky-0723-agred" in ${EXAMPLE}; nearest: medinsky-0723-agreed, medinsky-0602-agreed, medinsky-0723-concluded\n`,
  );
});
