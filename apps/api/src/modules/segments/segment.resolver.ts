import type { GraphQLResolveInfo } from "graphql";
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { getSegment } from "./get-segment";
import { listSegmentMembers } from "./list-segment-members";
import { listSegments } from "./list-segments";
import { requestedSegmentColumns } from "./requested-segment-columns";
import { Segment, SegmentMemberConnection } from "./segment.type";
import { updateSegment } from "./update-segment";

@Resolver(() => Segment)
export class SegmentResolver {
  @Authorized("segments:read")
  @Query(() => [Segment], { description: "Segments of a run (default: the active run)." })
  segments(
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("runId", () => ID, { nullable: true, description: "Run id (default: the active run)." })
    runId?: string | null,
  ): Promise<Segment[]> {
    return listSegments({
      prisma: context.prisma,
      readPool: context.readPool,
      runId,
      columns: requestedSegmentColumns(info),
    });
  }

  @Authorized("segments:read")
  @Query(() => Segment, { description: "One segment with its profile, rules and suggested plan." })
  segment(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID, { description: "Segment id." }) id: string,
  ): Promise<Segment> {
    return getSegment({ prisma: context.prisma, id });
  }

  @Authorized("segments:write")
  @Mutation(() => Segment, { description: "Renames a segment or changes its description." })
  updateSegment(
    @Ctx() context: RequestContext,
    @Arg("id", () => ID, { description: "Segment id." }) id: string,
    @Arg("name", () => String, { nullable: true, description: "New name." }) name?: string | null,
    @Arg("description", () => String, { nullable: true, description: "New description." })
    description?: string | null,
  ): Promise<Segment> {
    return updateSegment({
      prisma: context.prisma,
      viewer: context.viewer,
      id,
      name,
      description,
      ipAddress: context.ipAddress,
    });
  }

  @Authorized("customers:read")
  @FieldResolver(() => SegmentMemberConnection, {
    description: "Customers of the segment, most typical first.",
  })
  members(
    @Root() segment: Segment,
    @Ctx() context: RequestContext,
    @Arg("first", () => Int, { defaultValue: 20, description: "Page size (at most 100)." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor of the previous page's last member." })
    after?: string | null,
  ): Promise<SegmentMemberConnection> {
    return listSegmentMembers({ prisma: context.prisma, segmentId: segment.id, first, after });
  }
}
