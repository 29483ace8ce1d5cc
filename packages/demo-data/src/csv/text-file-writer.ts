import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";

const FLUSH_AT_CHARACTERS = 1 << 20;

/** Appends text to a file in ~1 MB chunks and waits when the disk falls behind (back-pressure). */
export class TextFileWriter {
  private readonly stream: WriteStream;
  private chunks: string[];
  private buffered = 0;
  private failure: Error | null = null;

  /** `firstText` (a CSV header, say) starts the file. */
  constructor(
    readonly filePath: string,
    firstText = "",
  ) {
    this.chunks = [firstText];
    this.buffered = firstText.length;
    this.stream = createWriteStream(filePath, { encoding: "utf8" });
    // Remember the error instead of crashing the process; the next write or close reports it.
    this.stream.on("error", (error) => {
      this.failure = error;
    });
  }

  async write(text: string): Promise<void> {
    this.chunks.push(text);
    this.buffered += text.length;
    if (this.buffered >= FLUSH_AT_CHARACTERS) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
    if (this.failure) throw this.failure;
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.buffered === 0) return;
    const chunk = this.chunks.join("");
    this.chunks = [];
    this.buffered = 0;
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }
}
