"use client";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { ErrorMessage, Loading } from "@/components/status-message";
import { useGqlMutation, useGqlQuery } from "@/lib/use-graphql";
import { LogoutMutation, MeQuery } from "@/operations/auth";
import { ViewerProvider } from "./viewer-context";

const links = [
  { href: "/", label: "Overview" },
  { href: "/customers", label: "Customers" },
  { href: "/import", label: "Import data" },
  { href: "/runs", label: "Segmentation runs" },
  { href: "/campaigns", label: "Campaigns" },
  { href: "/settings", label: "Settings" },
];

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function AppShell({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const router = useRouter();
  const me = useGqlQuery(MeQuery, {}, { staleTime: 60_000 });
  const logout = useGqlMutation(LogoutMutation, { invalidate: false });
  const viewer = me.data?.me ?? null;

  useEffect(() => {
    // `me` is null when the cookie is there but the session is gone (expired or revoked).
    if (me.isSuccess && viewer === null) router.replace(`/login?next=${encodeURIComponent(pathname)}`);
  }, [me.isSuccess, viewer, pathname, router]);

  async function signOut() {
    await logout.mutateAsync({}).catch(() => undefined);
    window.location.assign("/login");
  }

  return (
    <div className="shell">
      <nav className="nav" aria-label="Main">
        <span className="brand">Seglens</span>
        {links.map((link) => (
          <Link
            key={link.href}
            href={link.href}
            aria-current={isCurrent(pathname, link.href) ? "page" : undefined}
          >
            {link.label}
          </Link>
        ))}
        <span className="spacer" />
        {viewer && (
          <span className="who" data-testid="signed-in-as">
            {viewer.user.name ?? viewer.user.email} · {viewer.role.toLowerCase()}
          </span>
        )}
        <button
          type="button"
          className="secondary"
          onClick={() => void signOut()}
          disabled={logout.isPending}
          data-testid="logout"
        >
          Sign out
        </button>
      </nav>
      <main>
        <ErrorMessage error={me.error} />
        {viewer ? (
          <ViewerProvider viewer={viewer}>{children}</ViewerProvider>
        ) : (
          <Loading what="Checking your session" />
        )}
      </main>
    </div>
  );
}
