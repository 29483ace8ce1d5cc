"use client";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { isUnauthenticated } from "@/lib/error-messages";

export function Providers({ children }: { children: ReactNode }) {
  const router = useRouter();
  // An ended session anywhere sends the person to the login page, back here afterwards.
  const [queryClient] = useState(() => {
    const onError = (error: Error) => {
      if (isUnauthenticated(error) && window.location.pathname !== "/login") {
        router.replace(`/login?next=${encodeURIComponent(window.location.pathname)}`);
      }
    };
    return new QueryClient({
      queryCache: new QueryCache({ onError }),
      mutationCache: new MutationCache({ onError }),
      defaultOptions: {
        queries: {
          retry: (count, error) => !isUnauthenticated(error) && count < 1,
          refetchOnWindowFocus: false,
          staleTime: 10_000,
        },
      },
    });
  });
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
