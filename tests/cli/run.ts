import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The repository root: commands run from here, so paths read as a user would type them. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
export const EXAMPLE = "examples/istanbul-2025/corpus.json";

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built command as a child process: pipes, not a terminal, and without the colour
 * variables of the shell the tests run in, unless `env` sets them.
 */
export function concord(args: readonly string[], options?: { input?: string; env?: Record<string, string> }): Run {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env["NO_COLOR"];
  delete env["FORCE_COLOR"];
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input: options?.input ?? "",
    env: { ...env, ...options?.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Any ANSI escape sequence. */
export const ESCAPE = /\u001b\[/;
