// The JSON text of a generated corpus, cached in bench/.cache/ (safe to delete):
//
//   import { corpusText } from "./cache.mjs";
//   const text = corpusText(100_000, "spread", 20250516);
//
// The text is made by another process (bench/generate.mjs), so neither generation nor JSON.stringify
// counts towards the caller's time or peak memory. The file name holds a hash of the generator, so a
// changed generator never serves an old text.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const generator = join(here, "generate.mjs");
const cacheDir = join(here, ".cache");

/**
 * @param {number} size
 * @param {string} shape
 * @param {number} seed
 * @returns {string} the corpus as JSON text
 */
export function corpusText(size, shape, seed) {
  const genHash = createHash("sha1").update(readFileSync(generator)).digest("hex").slice(0, 8);
  const cacheFile = join(cacheDir, `${shape}-${size}-${seed}-${genHash}.json`);
  if (!existsSync(cacheFile)) {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    const gen = spawnSync(process.execPath, [generator, String(size), shape, String(seed), tmp], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (gen.status !== 0) throw new Error(`generator failed (status ${gen.status})`);
    renameSync(tmp, cacheFile);
  }
  return readFileSync(cacheFile, "utf8");
}
