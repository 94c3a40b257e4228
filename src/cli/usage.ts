import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CommandName } from "./args.js";

const OVERVIEW = `Usage: concord <command> [options]

Commands:
  check FILE                  validate a corpus; every problem as "path: message (code)"
  reconcile FILE [options]    the reconciled picture as text, Markdown, JSON or HTML
  explain FILE ID ID          how two claims relate, in one sentence

FILE is a corpus JSON file, or - for standard input.

Options for every command:
  --claims PATH               read the claims as NDJSON (one claim a line; - for standard
                              input) beside FILE's sides, actors, sources and attributes
  -h, --help                  show help (also: concord <command> --help)
  -V, --version               show the version

Exit status: 0 done, 1 invalid input (or a file that cannot be read), 2 usage error,
74 output that cannot be written (a full disk, a missing folder for --out).
Colour only on a terminal, never when NO_COLOR is set; FORCE_COLOR=1 forces it.`;

const HELP: Readonly<Record<CommandName, string>> = {
  check: `Usage: concord check FILE [--claims PATH] [--strict]

Validates a corpus. Prints every problem to standard error as "path: message (code)"
and exits 1; prints a one-line summary and exits 0 when the corpus is valid. Warnings
(accepted, but worth a look) go to standard error as "warning: path: message (code)".

  --claims PATH   the claims as NDJSON (one claim a line, blank lines ignored; - for stdin)
  --strict        exit 1 when there are warnings too`,
  reconcile: `Usage: concord reconcile FILE [options]

Reconciles a corpus: per question, each side's current position, the consensus or the
contradictions, and the supersession chain.

  -f, --format F      text (default), markdown, json or html
  -o, --out PATH      write to PATH instead of standard output
  --subject S         only the questions about subject S
  --attribute A       only the questions about attribute A
  --tolerance X       how far an approximate figure reaches, 0 <= X < 1 (default 0.1)
  --bound-reach R     how far "up to N" reaches below N where bounds are estimates (default 0.25)
  --fresh-for D       how long a claim stays fresh, for over-time attributes that set none (P30D)
  --as-of DATE        the picture as it stood on DATE (an ISO date or date-time)
  --known-at DATE     only claims from sources published by DATE
  --width N           wrap text at N columns (default 80; text only)
  --title T           the HTML page's title and heading (default "concord · FILE"; html only)
  --claims PATH       the claims as NDJSON (one claim a line, blank lines ignored; - for stdin)`,
  explain: `Usage: concord explain FILE CLAIM_ID CLAIM_ID [options]

Compares two claims and says in one sentence whether they agree, contradict each other,
one supersedes the other, the later follows a stale one, or they are unrelated.

  --tolerance X       how far an approximate figure reaches, 0 <= X < 1 (default 0.1)
  --bound-reach R     how far "up to N" reaches below N where bounds are estimates (default 0.25)
  --fresh-for D       how long a claim stays fresh, for over-time attributes that set none (P30D)
  --claims PATH       the claims as NDJSON (one claim a line, blank lines ignored; - for stdin)`,
};

/**
 * The help text: the overview, or one command's.
 *
 * @example
 * usage("check").startsWith("Usage: concord check"); // => true
 */
export function usage(command?: CommandName | undefined): string {
  return command === undefined ? OVERVIEW : HELP[command];
}

/**
 * The package's version, read from its package.json at run time (the nearest one above this
 * file that names concord), so the built command and the sources report the same.
 *
 * @example
 * version(); // => "0.1.0"
 */
export function version(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(directory, "package.json");
    if (existsSync(candidate)) {
      const manifest: unknown = JSON.parse(readFileSync(candidate, "utf8"));
      if (typeof manifest === "object" && manifest !== null && "name" in manifest && manifest.name === "concord") {
        return "version" in manifest && typeof manifest.version === "string" ? manifest.version : "unknown";
      }
    }
    const parent = dirname(directory);
    if (parent === directory) return "unknown";
    directory = parent;
  }
}
