import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Me, SetupStatus } from "./auth.type";
import { getMe, meOfSession } from "./get-me";
import { getSetupStatus } from "./get-setup-status";
import { logIn } from "./log-in";
import { logOut } from "./log-out";
import { setUpOwner } from "./set-up-owner";

@Resolver()
export class AuthResolver {
  @Query(() => Me, {
    nullable: true,
    description: "The signed-in caller, or null when not signed in. Needs no login.",
  })
  me(@Ctx() context: RequestContext): Promise<Me | null> {
    return getMe({ prisma: context.prisma, viewer: context.viewer });
  }

  @Query(() => SetupStatus, {
    description: "Whether the first owner still has to be created. Needs no login.",
  })
  setupStatus(@Ctx() context: RequestContext): Promise<SetupStatus> {
    return getSetupStatus({ prisma: context.prisma });
  }

  @Mutation(() => Me, {
    description:
      "Signs in with email and password and sets a new HttpOnly session cookie. Failed attempts are limited per account; " +
      "a wrong email and a wrong password give the same error. Needs no login.",
  })
  async login(
    @Arg("email", () => String, { description: "Account email." }) email: string,
    @Arg("password", () => String, { description: "Account password." }) password: string,
    @Ctx() context: RequestContext,
  ): Promise<Me> {
    const session = await logIn({
      prisma: context.prisma,
      email,
      password,
      sessionHours: context.env.SEGLENS_SESSION_HOURS,
      viewer: context.viewer,
      ipAddress: context.ipAddress,
      userAgent: context.userAgent,
    });
    context.setSessionCookie?.(session.token, session.expiresAt);
    return meOfSession(session);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Ends the current session (revoked on the server) and clears the cookie.",
  })
  async logout(@Ctx() context: RequestContext): Promise<boolean> {
    const revoked = await logOut({
      prisma: context.prisma,
      viewer: context.viewer,
      ipAddress: context.ipAddress,
    });
    context.setSessionCookie?.(null);
    return revoked;
  }

  @Mutation(() => Me, {
    description:
      "First-run setup: creates the owner account and signs in. Works only while no user exists. Needs no login.",
  })
  async createOwner(
    @Arg("email", () => String, { description: "Owner's email." }) email: string,
    @Arg("password", () => String, { description: "At least 10 characters, not the email." })
    password: string,
    @Arg("name", () => String, { nullable: true, description: "Owner's display name." }) name: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Me> {
    const session = await setUpOwner({
      prisma: context.prisma,
      email,
      password,
      name,
      sessionHours: context.env.SEGLENS_SESSION_HOURS,
      ipAddress: context.ipAddress,
      userAgent: context.userAgent,
    });
    context.setSessionCookie?.(session.token, session.expiresAt);
    return meOfSession(session);
  }
}
