import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Where a page of a Relay-style connection ends and whether more follow." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when another page follows this one." })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last item of this page; pass it as `after` for the next page.",
  })
  endCursor!: string | null;
}
