/**
 * Where a visitor without a session is sent. Built on the Host the browser (or a reverse proxy) sent,
 * not on Next's idea of its own address: bound to one interface (`next start -H 127.0.0.1`, the usual
 * set-up behind a proxy) Next called itself http://localhost:3000 and sent https://seglens.example
 * visitors there. (Next itself still writes a 127.0.0.1 host as localhost; `next start` without -H
 * answers with a relative address and has neither problem.) A Host that is not a host name falls
 * back to Next's origin.
 */
export function loginUrl({
  pathname,
  protocol,
  host,
  fallbackOrigin,
}: {
  pathname: string;
  protocol: string;
  host: string | null;
  fallbackOrigin: string;
}): URL {
  const path = pathname === "/" ? "/login" : `/login?next=${encodeURIComponent(pathname)}`;
  if (host) {
    try {
      const url = new URL(path, `${protocol}//${host}`);
      if (url.host === host.toLowerCase()) return url;
    } catch {
      // not a host name: use Next's origin below
    }
  }
  return new URL(path, fallbackOrigin);
}
