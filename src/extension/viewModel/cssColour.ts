// Validates user colours before they reach the editor's CSS.

/**
 * Colours go into the editor's CSS, and workspace settings come from whoever wrote the
 * workspace: only plain colour notations pass (hex, a name, rgb()/hsl() with numbers).
 */
export function isCssColour(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  return /^#[0-9a-f]{3,8}$/i.test(value) || /^[a-z]{3,20}$/i.test(value) || /^(?:rgb|rgba|hsl|hsla)\([0-9.,%\s/]{1,60}\)$/i.test(value);
}
