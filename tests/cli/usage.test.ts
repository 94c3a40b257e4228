import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { CLI, concord, ESCAPE, EXAMPLE } from "./run.js";

describe("help and version", () => {
  test("--version prints the version from package.json", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    for (const flag of ["--version", "-V"]) {
      const run = concord([flag]);
      expect(run).toMatchObject({ status: 0, stdout: `${manifest.version}\n`, stderr: "" });
    }
  });

  test("--help lists the commands on stdout; each command has its own", () => {
    const overview = concord(["--help"]);
    expect(overview.status).toBe(0);
    expect(overview.stderr).toBe("");
    for (const command of ["check FILE", "reconcile FILE", "explain FILE ID ID", "NO_COLOR", "--claims PATH"]) {
      expect(overview.stdout).toContain(command);
    }
    const reconcile = concord(["reconcile", "--help"]);
    expect(reconcile.status).toBe(0);
    expect(reconcile.stdout).toMatch(/^Usage: concord reconcile FILE/);
    for (const flag of [
      "--format",
      "--out",
      "--subject",
      "--attribute",
      "--tolerance",
      "--as-of",
      "--width",
      "--title",
    ]) {
      expect(reconcile.stdout).toContain(flag);
    }
    expect(concord(["explain", "-h"]).stdout).toMatch(/^Usage: concord explain FILE CLAIM_ID CLAIM_ID/);
    expect(concord(["help", "check"]).stdout).toMatch(/^Usage: concord check FILE/);
  });

  test("the built file is an executable script", () => {
    expect(readFileSync(CLI, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });
});

describe("usage errors exit 2 with the usage on stderr and nothing on stdout", () => {
  test.each([
    [[], /missing command/],
    [["frobnicate", EXAMPLE], /unknown command "frobnicate"/],
    [["--frobnicate"], /unknown option "--frobnicate"/],
    [["check"], /missing FILE/],
    [["check", EXAMPLE, "extra"], /unexpected argument "extra"/],
    [["reconcile", EXAMPLE, "--colour"], /Unknown option '--colour'/],
    [["reconcile", EXAMPLE, "--format", "pdf"], /--format must be one of text, markdown, json, html/],
    [["reconcile", EXAMPLE, "--tolerance", "1"], /--tolerance must be a number from 0 up to/],
    [["reconcile", EXAMPLE, "--tolerance=-0.1"], /--tolerance must be a number from 0 up to/],
    [["reconcile", EXAMPLE, "--tolerance", "lots"], /--tolerance must be a number from 0 up to/],
    [["reconcile", EXAMPLE, "--width", "wide"], /--width must be a whole number/],
    [["reconcile", EXAMPLE, "--out"], /argument missing/],
    [["explain", EXAMPLE, "medinsky-0723-agreed"], /explain needs FILE and two claim ids/],
    [["check", "-", "--claims", "-"], /cannot both be -/],
  ])("concord %j", (args, message) => {
    const run = concord(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain("Usage: concord");
  });

  test("an --as-of that is no date is a usage error too, with the usage after it", () => {
    const run = concord(["reconcile", EXAMPLE, "--as-of", "yesterday"]);
    expect(run).toMatchObject({ status: 2, stdout: "" });
    expect(run.stderr).toMatch(
      /^concord reconcile: --as-of must be an ISO date or date-time, got "yesterday"\n\nUsage: concord reconcile FILE/,
    );
  });
});

describe("colour", () => {
  test("never on a pipe, and never with NO_COLOR, even when FORCE_COLOR asks", () => {
    for (const env of [{}, { NO_COLOR: "1" }, { NO_COLOR: "1", FORCE_COLOR: "1" }]) {
      for (const run of [concord(["reconcile", EXAMPLE], { env }), concord(["check", "-"], { env, input: "{}" })]) {
        expect(run.stdout + run.stderr).not.toMatch(ESCAPE);
        expect(run.stdout + run.stderr).not.toBe("");
      }
    }
  });

  test("FORCE_COLOR colours status words and error codes", () => {
    const text = concord(["reconcile", EXAMPLE], { env: { FORCE_COLOR: "1" } }).stdout;
    expect(text).toContain("\u001b[32mconsensus\u001b[39m");
    const errors = concord(["check", "-"], { env: { FORCE_COLOR: "1" }, input: "{}" }).stderr;
    expect(errors).toContain("\u001b[31m(missing)\u001b[39m");
  });
});
