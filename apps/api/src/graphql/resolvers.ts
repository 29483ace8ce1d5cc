import type { NonEmptyArray } from "type-graphql";
import { HealthResolver } from "../modules/health/health.resolver";

/** Every resolver of the API; each module adds its own. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes resolver classes as Function
export const resolvers: NonEmptyArray<Function> = [HealthResolver];
