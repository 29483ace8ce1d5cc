import type { Request, RequestHandler, Response } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { readBearerApiKey } from "../modules/auth/read-bearer-api-key";

const oneMinute = 60_000;

/** The hash of the request's bearer key, if it sends one (whether the key is valid is decided later). */
function apiKeyHash(request: Request): string | null {
  const apiKey = readBearerApiKey(request);
  return apiKey.kind === "key" ? apiKey.keyHash : null;
}

function refuse(_request: Request, response: Response): void {
  response.status(429).json({
    errors: [
      {
        message: "Too many requests: slow down and retry after the time in the Retry-After header.",
        extensions: { code: "RATE_LIMITED" },
      },
    ],
  });
}

/**
 * Two fixed one-minute windows in this process's memory: one per client IP (IPv6 grouped by /56, so one
 * host cannot rotate addresses) and one per API key, so a key shared across many machines is limited too.
 * With several API processes each applies the limit on its own share of the traffic.
 */
export function createRateLimiters({ requestsPerMinute }: { requestsPerMinute: number }): RequestHandler[] {
  const perIp = rateLimit({
    windowMs: oneMinute,
    limit: requestsPerMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    keyGenerator: (request) => `ip:${ipKeyGenerator(request.ip ?? "unknown", 56)}`,
    handler: refuse,
  });
  const perApiKey = rateLimit({
    windowMs: oneMinute,
    limit: requestsPerMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    skip: (request) => apiKeyHash(request) === null,
    // The hash, not the key, so the limiter's memory never holds a usable secret.
    keyGenerator: (request) => `key:${apiKeyHash(request)}`,
    handler: refuse,
  });
  return [perIp, perApiKey];
}
