/**
 * Response headers that keep the explorer in its own origin: helmet's set with a Content Security
 * Policy the built explorer satisfies (scripts, styles and workers from this origin only; the
 * layout worker starts from a blob URL; pictures may be data: or blob: URLs), no framing, no MIME
 * sniffing, no referrer to other sites.
 */
import type { RequestHandler } from "express";
import helmet from "helmet";

/** The Content-Security-Policy directives of every response. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  workerSrc: ["'self'", "blob:"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:", "blob:"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/** helmet configured for kg-explorer. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}
