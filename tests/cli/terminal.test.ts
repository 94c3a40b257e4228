import { describe, expect, test } from "vitest";
import { colourText, Progress, paint, useColour } from "../../src/cli/terminal.js";

function recorder(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe("useColour", () => {
  test.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: "1" }, false],
    [true, { NO_COLOR: "" }, true],
    [false, { FORCE_COLOR: "1" }, true],
    [true, { FORCE_COLOR: "0" }, false],
    [false, { FORCE_COLOR: "1", NO_COLOR: "yes" }, false],
  ])("a terminal: %s, env %j → %s", (isTTY, env, expected) => {
    expect(useColour(recorder(isTTY), env)).toBe(expected);
  });
});

test("colourText paints the status word of a heading and the marks, and nothing else", () => {
  const text = "■ q · a — contested\n  Ukraine: 1\n  ✗ since 1 Jan: x\n  ↻ y";
  expect(colourText(text, paint(false))).toBe(text);
  const coloured = colourText(text, paint(true));
  expect(coloured).toContain("\u001b[31mcontested\u001b[39m");
  expect(coloured).toContain("  \u001b[31m✗\u001b[39m since");
  expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(text);
});

describe("Progress", () => {
  test("shows nothing when standard error is not a terminal", () => {
    const stream = recorder(false);
    let time = 0;
    const progress = new Progress(stream, false, () => time);
    time = 5000;
    progress.update("reading… 1,000 claims");
    progress.update("reconciling…", true);
    progress.clear();
    expect(stream.written).toEqual([]);
    expect(progress.slow).toBe(false);
  });

  test("waits a second, redraws in place at most every 100 ms, and clears its line", () => {
    const stream = recorder(true);
    let time = 0;
    const progress = new Progress(stream, true, () => time);
    progress.update("reading… 1,024 claims");
    expect(stream.written).toEqual([]);
    progress.clear();
    expect(stream.written).toEqual([]);
    time = 1000;
    expect(progress.slow).toBe(true);
    progress.update("reading… 2,048 claims");
    time = 1050;
    progress.update("reading… 3,072 claims");
    time = 1100;
    progress.update("reading… 4,096 claims");
    progress.clear();
    expect(stream.written).toEqual([
      "\r\u001b[Kreading… 2,048 claims",
      "\r\u001b[Kreading… 4,096 claims",
      "\r\u001b[K",
    ]);
  });

  test("work about to block is announced at once", () => {
    const stream = recorder(true);
    const progress = new Progress(stream, true, () => 0);
    progress.update("reconciling… 200,000 claims", true);
    expect(stream.written).toEqual(["\r\u001b[Kreconciling… 200,000 claims"]);
  });
});
