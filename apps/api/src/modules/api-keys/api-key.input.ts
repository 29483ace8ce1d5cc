import { DateTimeISOResolver } from "graphql-scalars";
import { ArgsType, Field, InputType, Int } from "type-graphql";
import { apiKeyScopes } from "../../graphql/permissions";

@InputType({ description: "A new API key." })
export class CreateApiKeyInput {
  @Field(() => String, { description: "What the key is for (1 to 100 characters)." })
  name!: string;

  @Field(() => [String], {
    description: `Permissions to grant, at least one of: ${apiKeyScopes.join(", ")}.`,
  })
  scopes!: string[];

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When the key stops working (must be in the future; null: never).",
  })
  expiresAt?: Date | null;
}

@ArgsType()
export class ApiKeysPageArgs {
  @Field(() => Int, { defaultValue: 50, description: "Page size, 1 to 100." })
  first!: number;

  @Field(() => String, { nullable: true, description: "Cursor of the last key already read." })
  after?: string | null;

  @Field(() => Boolean, { defaultValue: true, description: "Include revoked and expired keys." })
  includeInactive!: boolean;
}
