import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Whether the API and its database are working." })
export class Health {
  @Field(() => Boolean, { description: "True when the database answered." })
  ok!: boolean;

  @Field(() => String, {
    description: "`external` (a PostgreSQL server) or `embedded` (PGlite on this machine).",
  })
  databaseMode!: string;

  @Field(() => String, { description: "API version." })
  version!: string;
}
