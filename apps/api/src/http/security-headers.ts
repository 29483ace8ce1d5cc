import type { NextFunction, Request, Response } from "express";

/**
 * Headers for API responses: no MIME sniffing, no referrer leaks, never framed, nothing cached.
 * The API serves JSON only, so the content security policy allows nothing at all.
 */
export function securityHeaders({ isProduction }: { isProduction: boolean }) {
  return (_request: Request, response: Response, next: NextFunction): void => {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Cache-Control", "no-store");
    if (isProduction) response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  };
}
