import globals from "globals";
import root from "../../eslint.config.mjs";

export default [
  ...root,
  { ignores: ["src/gql/**", ".next/**"] },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
];
