/** What the command writes to: standard output or error, a terminal or not. */
export interface Stream {
  readonly isTTY?: boolean | undefined;
  write(text: string): unknown;
}

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Whether to colour a stream: never when `NO_COLOR` is set (https://no-color.org), always when
 * `FORCE_COLOR` is set to anything but 0, else only on a terminal.
 *
 * @example
 * useColour({ isTTY: true, write() {} }, { NO_COLOR: "1" }); // => false
 */
export function useColour(stream: Stream, env: Environment): boolean {
  if ((env["NO_COLOR"] ?? "") !== "") return false;
  const force = env["FORCE_COLOR"];
  if (force !== undefined && force !== "") return force !== "0" && force !== "false";
  return stream.isTTY === true;
}

/** ANSI styles, or plain text when colour is off. */
export interface Paint {
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

/**
 * ANSI styles when `enabled`, else functions that leave text alone.
 *
 * @example
 * paint(false).red("contested"); // => "contested"
 */
export function paint(enabled: boolean): Paint {
  return enabled
    ? { red: ansi(31, 39), green: ansi(32, 39), yellow: ansi(33, 39), bold: ansi(1, 22), dim: ansi(2, 22) }
    : { red: plain, green: plain, yellow: plain, bold: plain, dim: plain };
}

/**
 * The text report with its status words and marks in colour: contested red, consensus green,
 * one-sided yellow, contradictions (✗) red, supersessions (↻) dim.
 *
 * @example
 * colourText("■ q · a — contested", paint(false)); // => "■ q · a — contested"
 */
export function colourText(text: string, style: Paint): string {
  const status: Readonly<Record<string, (text: string) => string>> = {
    contested: style.red,
    consensus: style.green,
    "one-sided": style.yellow,
  };
  return text
    .split("\n")
    .map((line) => {
      const heading = /^■ (.*) — (contested|consensus|one-sided)$/.exec(line);
      if (heading)
        return `${style.bold(`■ ${heading[1] ?? ""}`)} — ${(status[heading[2] ?? ""] ?? style.bold)(heading[2] ?? "")}`;
      return line
        .replace(/^(\s+)✗/, (_, indent: string) => `${indent}${style.red("✗")}`)
        .replace(/^(\s+)↻/, (_, indent: string) => `${indent}${style.dim("↻")}`);
    })
    .join("\n");
}

/** Show progress only once the work has taken this long. */
const AFTER_MS = 1000;
/** And redraw it at most this often. */
const EVERY_MS = 100;

/**
 * A progress line on standard error ("reading… 120,000 claims"), redrawn in place with `\r`,
 * shown only on a terminal and only once the work has run for about a second, and cleared when
 * the work is done.
 */
export class Progress {
  private shown = false;
  private last = 0;
  private readonly started: number;

  constructor(
    private readonly stream: Stream,
    private readonly enabled: boolean,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** Redraws the line, when it is due; `now` draws it at once (before synchronous work). */
  update(text: string, now = false): void {
    if (!this.enabled) return;
    const time = this.now();
    if (!now && (time - this.started < AFTER_MS || time - this.last < EVERY_MS)) return;
    this.last = time;
    this.shown = true;
    this.stream.write(`\r\u001b[K${text}`);
  }

  /** Whether the work has run long enough for progress to show. */
  get slow(): boolean {
    return this.enabled && (this.shown || this.now() - this.started >= AFTER_MS);
  }

  /** Removes the line, if one was drawn. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write("\r\u001b[K");
    this.shown = false;
  }
}

const COUNT = new Intl.NumberFormat("en-US");

/**
 * A count as the CLI's messages write it: "12,500".
 *
 * @example
 * formatCount(12500); // => "12,500"
 */
export function formatCount(n: number): string {
  return COUNT.format(n);
}
