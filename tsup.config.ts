import { defineConfig, type Options } from "tsup";

/**
 * The `concord` command: ESM only, no types. src/cli/main.ts starts with a #! line, which tsup
 * keeps, marking the file executable. The CLI tests build it alone with these options.
 */
export const cli: Options = {
  entry: { cli: "src/cli/main.ts" },
  format: ["esm"],
  dts: false,
  clean: false,
  sourcemap: true,
  target: "node20",
};

export default defineConfig([
  {
    entry: { index: "src/index.ts", testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    // The command is built beside the library, at the same time: leave its files alone.
    clean: ["!cli.js", "!cli.js.map"],
    sourcemap: true,
    target: "node20",
  },
  cli,
]);
