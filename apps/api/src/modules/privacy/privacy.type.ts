import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "What erasing a customer removed." })
export class ErasedCustomer {
  @Field(() => Int, { description: "Id the customer had." })
  customerId!: number;

  @Field(() => Int, { description: "Orders deleted with their lines." })
  ordersDeleted!: number;

  @Field(() => Int, { description: "Events deleted." })
  eventsDeleted!: number;

  @Field(() => Int, { description: "Segment memberships deleted." })
  membershipsDeleted!: number;

  @Field(() => Int, { description: "Campaign audience entries deleted." })
  campaignAudiencesDeleted!: number;

  @Field(() => Int, {
    description:
      "Suppression entries recorded (external id, and email when known) so imports skip this person.",
  })
  suppressionEntries!: number;
}
