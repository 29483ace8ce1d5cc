import { UserRole } from "@seglens/database";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../../graphql/page-info.type";

registerEnumType(UserRole, {
  name: "UserRole",
  description:
    "What a person may do: OWNER everything, ANALYST everything but users and API keys, VIEWER read only.",
});

@ObjectType({ description: "A person who can sign in to the dashboard." })
export class UserAccount {
  @Field(() => ID, { description: "User id (UUID)." })
  id!: string;

  @Field(() => String, { description: "Sign-in email, lower-cased." })
  email!: string;

  @Field(() => String, { nullable: true, description: "Display name." })
  name!: string | null;

  @Field(() => UserRole, { description: "Role, which decides the permissions." })
  role!: UserRole;

  @Field(() => DateTimeISOResolver, { description: "When the account was created." })
  createdAt!: Date;
}

@ObjectType({ description: "One user in a page of users." })
export class UserEdge {
  @Field(() => String, { description: "Cursor of this user; pass it as `after` to read the users after it." })
  cursor!: string;

  @Field(() => UserAccount, { description: "The user." })
  node!: UserAccount;
}

@ObjectType({ description: "A page of users, oldest first." })
export class UserConnection {
  @Field(() => [UserEdge], { description: "The users of this page with their cursors." })
  edges!: UserEdge[];

  @Field(() => [UserAccount], { description: "The users of this page." })
  nodes!: UserAccount[];

  @Field(() => PageInfo, { description: "Whether more users follow." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of users in all." })
  totalCount!: number;
}
