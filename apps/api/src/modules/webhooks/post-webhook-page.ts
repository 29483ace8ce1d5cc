import { signWebhookBody } from "./sign-webhook-body";

export interface PostOutcome {
  /** HTTP status, or null when no response came (network error, timeout). */
  status: number | null;
  /** Worth trying again: no response, 5xx, 408 or 429. Other 4xx (and 3xx, we do not follow redirects) are final. */
  retryable: boolean;
  ok: boolean;
  error: string | null;
}

/** One signed POST with a timeout. Never throws: every outcome is described. */
export async function postWebhookPage({
  url,
  secret,
  deliveryId,
  body,
  page,
  pageCount,
  timeoutMs,
  now,
}: {
  url: string;
  secret: string;
  deliveryId: string;
  body: string;
  page: number;
  pageCount: number;
  timeoutMs: number;
  now: Date;
}): Promise<PostOutcome> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Seglens-Webhooks/1",
        "x-seglens-signature": signWebhookBody(secret, body),
        "x-seglens-timestamp": String(Math.floor(now.getTime() / 1000)),
        "x-seglens-delivery": deliveryId,
        "x-seglens-page": `${page}/${pageCount}`,
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Free the connection; the receiver's body is not used.
    await response.body?.cancel();
    const status = response.status;
    if (status >= 200 && status < 300) return { status, retryable: false, ok: true, error: null };
    const retryable = status >= 500 || status === 408 || status === 429;
    return { status, retryable, ok: false, error: `The endpoint answered HTTP ${status}.` };
  } catch (error) {
    // By name, not instanceof: the DOMException of a timeout may come from another realm.
    const name = (error as { name?: unknown } | null)?.name;
    const timedOut = name === "TimeoutError" || name === "AbortError";
    const reason = timedOut ? `no answer within ${timeoutMs} ms` : describeNetworkError(error);
    return { status: null, retryable: true, ok: false, error: `The request failed: ${reason}.` };
  }
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
