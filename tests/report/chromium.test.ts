import { expect, test } from "vitest";
import { chooseChromium, SYSTEM_CHROMIUM, screenshot } from "./chromium.js";

const linux = { platform: "linux", arch: "x64" } as const;
const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

test("CHROMIUM_PATH comes first, before Debian's chromium", () => {
  expect(
    chooseChromium({ ...linux, env: { CHROMIUM_PATH: "/opt/chrome" }, exists: only("/opt/chrome", SYSTEM_CHROMIUM) }),
  ).toEqual({
    kind: "binary",
    path: "/opt/chrome",
  });
});

test("a CHROMIUM_PATH with no file is reported, not passed over for another Chromium", () => {
  const choice = chooseChromium({ ...linux, env: { CHROMIUM_PATH: "/opt/chrome" }, exists: only(SYSTEM_CHROMIUM) });
  expect(choice).toEqual({ kind: "missing", message: "CHROMIUM_PATH is /opt/chrome, and there is no file there." });
});

test("Debian's chromium comes before the npm package's", () => {
  expect(chooseChromium({ ...linux, env: { CHROMIUM_PATH: "" }, exists: only(SYSTEM_CHROMIUM) })).toEqual({
    kind: "binary",
    path: SYSTEM_CHROMIUM,
  });
});

test("with neither, Linux x64 gets the npm package's Chromium", () => {
  expect(chooseChromium({ ...linux, env: {}, exists: only() })).toEqual({ kind: "npm" });
});

test("elsewhere, with neither, the message asks for CHROMIUM_PATH", () => {
  const choice = chooseChromium({ platform: "darwin", arch: "arm64", env: {}, exists: only() });
  expect(choice.kind).toBe("missing");
  expect(choice.kind === "missing" && choice.message).toContain("set CHROMIUM_PATH");
});

/** A page whose screenshots fail with the given errors, in turn, and then succeed. */
function failingPage(...errors: Error[]) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    screenshot: async () => {
      const error = errors[calls++];
      if (error) throw error;
      return Buffer.from("png");
    },
  };
}

const uncaptured = () =>
  new Error("page.screenshot: Protocol error (Page.captureScreenshot): Unable to capture screenshot");

test("a screenshot Chromium could not capture is taken again", async () => {
  const page = failingPage(uncaptured(), uncaptured());
  expect((await screenshot(page, {}, { pause: 0 })).toString()).toBe("png");
  expect(page.calls).toBe(3);
});

test("a screenshot fails after the last attempt, and at once on any other error", async () => {
  const again = failingPage(uncaptured(), uncaptured(), uncaptured(), uncaptured());
  await expect(screenshot(again, {}, { pause: 0 })).rejects.toThrow("Unable to capture screenshot");
  expect(again.calls).toBe(4);
  const other = failingPage(new Error("Target page, context or browser has been closed"));
  await expect(screenshot(other, {}, { pause: 0 })).rejects.toThrow("has been closed");
  expect(other.calls).toBe(1);
});
