/** Cross-package, end-to-end and reliability tests. They start real processes, so they run one at a time. */
/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", {}] },
  maxWorkers: 1,
  testTimeout: 300000,
};
