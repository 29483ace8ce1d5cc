import { createTestUser, type TestUser } from "../auth/create-test-user";
import { createTestApi, type TestApi } from "../../testing/create-test-api";

/** 0.01 MB = 10,485 bytes. */
const maxUploadMb = "0.01";

describe("upload size and rate limits of POST /imports", () => {
  let api: TestApi;
  let owner: TestUser;

  beforeAll(async () => {
    api = await createTestApi({
      runWorkers: false,
      env: { SEGLENS_MAX_UPLOAD_MB: maxUploadMb, SEGLENS_RATE_LIMIT_PER_MINUTE: "4" },
    });
    owner = await createTestUser({ prisma: api.prisma, role: "OWNER" });
  });
  afterAll(async () => {
    await api?.close();
  });

  async function upload(content: string): Promise<{
    status: number;
    body: { importJob?: { status: string }; errors?: { message: string; extensions: { code: string } }[] };
  }> {
    const form = new FormData();
    form.append("kind", "CUSTOMERS");
    form.append("file", new Blob([content]), "customers.csv");
    const response = await fetch(`${api.url}/imports`, {
      method: "POST",
      body: form,
      headers: { "x-seglens-csrf": "1", cookie: owner.cookie },
    });
    return { status: response.status, body: (await response.json()) as never };
  }

  function customersCsv(bytes: number): string {
    const header = "external_id,name\n";
    const lines: string[] = [header];
    let size = header.length;
    for (let index = 0; size < bytes; index += 1) {
      const line = `c${index},Customer number ${index}\n`;
      lines.push(line);
      size += line.length;
    }
    return lines.join("");
  }

  it("refuses files over SEGLENS_MAX_UPLOAD_MB with 413 (by declared length and while streaming), keeps files under it, then rate-limits with 429", async () => {
    const small = await upload(customersCsv(5_000));
    expect(small.status).toBe(201);
    expect(small.body.importJob?.status).toBe("QUEUED");

    // Declared body far over the limit: refused before reading it.
    const huge = await upload(customersCsv(200_000));
    expect(huge.status).toBe(413);
    expect(huge.body.errors?.[0]).toEqual({
      message: "The file is larger than the upload limit of 0.01 MB.",
      extensions: { code: "PAYLOAD_TOO_LARGE" },
    });

    // Within the allowance for multipart framing but over the limit: refused while streaming, nothing kept.
    const over = await upload(customersCsv(20_000));
    expect(over.status).toBe(413);
    expect(over.body.errors?.[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await api.prisma.importJob.count()).toBe(1);

    // Fourth request of the minute is allowed, the fifth is not.
    expect((await upload(customersCsv(100))).status).toBe(201);
    const limited = await upload(customersCsv(100));
    expect(limited.status).toBe(429);
    expect(limited.body.errors?.[0].extensions.code).toBe("RATE_LIMITED");
    expect(await api.prisma.importJob.count()).toBe(2);
  });
});
