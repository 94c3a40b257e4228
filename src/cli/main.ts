#!/usr/bin/env node
import { showControls } from "../internal/showControls.js";
/**
 * The `concord` command: check, reconcile and explain a corpus from the command line. The only
 * place in concord with I/O; everything it prints comes from the library's pure functions.
 */
import { type Invocation, readArgs, UsageError } from "./args.js";
import { EXIT, runCommand } from "./commands.js";
import { reason } from "./input.js";
import { usage, version } from "./usage.js";

async function main(argv: readonly string[]): Promise<number> {
  let invocation: Invocation;
  try {
    invocation = readArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(
      `concord${error.command === undefined ? "" : ` ${error.command}`}: ${showControls(error.message)}\n\n${usage(error.command)}\n`,
    );
    return EXIT.usage;
  }
  switch (invocation.kind) {
    case "help":
      process.stdout.write(`${usage(invocation.command)}\n`);
      return EXIT.ok;
    case "version":
      process.stdout.write(`${version()}\n`);
      return EXIT.ok;
    default:
      return runCommand(invocation, {
        stdin: process.stdin,
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
      });
  }
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // A reader that stops early (`concord reconcile … | head`) is not an error.
  if (error.code === "EPIPE") return;
  // A full disk or a closed descriptor: one line, not a stack, and no more writing. The report
  // is cut off, so the command stops at once.
  process.stderr.write(`concord: cannot write to standard output: ${showControls(reason(error))}\n`);
  process.exit(EXIT.output);
});

main(process.argv.slice(2)).then(
  (status) => {
    // Not process.exit: it could cut off output still being written to a pipe.
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`concord: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
