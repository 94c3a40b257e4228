import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const tsx = createRequire(import.meta.url).resolve("tsx/cli");

test("npm run example prints the picture and writes report.md and report.html", { timeout: 60_000 }, () => {
  const reports = ["report.md", "report.html"].map((name) => here(`../../examples/istanbul-2025/${name}`));
  for (const file of reports) rmSync(file, { force: true });
  const out = execFileSync(process.execPath, [tsx, here("../../examples/istanbul-2025/run.ts")], { encoding: "utf8" });
  expect(out).toContain("70 claims from 5 sources on 56 questions");
  expect(out).toContain("0 contested, 5 with consensus, 51 one-sided");
  const stale = out.slice(out.indexOf("\nGone stale: "));
  expect(stale).toContain("■ pow-exchange/istanbul-2025-07-23 · status — Russia: medinsky-0723-agreed");
  expect(stale).toContain("■ pow-exchange/istanbul-2025-06-02 · status — Ukraine: zelenskyy-0602-agreed");
  expect(stale.replace(/\s+/g, " ").match(/the state moved on, no contradiction\./g)).toHaveLength(4);
  expect(out).toContain("report.md");
  const [markdown, html] = reports.map((file) => readFileSync(file as string, "utf8")) as [string, string];
  expect(markdown).toMatch(/^# Istanbul prisoner-exchange talks, 2025\n/);
  expect(markdown).toContain("## pow-exchange/istanbul-2025-07-23 · status — one-sided");
  expect(html.startsWith("<!doctype html>") || html.startsWith("<!DOCTYPE html>")).toBe(true);
  expect(html.match(/data-claim="/g)?.length).toBe(70);
});
