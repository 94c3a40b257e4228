import { expectTypeOf, test } from "vitest";
import type { Issue, IssueCode, IssueOf, Warning } from "../../src/index.js";

test("an issue narrows by code to the data of that code", () => {
  const issue = {} as Issue;
  if (issue.code === "unknown_speaker") {
    expectTypeOf(issue.given).toEqualTypeOf<string>();
    expectTypeOf(issue.nearest).toEqualTypeOf<readonly string[]>();
  }
  if (issue.code === "duplicate_id") expectTypeOf(issue.first).toEqualTypeOf<readonly (string | number)[]>();
  expectTypeOf(issue.code).toEqualTypeOf<IssueCode>();
  expectTypeOf(issue.message).toEqualTypeOf<string>();
});

test("IssueOf names one member, and a member without its data does not compile", () => {
  expectTypeOf<Extract<Issue, { code: "supersedes_cycle" }>>().toEqualTypeOf<IssueOf<"supersedes_cycle">>();
  // @ts-expect-error an unknown speaker must say what was given and which actors are nearest
  const bare: Issue = { path: ["claims", 0, "speaker"], code: "unknown_speaker", message: 'No actor "Umarov"' };
  expectTypeOf(bare).toEqualTypeOf<Issue>();
});

test("a warning narrows the same way", () => {
  const warning = {} as Warning;
  if (warning.code === "speaker_by_name_key") expectTypeOf(warning.uses).toEqualTypeOf<number>();
});
