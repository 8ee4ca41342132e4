/**
 * Host header allow-list against DNS rebinding: a page on another site that rebinds its name to
 * this machine still sends its own name as Host, so only loopback names and the names given in
 * KGX_ALLOWED_HOSTS (plus the HOST the server listens on, when it is a name or an address other
 * than a wildcard) are answered.
 */
import type { RequestHandler } from "express";
import { isLoopback } from "../../config/settings.ts";
import { AppError } from "../../errors.ts";

/** The host name of a Host header value, without port and brackets, lower-cased. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(1, h.indexOf("]") < 0 ? undefined : h.indexOf("]"));
  const colon = h.lastIndexOf(":");
  return colon >= 0 && h.indexOf(":") === colon ? h.slice(0, colon) : h;
}

/** Refuses requests whose Host is neither loopback nor allowed, with 403 FORBIDDEN. */
export function hostCheck(allowed: string[], listenHost: string): RequestHandler {
  const names = new Set(allowed.map((h) => h.toLowerCase()));
  if (!["0.0.0.0", "::", ""].includes(listenHost)) names.add(listenHost.toLowerCase());
  return (req, _res, next) => {
    const name = hostName(req.headers.host ?? "");
    if (name && (isLoopback(name) || names.has(name))) return next();
    next(
      new AppError(
        "FORBIDDEN",
        `Host "${req.headers.host ?? ""}" is not one this server answers; add it to KGX_ALLOWED_HOSTS if it is yours.`,
      ),
    );
  };
}
