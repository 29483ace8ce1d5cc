import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { once } from "node:events";
import { createPrismaClient, createTestDatabase } from "@seglens/database";
import { createLogger } from "../../logging/logger";
import { runImportJob } from "./run-import-job";
import { importUploadDir, uploadedFilePath } from "./upload-storage";

/**
 * Benchmark (not a test): imports a generated customers file of N rows into a fresh database and prints rows/s.
 * Usage: DATABASE_URL=postgresql://… node benchmark-import.js [rows]
 */
async function benchmark(rowCount: number): Promise<void> {
  const database = await createTestDatabase(process.env.DATABASE_URL);
  const prisma = createPrismaClient({ databaseUrl: database.databaseUrl, maxConnections: 4 });
  try {
    const job = await prisma.importJob.create({
      data: {
        kind: "CUSTOMERS",
        fileName: "bench.csv",
        fileSha256: "0".repeat(64),
        fileSize: 0,
        mapping: {
          external_id: "externalId", email: "email", name: "name", gender: "gender", birth_date: "birthDate", city: "city",
          country: "country", occupation: "occupation", income: "income", signup_date: "signupDate", marketing_consent: "marketingConsent",
          preferred_device: "attribute:preferred_device",
        },
      },
    });
    await mkdir(importUploadDir(), { recursive: true });
    const path = uploadedFilePath(job.id);
    const out = createWriteStream(path);
    out.write("external_id,email,name,gender,birth_date,city,country,occupation,income,signup_date,marketing_consent,preferred_device\n");
    for (let index = 0; index < rowCount; index += 1) {
      const line = `C${index},user${index}@example.com,Person ${index},${index % 2 ? "F" : "M"},19${50 + (index % 50)}-0${1 + (index % 9)}-1${index % 10},City ${index % 300},NO,Job ${index % 40},${(index % 1000) * 100}.50,2023-0${1 + (index % 9)}-0${1 + (index % 9)}T10:00:00Z,${index % 3 === 0},${index % 2 ? "mobile" : "desktop"}\n`;
      if (!out.write(line)) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
    await prisma.importJob.update({ where: { id: job.id }, data: { fileSize: (await stat(path)).size, startedAt: null } });
    const started = process.hrtime.bigint();
    await runImportJob({ prisma, importJobId: job.id, logger: createLogger("info") });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const done = await prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
    process.stdout.write(
      `${JSON.stringify({ rows: rowCount, status: done.status, created: done.createdCount, seconds: Number(seconds.toFixed(2)), rowsPerSecond: Math.round(rowCount / seconds), run: randomUUID().slice(0, 8) })}\n`,
    );
  } finally {
    await prisma.$disconnect();
    await database.drop();
  }
}

benchmark(Number(process.argv[2] ?? 100_000)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
