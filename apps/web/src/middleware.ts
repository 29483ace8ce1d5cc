import { NextResponse, type NextRequest } from "next/server";
import { loginUrl } from "@/lib/login-location";

/** Cookie the API sets on login (HttpOnly, so only the server side can see it). */
const sessionCookie = "seglens_session";

// Pages without a session cookie go to the login page first. The API still decides whether
// the session is valid: an expired one answers UNAUTHENTICATED and the client redirects too.
export function middleware(request: NextRequest) {
  if (request.cookies.has(sessionCookie)) return NextResponse.next();
  const { pathname, protocol, origin } = request.nextUrl;
  return NextResponse.redirect(
    loginUrl({ pathname, protocol, host: request.headers.get("host"), fallbackOrigin: origin }),
  );
}

export const config = {
  // Everything except the login page, Next's assets and the proxied API paths.
  matcher: [
    "/((?!login|_next/|favicon\\.ico|graphql|imports/|campaigns/[^/]+/audience\\.csv|segments/[^/]+/members\\.csv).*)",
  ],
};
