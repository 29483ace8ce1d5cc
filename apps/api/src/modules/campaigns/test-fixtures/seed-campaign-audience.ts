import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@seglens/database";
import type { Permission } from "../../../graphql/permissions";
import { suppressionHash } from "../../privacy/suppression-hash";

/**
 * A hand-made segmentation, no pipeline needed. Run A (active): "Loyal" and "At risk"; run B
 * (an older run, not active): "Old VIP".
 *
 *   customer  consent  segments              note
 *   loyal-1   yes      Loyal, Old VIP        in two runs' segments
 *   loyal-2   no       Loyal
 *   loyal-3   yes      Loyal                 name starts with "=" (formula injection), has a comma and quotes
 *   risk-1    yes      At risk, Old VIP
 *   risk-2    yes      At risk               email is suppressed (erased earlier, came back)
 *   risk-3    no       At risk
 *   vip-1     yes      Old VIP
 *   nobody    yes      -
 */
export interface SeededAudience {
  activeRunId: string;
  oldRunId: string;
  loyalId: string;
  atRiskId: string;
  oldVipId: string;
  customers: Record<string, number>;
}

export const injectedName = '=HYPERLINK("http://evil.example","click"), now';

export async function seedCampaignAudience(prisma: PrismaClient): Promise<SeededAudience> {
  const activeRun = await prisma.segmentationRun.create({
    data: {
      name: "active",
      status: "SUCCEEDED",
      parameters: {},
      progress: 1,
      stage: "done",
      isActive: true,
      k: 2,
      customerCount: 6,
    },
  });
  const oldRun = await prisma.segmentationRun.create({
    data: {
      name: "old",
      status: "SUCCEEDED",
      parameters: {},
      progress: 1,
      stage: "done",
      isActive: false,
      k: 1,
      customerCount: 3,
    },
  });
  const segment = (runId: string, clusterIndex: number, name: string, size: number) =>
    prisma.segment.create({
      data: {
        runId,
        clusterIndex,
        name,
        description: `${name} customers`,
        size,
        share: size / 8,
        centroid: [],
        profile: {},
        rules: [],
      },
    });
  const loyal = await segment(activeRun.id, 0, "Loyal", 3);
  const atRisk = await segment(activeRun.id, 1, "At risk", 3);
  const oldVip = await segment(oldRun.id, 0, "Old VIP", 3);

  const rows: {
    externalId: string;
    consent: boolean;
    name: string;
    segments: { runId: string; segmentId: string }[];
  }[] = [
    {
      externalId: "loyal-1",
      consent: true,
      name: "Ada Loyal",
      segments: [
        { runId: activeRun.id, segmentId: loyal.id },
        { runId: oldRun.id, segmentId: oldVip.id },
      ],
    },
    {
      externalId: "loyal-2",
      consent: false,
      name: "Bo Loyal",
      segments: [{ runId: activeRun.id, segmentId: loyal.id }],
    },
    {
      externalId: "loyal-3",
      consent: true,
      name: injectedName,
      segments: [{ runId: activeRun.id, segmentId: loyal.id }],
    },
    {
      externalId: "risk-1",
      consent: true,
      name: "Cy Risk",
      segments: [
        { runId: activeRun.id, segmentId: atRisk.id },
        { runId: oldRun.id, segmentId: oldVip.id },
      ],
    },
    {
      externalId: "risk-2",
      consent: true,
      name: "Di Risk",
      segments: [{ runId: activeRun.id, segmentId: atRisk.id }],
    },
    {
      externalId: "risk-3",
      consent: false,
      name: "Ed Risk",
      segments: [{ runId: activeRun.id, segmentId: atRisk.id }],
    },
    {
      externalId: "vip-1",
      consent: true,
      name: "Fay Vip",
      segments: [{ runId: oldRun.id, segmentId: oldVip.id }],
    },
    { externalId: "nobody", consent: true, name: "Gus None", segments: [] },
  ];
  const customers: Record<string, number> = {};
  for (const row of rows) {
    const customer = await prisma.customer.create({
      data: {
        externalId: row.externalId,
        email: `${row.externalId}@example.com`,
        name: row.name,
        marketingConsent: row.consent,
      },
    });
    customers[row.externalId] = customer.id;
    for (const membership of row.segments) {
      await prisma.segmentMembership.create({
        data: { ...membership, customerId: customer.id, distance: 0.5 },
      });
    }
  }
  await prisma.suppressionEntry.create({
    data: { kind: "EMAIL", valueHash: suppressionHash("EMAIL", "risk-2@example.com") },
  });
  return {
    activeRunId: activeRun.id,
    oldRunId: oldRun.id,
    loyalId: loyal.id,
    atRiskId: atRisk.id,
    oldVipId: oldVip.id,
    customers,
  };
}

/** Makes another run the active one (the database allows one active run at a time). */
export async function activateRun(prisma: PrismaClient, runId: string): Promise<void> {
  await prisma.$transaction([
    prisma.segmentationRun.updateMany({ where: { isActive: true }, data: { isActive: false } }),
    prisma.segmentationRun.update({ where: { id: runId }, data: { isActive: true } }),
  ]);
}

/** An API key row with these scopes; returns the plain key for `Authorization: Bearer`. */
export async function createTestApiKey(
  prisma: PrismaClient,
  ownerId: string,
  scopes: Permission[],
): Promise<string> {
  const key = `sglk_${randomBytes(24).toString("base64url")}`;
  await prisma.apiKey.create({
    data: {
      name: `test ${scopes.join(" ")}`,
      prefix: key.slice(0, 12),
      keyHash: createHash("sha256").update(key, "utf8").digest("hex"),
      scopes,
      createdById: ownerId,
    },
  });
  return key;
}
