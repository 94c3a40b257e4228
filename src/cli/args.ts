import { parseArgs } from "node:util";
import { isDuration } from "../index.js";

/** What the command line asks for, once its arguments are read and checked. */
export type Invocation =
  | { readonly kind: "help"; readonly command?: CommandName | undefined }
  | { readonly kind: "version" }
  | { readonly kind: "check"; readonly input: Input; readonly strict?: boolean | undefined }
  | {
      readonly kind: "reconcile";
      readonly input: Input;
      readonly format: Format;
      readonly out?: string | undefined;
      readonly subject?: string | undefined;
      readonly attribute?: string | undefined;
      readonly tolerance?: number | undefined;
      readonly boundReach?: number | undefined;
      readonly freshFor?: string | undefined;
      readonly asOf?: string | undefined;
      readonly knownAt?: string | undefined;
      readonly width?: number | undefined;
      readonly title?: string | undefined;
    }
  | {
      readonly kind: "explain";
      readonly input: Input;
      readonly ids: readonly [string, string];
      readonly tolerance?: number | undefined;
      readonly boundReach?: number | undefined;
      readonly freshFor?: string | undefined;
    };

/** Where the corpus comes from: a JSON file (or `-`), and perhaps its claims as NDJSON. */
export interface Input {
  readonly file: string;
  readonly claims?: string | undefined;
}

export type CommandName = "check" | "reconcile" | "explain";
export type Format = "text" | "markdown" | "json" | "html";

const FORMATS: readonly Format[] = ["text", "markdown", "json", "html"];
const COMMANDS: readonly CommandName[] = ["check", "reconcile", "explain"];

/**
 * A command line that cannot be run as written; the message says why, `command` whose usage to
 * show.
 *
 * @example
 * new UsageError("missing FILE", "check").command; // => "check"
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    readonly command?: CommandName | undefined,
  ) {
    super(message);
  }
}

const common = {
  help: { type: "boolean", short: "h" },
  claims: { type: "string" },
} as const;

const checkOptions = { ...common, strict: { type: "boolean" } } as const;

const reconcileOptions = {
  ...common,
  format: { type: "string", short: "f", default: "text" },
  out: { type: "string", short: "o" },
  subject: { type: "string" },
  attribute: { type: "string" },
  tolerance: { type: "string" },
  "bound-reach": { type: "string" },
  "fresh-for": { type: "string" },
  "as-of": { type: "string" },
  "known-at": { type: "string" },
  width: { type: "string" },
  title: { type: "string" },
} as const;

const explainOptions = {
  ...common,
  tolerance: { type: "string" },
  "bound-reach": { type: "string" },
  "fresh-for": { type: "string" },
} as const;

function isCommand(word: string): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word);
}

/** Runs node's parser, turning its errors ("Unknown option '--x'") into usage errors. */
function parse<R>(run: () => R, command: CommandName): R {
  try {
    return run();
  } catch (error) {
    // Node adds advice on "--" to an unknown option; the usage that follows says enough.
    const message =
      error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, "") : String(error);
    throw new UsageError(message, command);
  }
}

function input(file: string | undefined, claims: string | undefined, command: CommandName): Input {
  if (file === undefined) throw new UsageError("missing FILE (a corpus JSON file, or - for standard input)", command);
  if (file === "-" && claims === "-")
    throw new UsageError("FILE and --claims cannot both be - (standard input)", command);
  return claims === undefined ? { file } : { file, claims };
}

function extra(positionals: readonly string[], expected: number, command: CommandName): void {
  if (positionals.length > expected) {
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[expected])}`, command);
  }
}

/** A fraction from 0 up to (not including) 1, as reconcile and compare take it. */
function tolerance(text: string | undefined, command: CommandName): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < 0 || value >= 1) {
    throw new UsageError(
      `--tolerance must be a number from 0 up to (not including) 1, got ${JSON.stringify(text)}`,
      command,
    );
  }
  return value;
}

/** A fraction ≥ 0: how far a lone ceiling reaches where bounds are estimates. */
function boundReach(text: string | undefined, command: CommandName): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < 0) {
    throw new UsageError(`--bound-reach must be a number ≥ 0, got ${JSON.stringify(text)}`, command);
  }
  return value;
}

/** An ISO 8601 duration longer than zero ("P30D"). */
function freshFor(text: string | undefined, command: CommandName): string | undefined {
  if (text === undefined) return undefined;
  if (!isDuration(text))
    throw new UsageError(
      `--fresh-for must be an ISO 8601 duration such as P30D, P2W or PT12H, got ${JSON.stringify(text)}`,
      command,
    );
  return text;
}

function width(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 20) {
    throw new UsageError(
      `--width must be a whole number of columns, at least 20, got ${JSON.stringify(text)}`,
      "reconcile",
    );
  }
  return value;
}

function format(text: string): Format {
  const found = FORMATS.find((candidate) => candidate === text);
  if (!found)
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got ${JSON.stringify(text)}`, "reconcile");
  return found;
}

/**
 * Reads the command line (without `node` and the script): the command, its options and its
 * arguments. Throws a {@link UsageError} for anything that cannot run.
 *
 * @example
 * readArgs(["check", "corpus.json"]); // => { kind: "check", input: { file: "corpus.json" } }
 */
export function readArgs(argv: readonly string[]): Invocation {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError("missing command");
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = rest[0];
    return { kind: "help", command: topic !== undefined && isCommand(topic) ? topic : undefined };
  }
  if (first === "--version" || first === "-V") return { kind: "version" };
  if (!isCommand(first)) {
    throw new UsageError(
      first.startsWith("-") ? `unknown option ${JSON.stringify(first)}` : `unknown command ${JSON.stringify(first)}`,
    );
  }
  const args = [...rest];
  switch (first) {
    case "check": {
      const { values, positionals } = parse(
        () => parseArgs({ args, options: checkOptions, allowPositionals: true, strict: true }),
        first,
      );
      if (values.help) return { kind: "help", command: first };
      extra(positionals, 1, first);
      return { kind: "check", input: input(positionals[0], values.claims, first), strict: values.strict };
    }
    case "reconcile": {
      const { values, positionals } = parse(
        () => parseArgs({ args, options: reconcileOptions, allowPositionals: true, strict: true }),
        first,
      );
      if (values.help) return { kind: "help", command: first };
      extra(positionals, 1, first);
      return {
        kind: "reconcile",
        input: input(positionals[0], values.claims, first),
        format: format(values.format),
        out: values.out,
        subject: values.subject,
        attribute: values.attribute,
        tolerance: tolerance(values.tolerance, first),
        boundReach: boundReach(values["bound-reach"], first),
        freshFor: freshFor(values["fresh-for"], first),
        asOf: values["as-of"],
        knownAt: values["known-at"],
        width: width(values.width),
        title: values.title,
      };
    }
    case "explain": {
      const { values, positionals } = parse(
        () => parseArgs({ args, options: explainOptions, allowPositionals: true, strict: true }),
        first,
      );
      if (values.help) return { kind: "help", command: first };
      extra(positionals, 3, first);
      const [file, a, b] = positionals;
      if (a === undefined || b === undefined) throw new UsageError("explain needs FILE and two claim ids", first);
      return {
        kind: "explain",
        input: input(file, values.claims, first),
        ids: [a, b],
        tolerance: tolerance(values.tolerance, first),
        boundReach: boundReach(values["bound-reach"], first),
        freshFor: freshFor(values["fresh-for"], first),
      };
    }
  }
}
