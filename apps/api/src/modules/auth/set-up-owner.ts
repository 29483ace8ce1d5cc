import type { PrismaClient } from "@seglens/database";
import { anonymousViewer } from "../../graphql/viewer";
import { createOwnerAccount } from "./create-owner-account";
import { logIn, type LoggedIn } from "./log-in";

export interface SetUpOwnerOptions {
  prisma: PrismaClient;
  email: string;
  password: string;
  name: string | null;
  sessionHours: number;
  ipAddress: string | null;
  userAgent: string | null;
}

/** The first-run screen: creates the owner, then signs them in like a normal login would. */
export async function setUpOwner({
  prisma,
  email,
  password,
  name,
  sessionHours,
  ipAddress,
  userAgent,
}: SetUpOwnerOptions): Promise<LoggedIn> {
  await createOwnerAccount({ prisma, email, password, name, ipAddress, origin: "graphql" });
  return logIn({ prisma, email, password, sessionHours, viewer: anonymousViewer, ipAddress, userAgent });
}
