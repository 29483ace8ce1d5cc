import { ApiError } from "./api-error";
import type { FetchLike } from "./graphql-client";
import { uploadImportFile } from "./upload-import";

describe("uploadImportFile", () => {
  it("sends kind, mode and file as multipart with the CSRF header and returns the import id", async () => {
    let sent: RequestInit | undefined;
    const fetcher: FetchLike = async (_input, init) => {
      sent = init;
      return new Response(JSON.stringify({ importJob: { id: "imp-1" } }), { status: 201 });
    };
    const file = new File(["external_id,email\n1,a@example.com\n"], "customers.csv", { type: "text/csv" });
    await expect(
      uploadImportFile({ file, kind: "CUSTOMERS", mode: "ALL_OR_NOTHING", fetcher }),
    ).resolves.toEqual({ importId: "imp-1" });
    const form = sent?.body as FormData;
    expect(form.get("kind")).toBe("CUSTOMERS");
    expect(form.get("mode")).toBe("ALL_OR_NOTHING");
    expect((form.get("file") as File).name).toBe("customers.csv");
    expect((sent?.headers as Record<string, string>)["x-seglens-csrf"]).toBe("1");
  });

  it("passes the API's error on, e.g. an unreadable header", async () => {
    const fetcher: FetchLike = async () =>
      new Response(
        JSON.stringify({
          errors: [{ message: "The file has no header row.", extensions: { code: "BAD_USER_INPUT" } }],
        }),
        { status: 400 },
      );
    const file = new File([""], "empty.csv");
    await expect(
      uploadImportFile({ file, kind: "ORDERS", mode: "VALID_ROWS_ONLY", fetcher }),
    ).rejects.toEqual(new ApiError("BAD_USER_INPUT", "The file has no header row."));
  });
});
