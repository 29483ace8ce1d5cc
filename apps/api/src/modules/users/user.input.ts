import { UserRole } from "@seglens/database";
import { ArgsType, Field, InputType, Int } from "type-graphql";

@InputType({ description: "A new dashboard user: the owner gives them an initial password to pass on." })
export class CreateUserInput {
  @Field(() => String, { description: "Sign-in email (stored lower-cased)." })
  email!: string;

  @Field(() => String, { nullable: true, description: "Display name." })
  name?: string | null;

  @Field(() => UserRole, { description: "Role of the new user." })
  role!: UserRole;

  @Field(() => String, { description: "Initial password: at least 10 characters, not the email." })
  password!: string;
}

@ArgsType()
export class UsersPageArgs {
  @Field(() => Int, { defaultValue: 50, description: "Page size, 1 to 100." })
  first!: number;

  @Field(() => String, { nullable: true, description: "Cursor of the last user already read." })
  after?: string | null;
}
