import { parse, serialize } from "cookie";
import type { Request, Response } from "express";

export const sessionCookieName = "seglens_session";

export function readSessionToken(request: Request): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  return parse(header)[sessionCookieName] ?? null;
}

/** HttpOnly, SameSite=Lax, Secure in production; an empty token clears the cookie. */
export function writeSessionCookie(
  response: Response,
  token: string | null,
  secure: boolean,
  expiresAt?: Date,
): void {
  response.append(
    "Set-Cookie",
    serialize(sessionCookieName, token ?? "", {
      httpOnly: true,
      sameSite: "lax",
      secure,
      path: "/",
      expires: token ? expiresAt : new Date(0),
    }),
  );
}
