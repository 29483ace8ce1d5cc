"use client";
import { useParams } from "next/navigation";
import { PlanEditor } from "@/components/segments/plan-editor";
import { SegmentCampaigns } from "@/components/segments/segment-campaigns";
import { SegmentHeader } from "@/components/segments/segment-header";
import { SegmentHistograms } from "@/components/segments/segment-histograms";
import { SegmentMembers } from "@/components/segments/segment-members";
import { SegmentProfileCharts } from "@/components/segments/segment-profile-charts";
import { SegmentRules } from "@/components/segments/segment-rules";
import { ErrorMessage, Loading } from "@/components/status-message";
import { useGqlQuery } from "@/lib/use-graphql";
import { SegmentQuery } from "@/operations/segments";

export default function SegmentPage() {
  const { id } = useParams<{ id: string }>();
  const segment = useGqlQuery(SegmentQuery, { id });
  if (segment.isPending) return <Loading what="Loading the segment" />;
  if (segment.error) return <ErrorMessage error={segment.error} />;
  const s = segment.data.segment;
  return (
    <>
      <SegmentHeader key={`${s.name}|${s.description}`} segment={s} />
      <SegmentProfileCharts clusterIndex={s.clusterIndex} standOut={s.standOut} profile={s.profile} />
      <SegmentHistograms clusterIndex={s.clusterIndex} standOut={s.standOut} profile={s.profile} />
      <SegmentRules rules={s.rules} basketRules={s.associationRules} />
      <PlanEditor segmentId={s.id} />
      <SegmentCampaigns segmentId={s.id} />
      <SegmentMembers segmentId={s.id} />
    </>
  );
}
