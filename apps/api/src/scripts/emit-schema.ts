import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildGraphqlSchema } from "../graphql/build-graphql-schema";

/**
 * Writes apps/api/schema.graphql from the resolvers (`--check`: fails when the committed file differs).
 * The dashboard's typed operations are generated from that file.
 */
async function emitSchema(check: boolean): Promise<void> {
  const target = path.resolve(__dirname, "..", "..", "schema.graphql");
  const sdl = `${printSchema(lexicographicSortSchema(await buildGraphqlSchema()))}\n`;
  if (!check) {
    writeFileSync(target, sdl);
    console.log(`wrote ${target}`);
    return;
  }
  let committed = "";
  try {
    committed = readFileSync(target, "utf8");
  } catch {
    // a missing file is drift too
  }
  if (committed !== sdl) {
    console.error(
      "apps/api/schema.graphql is out of date: run `pnpm --filter @seglens/api schema:emit` and commit it",
    );
    process.exit(1);
  }
  console.log("apps/api/schema.graphql matches the resolvers");
}

emitSchema(process.argv.includes("--check")).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
