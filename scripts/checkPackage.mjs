/**
 * Packs concord as `npm publish` does (prepack builds dist/) and checks the tarball from outside:
 * its package.json has no scripts, and the repository's package.json is back as it was.
 *
 * `npm run lint:package` runs it before publint and attw, which then lint the build it made.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "concord-package-"));
const problems = [];

try {
  const manifest = readFileSync(join(root, "package.json"), "utf8");
  // npm shows the prepack build's output on stdout too, so the tarball is found by looking.
  execFileSync("npm", ["pack", "--pack-destination", work], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
  if (tarball === undefined) throw new Error(`npm pack wrote no tarball into ${work}`);
  execFileSync("tar", ["-xzf", join(work, tarball), "-C", work]);
  const unpacked = join(work, "package");

  const packedManifest = JSON.parse(readFileSync(join(unpacked, "package.json"), "utf8"));
  if (packedManifest.scripts !== undefined) {
    problems.push(
      `the packed package.json has scripts (${Object.keys(packedManifest.scripts).join(", ")}): ` +
        "npm counts a package's prepare among the install scripts it warns about",
    );
  }
  if (readFileSync(join(root, "package.json"), "utf8") !== manifest) {
    problems.push("package.json is not as it was before npm pack: postpack did not restore it");
  }
  if (existsSync(join(root, "node_modules/.cache/concord-pack/package.json"))) {
    problems.push("the package.json kept aside while packing is still in node_modules/.cache/concord-pack");
  }

  if (problems.length === 0) console.log(`package: ${tarball} has no scripts`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`package: ${problem}`);
  process.exit(1);
}

