import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup.ts"],
    expect: { requireAssertions: true },
    typecheck: { enabled: true, include: ["tests/**/*.test-d.ts"] },
  },
});
