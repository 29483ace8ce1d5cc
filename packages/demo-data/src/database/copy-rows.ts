import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ClientBase } from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** Characters per write to the COPY stream: few enough calls, small enough to stay out of the old generation. */
const CHUNK_CHARS = 256 * 1024;

function* chunked(lines: Iterable<string>): Generator<string> {
  let chunk = "";
  for (const line of lines) {
    chunk += line;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk !== "") yield chunk;
}

/**
 * Streams COPY text lines into `COPY <target> FROM STDIN` with back-pressure, so a batch's lines are
 * produced while the server parses the previous chunk. Returns the rows the server reports.
 */
export async function copyRows(client: ClientBase, target: string, lines: Iterable<string>): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${target} FROM STDIN`));
  await pipeline(Readable.from(chunked(lines)), stream);
  return stream.rowCount;
}
