/**
 * The renderer's Content Security Policy, the same for the Electron window and the loopback
 * transport: nothing from the network, no inline script, no eval. `connect-src 'self'` lets the
 * web transport reach its own origin; in Electron the page is a file and talks over IPC.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
