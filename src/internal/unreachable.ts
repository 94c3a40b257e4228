/**
 * The default of a switch that TypeScript holds exhaustive: `never` makes a new variant a build
 * error, and should a value the types rule out arrive anyway (a caller without TypeScript), this
 * says what it was rather than falling through.
 *
 * @param value - What the switch was given.
 * @param what - What the switch chose between, for the message.
 * @example
 * default: return unreachable(value, "value kind");
 */
export function unreachable(value: never, what: string): never {
  throw new Error(`concord: unknown ${what}: ${JSON.stringify(value)}`);
}
