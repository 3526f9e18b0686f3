/**
 * A URL path as a visitor typed it, for showing back to them ("/klynger/ålesund", not
 * "/klynger/%C3%A5lesund"). Malformed percent-encoding is shown as it came. Only ever rendered as text.
 */
export function displayPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
