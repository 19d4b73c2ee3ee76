/**
 * The one Content-Security-Policy of the app, for the desktop window and the HTTP host alike:
 * everything comes from the app itself; no inline scripts, no plugins, no forms posting
 * anywhere, and the page cannot be framed. `index.html` repeats it as a meta tag, which is what
 * protects pages loaded from `file://` — less `frame-ancestors`, which browsers ignore in a meta
 * tag; a test keeps the two equal.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
