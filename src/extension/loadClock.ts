// Imported first by the entries (desktop.ts, web.ts), so this runs before the rest of the bundle is evaluated:
// the activation time reported to tests includes loading the engine, not just activate().
export const bundleLoadStarted = performance.now();
