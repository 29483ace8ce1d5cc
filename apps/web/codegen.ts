import path from "node:path";
import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed operations come from the API's committed SDL; `codegen:check` regenerates into a
// temporary folder (CODEGEN_OUT) and diffs it against the committed src/gql/.
const schemaFile = path.resolve(__dirname, "../api/schema.graphql");
const outDir = process.env.CODEGEN_OUT ?? "src/gql/";

const config: CodegenConfig = {
  schema: schemaFile,
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: false,
  generates: {
    [outDir]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        documentMode: "string",
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { DateTimeISO: "string", Date: "string", JSONObject: "Record<string, unknown>" },
      },
    },
  },
};

export default config;
