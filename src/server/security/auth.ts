/**
 * Access control by a shared token (KGX_AUTH_TOKEN): every request needs it, as
 * `Authorization: Bearer TOKEN` (API clients, notebooks) or as the HttpOnly cookie the explorer
 * gets by opening `/?token=TOKEN` once (the token is then removed from the address bar).
 * Tokens are compared in constant time.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { AppError } from "../../errors.ts";

/** Name of the session cookie. */
export const AUTH_COOKIE = "kgx_token";

const digest = (s: string) => createHash("sha256").update(s).digest();

function cookieToken(header: string | undefined): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === AUTH_COOKIE) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

/** Requires `token` on every request; without a token configured, lets everything through. */
export function requireToken(token: string | undefined): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  const expected = digest(token);
  const matches = (given: string | undefined) =>
    given !== undefined && timingSafeEqual(digest(given), expected);
  return (req, res, next) => {
    const fromQuery = typeof req.query.token === "string" ? req.query.token : undefined;
    if (req.method === "GET" && !req.path.startsWith("/api/") && matches(fromQuery)) {
      res.cookie(AUTH_COOKIE, token, { httpOnly: true, sameSite: "strict", path: "/" });
      const url = new URL(req.originalUrl, "http://x");
      url.searchParams.delete("token");
      res.redirect(303, `${url.pathname}${url.search}`);
      return;
    }
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    if (matches(bearer) || matches(cookieToken(req.headers.cookie))) return next();
    next(
      new AppError(
        "UNAUTHORIZED",
        "This kg-explorer needs its access token: open the link with ?token=... that your administrator gave you, or send Authorization: Bearer TOKEN.",
      ),
    );
  };
}
