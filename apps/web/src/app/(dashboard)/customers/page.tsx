"use client";
import Link from "next/link";
import { useState } from "react";
import { CustomerFilters, type CustomerQueryState } from "@/components/customer-filters";
import { SegmentName } from "@/components/segment-name";
import { useShopCurrency } from "@/components/shop-currency-context";
import { EmptyState, ErrorMessage, Loading } from "@/components/status-message";
import { formatCurrency, formatDate, formatInteger } from "@/lib/format";
import { useGqlQuery } from "@/lib/use-graphql";
import { CustomersQuery } from "@/operations/customers";

const pageSize = 25;

export default function CustomersPage() {
  const currency = useShopCurrency();
  const [query, setQuery] = useState<CustomerQueryState>({
    filter: {},
    sort: "TOTAL_SPENT",
    descending: true,
  });
  // Cursors of the pages seen so far: the API pages forward only, so "previous" walks this stack back.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1];
  const customers = useGqlQuery(
    CustomersQuery,
    {
      first: pageSize,
      after,
      filter: query.filter,
      orderBy: { field: query.sort, direction: query.descending ? "DESC" : "ASC" },
    },
    { placeholderData: (previous) => previous },
  );
  const connection = customers.data?.customers;

  return (
    <>
      <h1>Customers</h1>
      <p className="subtitle">
        Search and filter; open a customer to see their orders and why they are in their segment.
      </p>
      <CustomerFilters
        onApply={(next) => {
          setQuery(next);
          setCursors([null]);
        }}
      />
      <ErrorMessage error={customers.error} />
      {customers.isPending && <Loading what="Loading customers" />}
      {connection && connection.totalCount === 0 && (
        <EmptyState>
          No customer matches. Loosen the filters, or <Link href="/import">import customers</Link>.
        </EmptyState>
      )}
      {connection && connection.totalCount > 0 && (
        <div className="card">
          <table data-testid="customers-table">
            <thead>
              <tr>
                <th>Customer</th>
                <th>Segment</th>
                <th className="num">Spent</th>
                <th className="num">Orders</th>
                <th>Last order</th>
                <th>Consent</th>
              </tr>
            </thead>
            <tbody>
              {connection.nodes.map((customer) => (
                <tr key={customer.id}>
                  <td>
                    <Link href={`/customers/${customer.id}`}>
                      {customer.name ?? customer.email ?? customer.externalId}
                    </Link>
                    <div className="muted">{customer.email ?? customer.externalId}</div>
                  </td>
                  <td>
                    {customer.segment ? (
                      <SegmentName
                        id={customer.segment.segmentId}
                        name={customer.segment.name}
                        clusterIndex={customer.segment.clusterIndex}
                      />
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="num">{formatCurrency(customer.totalSpent, currency)}</td>
                  <td className="num">{formatInteger(customer.orderCount)}</td>
                  <td>{formatDate(customer.lastOrderAt)}</td>
                  <td>{customer.marketingConsent ? "yes" : "no"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            <button
              type="button"
              className="secondary"
              disabled={cursors.length === 1}
              onClick={() => setCursors((stack) => stack.slice(0, -1))}
            >
              Previous
            </button>
            <span className="muted">
              Page {cursors.length} of{" "}
              {formatInteger(Math.max(1, Math.ceil(connection.totalCount / pageSize)))} ·{" "}
              {formatInteger(connection.totalCount)} customers
            </span>
            <button
              type="button"
              className="secondary"
              disabled={!connection.pageInfo.hasNextPage || customers.isFetching}
              onClick={() => setCursors((stack) => [...stack, connection.pageInfo.endCursor ?? null])}
            >
              Next
            </button>
          </div>
        </div>
      )}
    </>
  );
}
