"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ErrorMessage } from "@/components/status-message";
import { requestGraphql } from "@/lib/graphql-client";
import { formatInteger } from "@/lib/format";
import { useGqlMutation } from "@/lib/use-graphql";
import { EraseCustomerMutation, ExportCustomerQuery } from "@/operations/settings";

/** Right of access and right to erasure for one customer, by the customer's number (shown on their page). */
export function PrivacySection() {
  const queryClient = useQueryClient();
  const erase = useGqlMutation(EraseCustomerMutation);
  const [customerId, setCustomerId] = useState("");
  const [exportError, setExportError] = useState<unknown>(null);
  const [confirmErase, setConfirmErase] = useState(false);
  const id = Number(customerId);
  const valid = Number.isInteger(id) && id > 0;

  async function downloadExport(event: FormEvent) {
    event.preventDefault();
    setExportError(null);
    try {
      const data = await queryClient.fetchQuery({
        queryKey: ["ExportCustomer", id],
        queryFn: () => requestGraphql({ document: ExportCustomerQuery, variables: { customerId: id } }),
        staleTime: 0,
      });
      const blob = new Blob([JSON.stringify(data.exportCustomerData, null, 2)], { type: "application/json" });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = `customer-${id}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      setExportError(error);
    }
  }

  return (
    <section className="card stack" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy</h2>
      <p className="muted">
        Export everything held about a customer, or erase them: orders, events, memberships and campaign
        audiences go, and a later import will not bring them back.
      </p>
      <form className="row" onSubmit={(event) => void downloadExport(event)}>
        <label>
          Customer number
          <input
            inputMode="numeric"
            value={customerId}
            onChange={(event) => {
              setCustomerId(event.target.value);
              setConfirmErase(false);
            }}
            data-testid="privacy-customer-id"
          />
        </label>
        <button type="submit" disabled={!valid}>
          Export as JSON
        </button>
        {!confirmErase ? (
          <button type="button" className="secondary" disabled={!valid} onClick={() => setConfirmErase(true)}>
            Erase…
          </button>
        ) : (
          <button
            type="button"
            className="danger"
            disabled={erase.isPending}
            onClick={() => erase.mutate({ customerId: id }, { onSettled: () => setConfirmErase(false) })}
          >
            Yes, erase customer {customerId} for good
          </button>
        )}
      </form>
      <ErrorMessage error={exportError ?? erase.error} />
      {erase.data && (
        <p className="success" role="status">
          Customer {erase.data.eraseCustomer.customerId} erased:{" "}
          {formatInteger(erase.data.eraseCustomer.ordersDeleted)} orders,{" "}
          {formatInteger(erase.data.eraseCustomer.eventsDeleted)} events,{" "}
          {formatInteger(erase.data.eraseCustomer.membershipsDeleted)} memberships,{" "}
          {formatInteger(erase.data.eraseCustomer.campaignAudiencesDeleted)} campaign audience entries.
        </p>
      )}
    </section>
  );
}
