"use client";
import { KMetricChart } from "@/components/charts/k-selection-chart";
import { PcaScatter } from "@/components/charts/pca-scatter";
import { SegmentBarChart } from "@/components/charts/segment-size-chart";
import { SegmentName } from "@/components/segment-name";
import { useShopCurrency } from "@/components/shop-currency-context";
import { ErrorMessage, Loading } from "@/components/status-message";
import { canEdit, useViewer } from "@/components/viewer-context";
import { formatDuration, formatInteger, formatPercent } from "@/lib/format";
import { featureLabel } from "@/lib/plain-condition";
import { ruleText } from "@/lib/condition-text";
import { useGqlMutation, useGqlQuery } from "@/lib/use-graphql";
import { ActivateRunMutation, RunResultQuery } from "@/operations/runs";
import { ExplanationTreeDiagram } from "./explanation-tree-diagram";
import { MigrationMatrix } from "./migration-matrix";

export function RunResult({ runId, isActive }: { runId: string; isActive: boolean }) {
  const viewer = useViewer();
  const currency = useShopCurrency();
  const result = useGqlQuery(RunResultQuery, { id: runId });
  const activate = useGqlMutation(ActivateRunMutation);
  if (result.isPending) return <Loading what="Loading the result" />;
  if (result.error) return <ErrorMessage error={result.error} />;
  const run = result.data.segmentationRun;
  const names = new Map(run.segments.map((segment) => [segment.clusterIndex, segment.name]));
  // A feature the tree never split on decided nothing: listing it at 0 % is noise.
  const decisive = (run.explanation?.importances ?? []).filter((item) => item.importance >= 0.005);

  return (
    <>
      <div className="card row" style={{ justifyContent: "space-between" }}>
        <div>
          <strong>{run.k} segments</strong> from {formatInteger(run.customerCount ?? 0)} customers
          {run.timings && (
            <span className="muted"> · computed in {formatDuration(run.timings.totalSeconds)}</span>
          )}
          {run.explanation && (
            <span className="muted">
              {" "}
              · rules reproduce the segments for {formatPercent(run.explanation.fidelity)} of customers
              (fidelity)
            </span>
          )}
          <div className="muted">
            Features: {run.parameters.features.map(featureLabel).join(", ")} · scaling{" "}
            {run.parameters.scaling.toLowerCase()}
          </div>
        </div>
        {isActive ? (
          <span className="badge" data-testid="run-is-active">
            active segmentation
          </span>
        ) : (
          canEdit(viewer) && (
            <button
              type="button"
              onClick={() => activate.mutate({ id: run.id })}
              disabled={activate.isPending}
              data-testid="run-activate"
            >
              {activate.isPending ? "Activating…" : "Make this the active segmentation"}
            </button>
          )
        )}
      </div>
      <ErrorMessage error={activate.error} />
      {run.kSelection && run.kSelection.rows.length < 2 && (
        // A fixed K tried one value: a chart of a single dot says nothing.
        <div className="card" data-testid="k-fixed">
          <h2>Number of segments: {run.k}, as chosen</h2>
          <p className="muted">{run.kSelection.reason}</p>
        </div>
      )}
      {run.kSelection && run.kSelection.rows.length >= 2 && (
        <div className="card">
          <h2>How many segments? Recommended: {run.kSelection.recommendedK}</h2>
          <p className="muted">{run.kSelection.reason}</p>
          <div className="grid">
            <KMetricChart
              rows={run.kSelection.rows}
              metric="inertia"
              recommendedK={run.kSelection.recommendedK}
              title={`Elbow: spread inside segments (bend at K = ${run.kSelection.elbowK})`}
            />
            <KMetricChart
              rows={run.kSelection.rows}
              metric="silhouette"
              recommendedK={run.kSelection.recommendedK}
              title="Silhouette: how well separated the segments are (higher is better)"
            />
          </div>
        </div>
      )}
      <div className="grid">
        <div className="card">
          <h2>Segments</h2>
          <SegmentBarChart
            label="Customers per segment"
            kind="count"
            data={run.segments.map((segment) => ({
              name: segment.name,
              clusterIndex: segment.clusterIndex,
              value: segment.size,
            }))}
          />
        </div>
        <div className="card">
          <h2>Customers mapped</h2>
          {run.pcaPoints.length > 0 ? (
            <PcaScatter points={run.pcaPoints} centroids={run.pcaCentroids} names={names} />
          ) : (
            <p className="muted">No points were stored for this run.</p>
          )}
        </div>
      </div>
      <div className="card">
        <h2>Explanation tree: how the rules sort customers</h2>
        <p className="muted">
          Read from left to right: customers follow the branch whose condition they meet and end in a box
          coloured by the segment the rules give them. Hover a box to see how many of its customers really are
          in that segment.
        </p>
        {run.explanationTree.length > 0 ? (
          <ExplanationTreeDiagram nodes={run.explanationTree} segmentNames={names} />
        ) : (
          <p className="muted">This run stored no explanation tree.</p>
        )}
      </div>
      <div className="card">
        <h2>Explanation: the rules behind each segment</h2>
        <ul className="stack" data-testid="explanation-tree">
          {run.segments.map((segment) => (
            <li key={segment.id}>
              <SegmentName id={segment.id} name={segment.name} clusterIndex={segment.clusterIndex} />{" "}
              <span className="muted">
                · {formatInteger(segment.size)} customers ({formatPercent(segment.share)})
              </span>
              <ul>
                {segment.rules.length === 0 && <li className="muted">no readable rule</li>}
                {segment.rules.map((rule) => (
                  <li key={rule.text}>
                    if {ruleText(rule, currency)}{" "}
                    <span className="muted">
                      → right {formatPercent(rule.precision)} of the time, covers{" "}
                      {formatPercent(rule.coverage)}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        {decisive.length > 0 && (
          <p className="muted">
            Most decisive features:{" "}
            {decisive
              .slice(0, 5)
              .map((item) => `${featureLabel(item.feature)} (${formatPercent(item.importance)})`)
              .join(", ")}
          </p>
        )}
      </div>
      <div className="card">
        <h2>Movement since the previous run</h2>
        <MigrationMatrix
          cells={run.migrationMatrix.cells}
          hasPrevious={run.migrationMatrix.fromRunId !== null}
        />
      </div>
    </>
  );
}
