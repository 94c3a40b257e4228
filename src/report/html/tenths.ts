/**
 * A coordinate as the charts write it: rounded to a tenth, without a trailing `.0`, spelled as
 * `String(Math.round(value * 10) / 10)` spells it. A chart writes several per claim, and printing
 * the tenths as two integers skips the shortest-float printing that a fraction needs, which took
 * about three times as long.
 *
 * @param value - A coordinate.
 * @returns Its spelling, to a tenth.
 * @example
 * tenths(12.345); // => "12.3"
 * tenths(-0.5); // => "-0.5"
 * tenths(7); // => "7"
 */
export function tenths(value: number): string {
  const scaled = Math.round(value * 10);
  // Integers, and anything too large to split exactly (or not a number), print as they are.
  if (scaled % 10 === 0 || !(scaled < 1e15 && scaled > -1e15)) return String(scaled / 10);
  const magnitude = scaled < 0 ? -scaled : scaled;
  const digit = magnitude % 10;
  return `${scaled < 0 ? "-" : ""}${(magnitude - digit) / 10}.${digit}`;
}
