/**
 * The package.json that npm packs has no `scripts`. In a clone, `prepare` builds dist/ on `npm ci`,
 * so that `npx concord` works straight away; in a user's node_modules it would build nothing and
 * only list concord among the packages whose install scripts npm asks about, and the other scripts
 * run tests and examples that the package does not contain.
 *
 *   node scripts/packedManifest.mjs strip     (prepack, after the build) keeps package.json aside
 *                                             and writes it without `scripts`
 *   node scripts/packedManifest.mjs restore   (postpack) puts the kept file back, byte for byte
 *
 * A pack that fails in between leaves the kept file, and the next strip or restore puts it back.
 * `npm publish` reads package.json again after postpack for the registry's metadata, so that keeps
 * the scripts; the tarball, which is what npm installs, does not.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";

const manifest = new URL("../package.json", import.meta.url);
const kept = new URL("../node_modules/.cache/concord-pack/package.json", import.meta.url);

function restore() {
  if (existsSync(kept)) renameSync(kept, manifest);
}

const command = process.argv[2];
if (command === "strip") {
  restore();
  const text = readFileSync(manifest, "utf8");
  const { scripts: _scripts, ...packed } = JSON.parse(text);
  mkdirSync(new URL(".", kept), { recursive: true });
  writeFileSync(kept, text);
  writeFileSync(manifest, `${JSON.stringify(packed, null, 2)}\n`);
} else if (command === "restore") {
  restore();
} else {
  console.error("usage: node scripts/packedManifest.mjs strip|restore");
  process.exit(2);
}
