import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { httpUrl } from "../../src/report/httpUrl.js";

const schemeArb = fc.constantFrom(
  "http:",
  "https:",
  "HTTPS:",
  "javascript:",
  "JavaScript:",
  "data:",
  "vbscript:",
  "file:",
  "ftp:",
  "",
  " javascript:",
  "\tjava\nscript:",
);
const restArb = fc.oneof(
  fc.constantFrom("//example.org/a", "//host", "alert(1)", "text/html,<b>", "///x", "//"),
  fc.string({ maxLength: 20 }),
);

test.prop([schemeArb, restArb])("httpUrl gives an absolute http(s) URL or nothing", (scheme, rest) => {
  const url = httpUrl(scheme + rest);
  if (url !== undefined) {
    expect(url).toMatch(/^https?:\/\/[^/]/);
    expect(new URL(url).href).toBe(url);
  }
});

test.prop([fc.webUrl()])("httpUrl keeps every web URL, as the URL parser spells it", (url) => {
  expect(httpUrl(url)).toBe(new URL(url).href);
});
