import type { NextConfig } from "next";
import { webEnv } from "./src/env";

// Same-origin proxy: the browser talks only to the dashboard, so the API's HttpOnly
// SameSite=Lax session cookie is sent with every request.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async rewrites() {
    const api = webEnv.API_URL;
    return {
      // beforeFiles: these API paths win over any page with the same prefix.
      beforeFiles: [
        { source: "/graphql", destination: `${api}/graphql` },
        { source: "/imports", destination: `${api}/imports` },
        { source: "/imports/:path*", destination: `${api}/imports/:path*` },
        { source: "/campaigns/:id/audience.csv", destination: `${api}/campaigns/:id/audience.csv` },
        { source: "/segments/:id/members.csv", destination: `${api}/segments/:id/members.csv` },
      ],
    };
  },
};

export default nextConfig;
