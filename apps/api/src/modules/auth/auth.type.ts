import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { UserRole } from "@seglens/database";
import { UserAccount } from "../users/user.type";

export enum ViewerKind {
  SESSION = "SESSION",
  API_KEY = "API_KEY",
}

registerEnumType(ViewerKind, {
  name: "ViewerKind",
  description: "How the caller authenticated: a dashboard session cookie or an API key.",
});

@ObjectType({ description: "The signed-in caller: their account, role and what they may do." })
export class Me {
  @Field(() => UserAccount, { description: "The signed-in user (for an API key: the owner who created it)." })
  user!: UserAccount;

  @Field(() => UserRole, { description: "The user's role." })
  role!: UserRole;

  @Field(() => [String], {
    description: "Permissions this caller holds, such as `customers:read` (an API key: its scopes).",
  })
  permissions!: string[];

  @Field(() => ViewerKind, { description: "Whether the caller used a session or an API key." })
  via!: ViewerKind;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When the current session ends (null for API keys).",
  })
  sessionExpiresAt!: Date | null;
}

@ObjectType({ description: "First-run state of this installation." })
export class SetupStatus {
  @Field(() => Boolean, { description: "True until the first owner account has been created." })
  needsOwner!: boolean;
}
