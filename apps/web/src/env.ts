import { z } from "zod";

const environmentSchema = z.object({
  /** Where the GraphQL API listens; the dashboard proxies same-origin requests to it. */
  API_URL: z
    .string()
    .url("must be a URL such as http://127.0.0.1:4000")
    .default("http://127.0.0.1:4000")
    .transform((value) => value.replace(/\/+$/, "")),
});

export type WebEnvironment = Readonly<z.infer<typeof environmentSchema>>;

/** Parses settings once; a bad setting stops the start with a message that names it. */
export function parseWebEnvironment(source: Record<string, string | undefined>): WebEnvironment {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = environmentSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`invalid web configuration: ${problems.join("; ")}`);
  }
  return Object.freeze(result.data);
}

export const webEnv: WebEnvironment = parseWebEnvironment({ API_URL: process.env.API_URL });
