"use client";
import { useParams } from "next/navigation";
import { SegmentName } from "@/components/segment-name";
import { EmptyState, ErrorMessage, Loading } from "@/components/status-message";
import {
  formatCurrency,
  formatDate,
  formatDateTime,
  formatInteger,
  formatNumber,
  formatPercent,
  humaniseName,
} from "@/lib/format";
import { useGqlQuery } from "@/lib/use-graphql";
import { CustomerQuery, SegmentRulesQuery } from "@/operations/customers";

function SegmentExplanation({ segmentId }: { segmentId: string }) {
  const segment = useGqlQuery(SegmentRulesQuery, { id: segmentId });
  if (segment.isPending) return <Loading what="Loading the explanation" />;
  if (segment.error) return <ErrorMessage error={segment.error} />;
  const { rules, description } = segment.data.segment;
  return (
    <>
      {description && <p>{description}</p>}
      {rules.length === 0 ? (
        <p className="muted">This run has no readable rules for the segment.</p>
      ) : (
        <>
          <p className="muted">Customers are placed in this segment when:</p>
          <ul data-testid="customer-explanation">
            {rules.map((rule) => (
              <li key={rule.text}>
                {rule.text}{" "}
                <span className="muted">
                  (right {formatPercent(rule.precision)} of the time, covers {formatPercent(rule.coverage)} of
                  the segment)
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export default function CustomerPage() {
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
          <div className="stat">{formatCurrency(c.totalSpent)}</div>
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
          {c.income !== null && <div>Income {formatCurrency(c.income)}</div>}
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
            <SegmentExplanation segmentId={c.segment.segmentId} />
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
