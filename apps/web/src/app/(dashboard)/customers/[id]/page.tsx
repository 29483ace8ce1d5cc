"use client";
import { useParams } from "next/navigation";
import { SegmentName } from "@/components/segment-name";
import { useShopCurrency } from "@/components/shop-currency-context";
import { EmptyState, ErrorMessage, Loading } from "@/components/status-message";
import {
  formatCurrency,
  formatDate,
  formatDateTime,
  formatInteger,
  formatNumber,
  humaniseName,
} from "@/lib/format";
import { useGqlQuery } from "@/lib/use-graphql";
import { plainCondition } from "@/lib/plain-condition";
import { CustomerQuery } from "@/operations/customers";

interface ExplanationPath {
  text: string;
  rulesAgree: boolean;
  steps: ReadonlyArray<{ feature: string; condition: string; value: string }>;
}

/** The customer's own path through the run's explanation tree: each condition met, with their value. */
function CustomerExplanation({ explanation }: { explanation: ExplanationPath | null }) {
  if (!explanation) {
    return <p className="muted">There is no explanation for this customer in the active segmentation.</p>;
  }
  if (explanation.steps.length === 0) {
    return <p className="muted">The segmentation&apos;s rules place every customer in this segment.</p>;
  }
  return (
    <>
      <p className="muted">Why this customer is here: they meet every one of these conditions.</p>
      <table data-testid="customer-explanation" style={{ maxWidth: 640 }}>
        <thead>
          <tr>
            <th>Condition</th>
            <th className="num">This customer</th>
          </tr>
        </thead>
        <tbody>
          {explanation.steps.map((step) => (
            <tr key={step.feature} data-testid="customer-explanation-step" data-feature={step.feature}>
              <td>{plainCondition(step.feature, step.condition)}</td>
              <td className="num">{formatStepValue(step.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!explanation.rulesAgree && (
        <p className="muted" data-testid="customer-explanation-disagrees">
          Their data has changed since they were placed, or they sit near a boundary: these rules now point to
          another segment (the rules are a readable approximation of the segments).
        </p>
      )}
    </>
  );
}

/** Values come as text ("12", "0.35", "FR"); numbers get thousands separators. */
function formatStepValue(value: string): string {
  const number = Number(value);
  return value.trim() !== "" && Number.isFinite(number) ? formatNumber(number) : value;
}

export default function CustomerPage() {
  const currency = useShopCurrency();
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const customer = useGqlQuery(CustomerQuery, { id }, { enabled: Number.isInteger(id) });
  if (!Number.isInteger(id)) return <p className="error">This customer address is not valid.</p>;
  if (customer.isPending) return <Loading what="Loading the customer" />;
  if (customer.error) return <ErrorMessage error={customer.error} />;
  const c = customer.data.customer;

  return (
    <>
      <h1>{c.name ?? c.email ?? c.externalId}</h1>
      <p className="subtitle">
        {c.email ?? "no email"} · id {c.externalId} ·{" "}
        {c.marketingConsent ? "consents to marketing" : "no marketing consent"}
      </p>
      <div className="grid">
        <div className="card">
          <div className="stat">{formatCurrency(c.totalSpent, currency)}</div>
          <div className="stat-label">Total spent</div>
        </div>
        <div className="card">
          <div className="stat">{formatInteger(c.orderCount)}</div>
          <div className="stat-label">Orders</div>
        </div>
        <div className="card">
          <div className="stat">{formatDate(c.lastOrderAt)}</div>
          <div className="stat-label">Last order (first: {formatDate(c.firstOrderAt)})</div>
        </div>
        <div className="card">
          <div className="stat-label">Details</div>
          {[c.city, c.country].filter(Boolean).join(", ") || "—"}
          {c.income !== null && <div>Income {formatCurrency(c.income, currency)}</div>}
          <div className="muted">Signed up {formatDate(c.signupDate)}</div>
        </div>
      </div>
      <div className="card">
        <h2>Segment and why</h2>
        {c.segment ? (
          <>
            <p>
              <SegmentName
                id={c.segment.segmentId}
                name={c.segment.name}
                clusterIndex={c.segment.clusterIndex}
              />{" "}
              <span className="muted">
                · placed{" "}
                {c.segment.source === "REALTIME"
                  ? "in real time when new data arrived"
                  : "by the segmentation run"}{" "}
                on {formatDate(c.segment.assignedAt)} · distance to the segment centre{" "}
                {formatNumber(c.segment.distance)}
              </span>
            </p>
            <CustomerExplanation explanation={c.segmentExplanation} />
          </>
        ) : (
          <p className="muted">Not in a segment yet: run a segmentation and make it active.</p>
        )}
      </div>
      <div className="card">
        <h2>Orders ({formatInteger(c.orders.length)})</h2>
        {c.orders.length === 0 ? (
          <EmptyState>No orders yet.</EmptyState>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Date</th>
                <th>Order</th>
                <th>Items</th>
                <th className="num">Total</th>
              </tr>
            </thead>
            <tbody>
              {c.orders.map((order) => (
                <tr key={order.id}>
                  <td className="nowrap">{formatDate(order.orderedAt)}</td>
                  <td className="nowrap">{order.externalId}</td>
                  <td>
                    {order.lines
                      .map((line) => `${line.quantity} × ${line.productName ?? line.sku}`)
                      .join(", ")}
                  </td>
                  <td className="num">{formatCurrency(order.total, order.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="card">
        <h2>
          Recent events{" "}
          <span className="muted">
            (
            {c.events.nodes.length < c.events.totalCount
              ? `latest ${formatInteger(c.events.nodes.length)} of ${formatInteger(c.events.totalCount)}`
              : formatInteger(c.events.totalCount)}
            )
          </span>
        </h2>
        {c.events.nodes.length === 0 ? (
          <EmptyState>No events recorded.</EmptyState>
        ) : (
          <ul>
            {c.events.nodes.map((event) => (
              <li key={event.id}>
                {formatDateTime(event.occurredAt)} · {humaniseName(event.type)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
