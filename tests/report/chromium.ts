/**
 * The Chromium that the browser tests drive, so that `npm ci && npm test` needs nothing from the
 * system: CHROMIUM_PATH when it is set, else Debian's chromium when it is installed, else the
 * headless Chromium that the @sparticuz/chromium dev dependency carries inside its npm package.
 */
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Chromium from "@sparticuz/chromium";
import { type Browser, chromium, type Page } from "playwright-core";

/** Where Debian's `chromium` package puts the browser. */
export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export type ChromiumChoice =
  | { readonly kind: "binary"; readonly path: string }
  | { readonly kind: "npm" }
  | { readonly kind: "missing"; readonly message: string };

export interface ChromiumSurroundings {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly arch: string;
  readonly exists: (path: string) => boolean;
}

/** Which Chromium to start: the first of CHROMIUM_PATH, Debian's and the npm package's. */
export function chooseChromium({ env, platform, arch, exists }: ChromiumSurroundings): ChromiumChoice {
  const wanted = env["CHROMIUM_PATH"];
  if (wanted !== undefined && wanted !== "") {
    // A path set by hand that leads nowhere is a mistake to report, not a cue to test another browser.
    return exists(wanted)
      ? { kind: "binary", path: wanted }
      : { kind: "missing", message: `CHROMIUM_PATH is ${wanted}, and there is no file there.` };
  }
  if (exists(SYSTEM_CHROMIUM)) return { kind: "binary", path: SYSTEM_CHROMIUM };
  // The npm package carries one build: Linux on x86-64.
  if (platform === "linux" && arch === "x64") return { kind: "npm" };
  return {
    kind: "missing",
    message:
      `No Chromium at ${SYSTEM_CHROMIUM}, and the one in @sparticuz/chromium runs on Linux x64 only ` +
      `(this is ${platform} ${arch}): set CHROMIUM_PATH to a Chromium binary.`,
  };
}

function npmChromiumVersion(): string {
  // A direct dev dependency: npm installs it at the top of node_modules.
  const manifest: unknown = JSON.parse(
    readFileSync(new URL("../../node_modules/@sparticuz/chromium/package.json", import.meta.url), "utf8"),
  );
  if (
    typeof manifest !== "object" ||
    manifest === null ||
    !("version" in manifest) ||
    typeof manifest.version !== "string"
  ) {
    throw new Error("@sparticuz/chromium's package.json has no version");
  }
  return manifest.version;
}

/**
 * Unpacks the npm package's Chromium once per version and returns its path.
 *
 * Left to itself the package unpacks into the temporary directory as `chromium`, beside its
 * graphics libraries and fonts, and from then on returns whatever file has that name: another
 * version's browser, or one cut short by an interrupted run or written by a second run at the
 * same time. So it unpacks into a fresh directory (it asks os.tmpdir(), which reads TMPDIR), which
 * is then renamed, whole and at once, to a directory named after the version.
 */
async function unpackNpmChromium(): Promise<string> {
  const home = join(tmpdir(), `concord-chromium-${npmChromiumVersion()}`);
  const binary = join(home, "chromium");
  if (existsSync(binary)) return binary;
  const staging = mkdtempSync(`${home}-`);
  const saved = process.env["TMPDIR"];
  process.env["TMPDIR"] = staging;
  let unpacked: string;
  try {
    unpacked = await Chromium.executablePath();
  } finally {
    if (saved === undefined) delete process.env["TMPDIR"];
    else process.env["TMPDIR"] = saved;
  }
  if (unpacked !== join(staging, "chromium")) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `@sparticuz/chromium unpacked its browser to ${unpacked}, not into ${staging}: see tests/report/chromium.ts`,
    );
  }
  try {
    renameSync(staging, home);
  } catch (error) {
    // Another run renamed its copy there first: use that one.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}

/** Starts headless Chromium for the browser tests, or throws saying how to get one. */
export async function launchChromium(): Promise<Browser> {
  const choice = chooseChromium({
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    exists: existsSync,
  });
  if (choice.kind === "missing") throw new Error(choice.message);
  const executablePath = choice.kind === "binary" ? choice.path : await unpackNpmChromium();
  return chromium.launch({
    executablePath,
    // The same switches for every Chromium. @sparticuz/chromium's own `args` are made for AWS
    // Lambda (one process, web security off) and would test the page in a browser no reader has.
    // Without the background-networking switches Chromium reaches for the network on start.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Takes a screenshot, trying again a second later when Chromium could not capture one. The headless
 * shell that @sparticuz/chromium carries (147 and 153 alike) sometimes fails Page.captureScreenshot
 * on the 500-claim report when the machine is busy: in about one run in six on two loaded cores.
 * A second capture at once fails too; of seven such failures, a capture a second later worked for
 * six, and one two seconds later for the seventh. Any other error is thrown at once.
 */
export async function screenshot(
  page: Pick<Page, "screenshot">,
  options: Parameters<Page["screenshot"]>[0],
  { attempts = 4, pause = 1000 }: { attempts?: number; pause?: number } = {},
): Promise<Buffer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await page.screenshot(options);
    } catch (error) {
      if (attempt >= attempts || !(error instanceof Error) || !error.message.includes("Unable to capture screenshot"))
        throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
