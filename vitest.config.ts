import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    setupFiles: ["tests/setup.ts"],
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: {
          name: "library",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/cli/**"],
          typecheck: { enabled: true, include: ["tests/**/*.test-d.ts"] },
        },
      },
      {
        // The command line, run as a child process from dist/cli.js, which globalSetup builds
        // (only when a CLI test is about to run).
        extends: true,
        test: { name: "cli", include: ["tests/cli/**/*.test.ts"], globalSetup: ["tests/cli/build.ts"] },
      },
    ],
  },
});
