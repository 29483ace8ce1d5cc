import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
}

/** Test support: an HTTP receiver on 127.0.0.1 that answers with the queued statuses (then 200) and records every request. */
export interface TestReceiver {
  url: string;
  requests: ReceivedRequest[];
  /** Statuses for the next requests, in order. */
  respondWith(...statuses: number[]): void;
  /** Delay before answering, to provoke timeouts. */
  delayMs: number;
  close(): Promise<void>;
}

export async function startTestReceiver(): Promise<TestReceiver> {
  const queued: number[] = [];
  const requests: ReceivedRequest[] = [];
  const receiver = { delayMs: 0 };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      requests.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      const status = queued.shift() ?? 200;
      setTimeout(() => {
        if (!response.destroyed)
          response.writeHead(status, { "content-type": "text/plain" }).end(`status ${status}`);
      }, receiver.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}/hook`,
    requests,
    respondWith: (...statuses: number[]) => void queued.push(...statuses),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
