/** The baseline: a bare Apollo Server 5 answering `{ hello }`, started as its own process on the given port. */
import { createRequire } from "node:module";
import path from "node:path";
import { repositoryRoot } from "../reliability/support/api-process";

interface StandaloneServer {
  startStandaloneServer(
    server: unknown,
    options: { listen: { port: number; host: string } },
  ): Promise<{ url: string }>;
}
interface ApolloModule {
  ApolloServer: new (options: {
    typeDefs: string;
    resolvers: Record<string, Record<string, () => string>>;
  }) => unknown;
}

const apiRequire = createRequire(path.join(repositoryRoot, "apps", "api", "package.json"));
const { ApolloServer } = apiRequire("@apollo/server") as ApolloModule;
const { startStandaloneServer } = apiRequire("@apollo/server/standalone") as StandaloneServer;

async function main(): Promise<void> {
  const server = new ApolloServer({
    typeDefs: "type Query { hello: String! }",
    resolvers: { Query: { hello: () => "world" } },
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.argv[2]), host: "127.0.0.1" },
  });
  process.stdout.write(`ready ${url}\n`);
}

void main();
