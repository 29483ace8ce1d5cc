import { Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Health } from "./health.type";
import { checkHealth } from "./health.service";

@Resolver()
export class HealthResolver {
  @Query(() => Health, { description: "Liveness of the API and the database; needs no login." })
  health(@Ctx() context: RequestContext): Promise<Health> {
    return checkHealth({ prisma: context.prisma, databaseMode: context.databaseMode });
  }
}
