import { ConcordError, type Issue } from "../corpus/issue.js";
import { givenValue } from "../internal/quote.js";

/**
 * How loosely values match.
 *
 * @example
 * const options: RelateOptions = { tolerance: 0.05, dateTolerance: 3 };
 */
export interface RelateOptions {
  /**
   * How far an approximate quantity reaches, as a fraction: "about 1,200" covers 1,080–1,320 at 0.1.
   * @defaultValue 0.1
   */
  readonly tolerance?: number | undefined;
  /**
   * How many days an approximate date reaches either way: a whole number from 0 to
   * {@link MOST_DATE_TOLERANCE}.
   * @defaultValue 7
   */
  readonly dateTolerance?: number | undefined;
  /**
   * How far a lone floor or ceiling reaches on an attribute whose `bounds` are `estimate`, as a
   * fraction: "more than 900,000" then reaches 1,125,000 at 0.25, "up to 70,000" down to 56,000.
   * @defaultValue 0.25
   */
  readonly boundReach?: number | undefined;
}

/** Options with every default filled in, checked once. */
export interface Tolerances {
  readonly tolerance: number;
  readonly dateTolerance: number;
  readonly boundReach: number;
}

export const DEFAULT_TOLERANCES: Tolerances = { tolerance: 0.1, dateTolerance: 7, boundReach: 0.25 };

/**
 * The most days an approximate date may reach: 3,650,000, ten thousand years of 365 days. The
 * calendar a corpus holds (0100-01-01 to 9999-12-31) is 3,615,900 days long, so a longer reach
 * covers nothing more, and day arithmetic stays far inside what a `Date` can hold (±100,000,000
 * days), past which it throws.
 *
 * @example
 * MOST_DATE_TOLERANCE; // => 3650000
 */
export const MOST_DATE_TOLERANCE = 3_650_000;

/** Fills in defaults and rejects nonsense with a ConcordError. */
export function resolveTolerances(options: RelateOptions | undefined): Tolerances {
  if (options === undefined) return DEFAULT_TOLERANCES;
  const { tolerance = 0.1, dateTolerance = 7, boundReach = 0.25 } = options;
  const issues: Issue[] = [];
  if (typeof tolerance !== "number" || !Number.isFinite(tolerance) || tolerance < 0 || tolerance >= 1) {
    issues.push({
      path: ["tolerance"],
      code: "invalid_option",
      message: `tolerance must be a fraction from 0 up to (not including) 1, got ${String(tolerance)}`,
      option: "tolerance",
      given: givenValue(tolerance),
    });
  }
  if (
    typeof dateTolerance !== "number" ||
    !Number.isInteger(dateTolerance) ||
    dateTolerance < 0 ||
    dateTolerance > MOST_DATE_TOLERANCE
  ) {
    issues.push({
      path: ["dateTolerance"],
      code: "invalid_option",
      message: `dateTolerance must be a whole number of days from 0 to ${MOST_DATE_TOLERANCE}, got ${String(dateTolerance)}`,
      option: "dateTolerance",
      given: givenValue(dateTolerance),
    });
  }
  if (typeof boundReach !== "number" || !Number.isFinite(boundReach) || boundReach < 0) {
    issues.push({
      path: ["boundReach"],
      code: "invalid_option",
      message: `boundReach must be a fraction ≥ 0, got ${String(boundReach)}`,
      option: "boundReach",
      given: givenValue(boundReach),
    });
  }
  if (issues.length > 0) throw new ConcordError(issues);
  return { tolerance, dateTolerance, boundReach };
}
