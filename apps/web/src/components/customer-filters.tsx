"use client";
import { useState, type FormEvent } from "react";
import type { CustomerFilter, CustomerSortField } from "@/gql/graphql";
import { useGqlQuery } from "@/lib/use-graphql";
import { SegmentOptionsQuery } from "@/operations/customers";

export interface CustomerQueryState {
  filter: CustomerFilter;
  sort: CustomerSortField;
  descending: boolean;
}

function toIso(date: string): string | undefined {
  return date ? new Date(`${date}T00:00:00Z`).toISOString() : undefined;
}

function toNumber(value: string): number | undefined {
  return value.trim() === "" ? undefined : Number(value);
}

/** The search form; nothing is fetched until it is submitted, so typing does not flood the API. */
export function CustomerFilters({ onApply }: { onApply: (state: CustomerQueryState) => void }) {
  const segments = useGqlQuery(SegmentOptionsQuery, {});
  const [text, setText] = useState("");
  const [segmentId, setSegmentId] = useState("");
  const [minSpent, setMinSpent] = useState("");
  const [maxSpent, setMaxSpent] = useState("");
  const [lastOrderAfter, setLastOrderAfter] = useState("");
  const [lastOrderBefore, setLastOrderBefore] = useState("");
  const [consent, setConsent] = useState("");
  const [sort, setSort] = useState<CustomerSortField>("TOTAL_SPENT");
  const [descending, setDescending] = useState(true);

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({
      filter: {
        text: text.trim() || undefined,
        segmentId: segmentId || undefined,
        minSpent: toNumber(minSpent),
        maxSpent: toNumber(maxSpent),
        lastOrderAfter: toIso(lastOrderAfter),
        lastOrderBefore: toIso(lastOrderBefore),
        marketingConsent: consent === "" ? undefined : consent === "yes",
      },
      sort,
      descending,
    });
  }

  return (
    <form className="card row" onSubmit={submit} role="search" data-testid="customer-filters">
      <label>
        Search
        <input
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder="name, email or id"
          data-testid="customer-search"
        />
      </label>
      <label>
        Segment
        <select value={segmentId} onChange={(event) => setSegmentId(event.target.value)}>
          <option value="">All segments</option>
          {segments.data?.segments.map((segment) => (
            <option key={segment.id} value={segment.id}>
              {segment.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Spent at least
        <input
          type="number"
          min={0}
          step="any"
          value={minSpent}
          onChange={(event) => setMinSpent(event.target.value)}
          style={{ width: "7rem" }}
        />
      </label>
      <label>
        Spent at most
        <input
          type="number"
          min={0}
          step="any"
          value={maxSpent}
          onChange={(event) => setMaxSpent(event.target.value)}
          style={{ width: "7rem" }}
        />
      </label>
      <label>
        Last order after
        <input
          type="date"
          value={lastOrderAfter}
          onChange={(event) => setLastOrderAfter(event.target.value)}
        />
      </label>
      <label>
        Last order before
        <input
          type="date"
          value={lastOrderBefore}
          onChange={(event) => setLastOrderBefore(event.target.value)}
        />
      </label>
      <label>
        Marketing consent
        <select value={consent} onChange={(event) => setConsent(event.target.value)}>
          <option value="">Any</option>
          <option value="yes">Consented</option>
          <option value="no">Not consented</option>
        </select>
      </label>
      <label>
        Sort by
        <select value={sort} onChange={(event) => setSort(event.target.value as CustomerSortField)}>
          <option value="TOTAL_SPENT">Total spent</option>
          <option value="LAST_ORDER_AT">Last order</option>
          <option value="ORDER_COUNT">Orders</option>
          <option value="NAME">Name</option>
          <option value="CREATED_AT">Added</option>
        </select>
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={descending}
          onChange={(event) => setDescending(event.target.checked)}
        />
        Highest first
      </label>
      <button type="submit">Apply</button>
    </form>
  );
}
