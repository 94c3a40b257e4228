/**
 * Packs concord as `npm publish` does (prepack builds dist/) and checks the tarball from outside:
 * - its package.json has no scripts, and the repository's package.json is back as it was;
 * - every image the README shows is in it (a relative path, or a package CDN URL of this very
 *   name and version: npm's registry page resolves a relative one only through `repository`);
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

  problems.push(...readmeImageProblems(unpacked, packedManifest));

  if (problems.length === 0) console.log(`package: ${tarball} has no scripts, and its README's images`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`package: ${problem}`);
  process.exit(1);
}

/** The README's images that a reader of the package would not see. */
function readmeImageProblems(unpacked, packedManifest) {
  const readme = readFileSync(join(unpacked, "README.md"), "utf8");
  const sources = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g), ...readme.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)].map((found) => found[1]);
  const problems = [];
  for (const source of sources) {
    let path = source;
    if (/^https?:/.test(source)) {
      const served = /^https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/((?:@[^/]+\/)?[^/@]+)@([^/]+)\/(.+)$/.exec(source);
      if (!served) continue;
      const [, name, version, file] = served;
      if (name !== packedManifest.name || version !== packedManifest.version) {
        problems.push(`the README shows ${source}, from ${name}@${version}, not from this package, ${packedManifest.name}@${packedManifest.version}`);
      }
      path = file;
    }
    if (!existsSync(join(unpacked, path))) problems.push(`the README shows ${source}, and the package has no ${path}: add it to "files"`);
  }
  return problems;
}

