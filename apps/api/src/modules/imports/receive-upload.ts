import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { IncomingMessage } from "node:http";
import busboy from "busboy";
import { AppError } from "../../errors/app-error";

export interface ReceivedUpload {
  tempPath: string;
  fileName: string;
  size: number;
  sha256: string;
  fields: Record<string, string>;
}

/**
 * Streams the one file of a multipart/form-data request to a temp file while hashing it, so a large upload
 * never sits in memory. Over `maxBytes` the file is deleted and PAYLOAD_TOO_LARGE raised.
 */
export async function receiveUpload({
  request,
  maxBytes,
  dir,
}: {
  request: IncomingMessage;
  maxBytes: number;
  dir: string;
}): Promise<ReceivedUpload> {
  await mkdir(dir, { recursive: true });
  const tempPath = join(dir, `${randomUUID()}.part`);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: request.headers,
      limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 256 * 1024, parts: 12 },
    });
  } catch {
    throw new AppError("BAD_USER_INPUT", "Send the file as multipart/form-data with a `file` part.");
  }
  const fields: Record<string, string> = {};
  let file: { fileName: string; size: number; sha256: string } | undefined;
  let tooLarge = false;
  let writeDone: Promise<void> = Promise.resolve();

  const finished = new Promise<void>((resolve, reject) => {
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== "file" || file) {
        stream.resume();
        return;
      }
      const hash = createHash("sha256");
      const output = createWriteStream(tempPath);
      const entry = { fileName: info.filename || "upload", size: 0, sha256: "" };
      file = entry;
      stream.on("data", (chunk: Buffer) => {
        entry.size += chunk.length;
        hash.update(chunk);
      });
      stream.on("limit", () => {
        tooLarge = true;
      });
      writeDone = new Promise<void>((done, fail) => {
        output.on("finish", () => {
          entry.sha256 = hash.digest("hex");
          done();
        });
        output.on("error", fail);
      });
      stream.pipe(output);
    });
    parser.on("error", (error: unknown) =>
      reject(
        new AppError(
          "BAD_USER_INPUT",
          `The upload is not valid multipart/form-data: ${error instanceof Error ? error.message : String(error)}`,
        ),
      ),
    );
    parser.on("close", resolve);
  });
  request.pipe(parser);
  try {
    await finished;
    await writeDone;
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  if (tooLarge) {
    await rm(tempPath, { force: true });
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `The file is larger than the upload limit of ${Math.floor(maxBytes / (1024 * 1024)) || maxBytes / (1024 * 1024)} MB.`,
    );
  }
  if (!file) throw new AppError("BAD_USER_INPUT", "The upload has no `file` part.");
  return { tempPath, ...(file as { fileName: string; size: number; sha256: string }), fields };
}
