// The virtual module that scripts/build.mjs generates for the integration bundle: every
// test/integration/**/*.test.ts file, as [path relative to the project, loader] pairs, sorted by path.
declare module 'readout:integration-suites' {
  export const suites: ReadonlyArray<readonly [file: string, load: () => unknown]>;
}
