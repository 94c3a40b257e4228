import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** The pages whose links are checked, relative to the package root. */
const pages = [
  "README.md",
  "bench/README.md",
  ...readdirSync(join(root, "docs"))
    .filter((file) => file.endsWith(".md"))
    .map((file) => `docs/${file}`),
];

/**
 * The repository's files (tracked, or new and not ignored), so that a link to a file that only
 * exists on this disk — a report `npm run example` wrote, say — counts as broken. Outside a git
 * checkout, whatever exists on disk.
 */
const repositoryFiles: ReadonlySet<string> | undefined = (() => {
  try {
    const listing = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
      cwd: root,
      encoding: "utf8",
    });
    return new Set(listing.split("\0").filter((path) => path !== ""));
  } catch {
    return undefined;
  }
})();

function inRepository(path: string): boolean {
  if (repositoryFiles === undefined) return existsSync(join(root, path));
  if (repositoryFiles.has(path)) return true;
  const folder = path.endsWith("/") ? path : `${path}/`;
  return [...repositoryFiles].some((file) => file.startsWith(folder));
}

/** A page's Markdown without fenced code blocks, whose lines are neither headings nor links. */
function prose(markdown: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split("\n")) {
    const marker = /^\s*(```|~~~)/.exec(line)?.[1];
    if (marker !== undefined && (fence === undefined || fence === marker)) {
      fence = fence === undefined ? marker : undefined;
      continue;
    }
    if (fence === undefined) lines.push(line);
  }
  return lines;
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  const text = heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`/g, "")
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
}

function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const line of prose(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const base = slug(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** Inline links and images, `[text](target)`, outside code. */
function links(markdown: string): string[] {
  const targets: string[] = [];
  for (const line of prose(markdown)) {
    const withoutCode = line.replace(/`[^`]*`/g, "");
    for (const match of withoutCode.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      targets.push(match[1] as string);
    }
  }
  return targets;
}

function read(path: string): string {
  return readFileSync(join(root, path), "utf8");
}

/** Why a link from `page` to `target` is broken, or undefined when it resolves. */
function problem(page: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined; // https:, mailto: …
  const [pathPart = "", fragment] = target.split("#", 2);
  const path = pathPart === "" ? page : normalize(join(dirname(page), decodeURIComponent(pathPart)));
  const inside = relative(".", path);
  if (inside.startsWith("..")) return `${target} leaves the repository`;
  if (!inRepository(pathPart.endsWith("/") ? `${inside}/` : inside))
    return `${target}: no file ${inside} in the repository`;
  if (fragment === undefined || fragment === "" || !inside.endsWith(".md")) return undefined;
  return anchors(read(inside)).has(decodeURIComponent(fragment))
    ? undefined
    : `${target}: no heading #${fragment} in ${inside}`;
}

describe("relative links in the README, docs/ and bench/README.md", () => {
  test("the checker sees headings and links as GitHub does", () => {
    expect([
      ...anchors(
        "# concord\n## toText(reconciliation, corpus, options?)\n### English (`en`)\n```sh\n# not a heading\n```\n## Usage\n## Usage\n",
      ),
    ]).toEqual(["concord", "totextreconciliation-corpus-options", "english-en", "usage", "usage-1"]);
    expect(links("[a](x.md) `[b](y.md)` [`c [d]`](z.md#e) ![f](g.png)\n```\n[h](i.md)\n```\n")).toEqual([
      "x.md",
      "z.md#e",
      "g.png",
    ]);
    expect(problem("README.md", "docs/no-such-page.md")).toMatch(/no file docs\/no-such-page\.md/);
    expect(problem("docs/api.md", "cli.md#no-such-heading")).toMatch(/no heading #no-such-heading in docs\/cli\.md/);
    expect(problem("docs/api.md", "../README.md#command-line-at-a-glance")).toBeUndefined();
  });

  test.each(pages)("%s links only to files and headings that exist", (page) => {
    const broken = links(read(page))
      .map((target) => problem(page, target))
      .filter((reason) => reason !== undefined);
    expect(broken, `broken links in ${page}`).toEqual([]);
  });
});
