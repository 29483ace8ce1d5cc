import { ArgsType, Field, Int } from "type-graphql";

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { defaultValue: 50, description: "Page size, 1 to 100." })
  first!: number;

  @Field(() => String, { nullable: true, description: "Cursor of the last entry already read." })
  after?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only entries about this kind of record, e.g. `Customer`.",
  })
  entityType?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only entries about this record (use with entityType).",
  })
  entityId?: string | null;
}
