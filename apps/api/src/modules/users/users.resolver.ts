import { UserRole } from "@seglens/database";
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { changeOwnPassword } from "./change-own-password";
import { changeUserRole } from "./change-user-role";
import { createUser } from "./create-user";
import { listUsers } from "./list-users";
import { removeUser } from "./remove-user";
import { CreateUserInput, UsersPageArgs } from "./user.input";
import { UserAccount, UserConnection } from "./user.type";

@Resolver()
export class UsersResolver {
  @Authorized("users:manage")
  @Query(() => UserConnection, { description: "Everyone who can sign in (owner only)." })
  users(
    @Args(() => UsersPageArgs) { first, after }: UsersPageArgs,
    @Ctx() context: RequestContext,
  ): Promise<UserConnection> {
    return listUsers({ prisma: context.prisma, first, after });
  }

  @Authorized("users:manage")
  @Mutation(() => UserAccount, {
    description: "Adds a user with a role and an initial password (owner only).",
  })
  createUser(
    @Arg("input", () => CreateUserInput, { description: "The new user." }) input: CreateUserInput,
    @Ctx() context: RequestContext,
  ): Promise<UserAccount> {
    return createUser({
      prisma: context.prisma,
      viewer: context.viewer,
      ipAddress: context.ipAddress,
      ...input,
    });
  }

  @Authorized("users:manage")
  @Mutation(() => UserAccount, {
    description: "Changes a user's role; the last owner cannot be demoted (owner only).",
  })
  changeUserRole(
    @Arg("userId", () => ID, { description: "The user to change." }) userId: string,
    @Arg("role", () => UserRole, { description: "The new role." }) role: UserRole,
    @Ctx() context: RequestContext,
  ): Promise<UserAccount> {
    return changeUserRole({
      prisma: context.prisma,
      viewer: context.viewer,
      userId,
      role,
      ipAddress: context.ipAddress,
    });
  }

  @Authorized("users:manage")
  @Mutation(() => ID, {
    description:
      "Removes a user, their sessions and their API keys; not yourself, not the last owner (owner only). Returns the id.",
  })
  removeUser(
    @Arg("userId", () => ID, { description: "The user to remove." }) userId: string,
    @Ctx() context: RequestContext,
  ): Promise<string> {
    return removeUser({
      prisma: context.prisma,
      viewer: context.viewer,
      userId,
      ipAddress: context.ipAddress,
    });
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Changes the signed-in user's password and signs out their other sessions.",
  })
  changeOwnPassword(
    @Arg("currentPassword", () => String, { description: "The password used now." }) currentPassword: string,
    @Arg("newPassword", () => String, { description: "At least 10 characters, not the email." })
    newPassword: string,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return changeOwnPassword({
      prisma: context.prisma,
      viewer: context.viewer,
      currentPassword,
      newPassword,
      ipAddress: context.ipAddress,
    });
  }
}
