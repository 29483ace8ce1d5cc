import { graphql } from "@/gql";

export const MarketingPlanQuery = graphql(`
  query MarketingPlan($segmentId: ID!) {
    segment(id: $segmentId) {
      id
      marketingPlan {
        id
        objective
        kpi
        kpiTarget
        channels
        offer
        message
        budget
        startDate
        endDate
        status
        updatedAt
      }
    }
    suggestedMarketingPlan(segmentId: $segmentId) {
      archetype
      objective
      kpi
      kpiTarget
      kpiTargetText
      channels
      offer
      message
      durationWeeks
    }
  }
`);

export const PlanHistoryQuery = graphql(`
  query PlanHistory($planId: ID!) {
    marketingPlanHistory(planId: $planId) {
      id
      createdAt
      changedById
      snapshot {
        objective
        kpi
        kpiTarget
        budget
        status
        channels
      }
    }
  }
`);

export const AttachPlanMutation = graphql(`
  mutation AttachPlan($segmentId: ID!, $input: MarketingPlanInput!) {
    attachMarketingPlan(segmentId: $segmentId, input: $input) {
      id
    }
  }
`);

export const UpdatePlanMutation = graphql(`
  mutation UpdatePlan($id: ID!, $input: MarketingPlanInput!) {
    updateMarketingPlan(id: $id, input: $input) {
      id
    }
  }
`);

export const RemovePlanMutation = graphql(`
  mutation RemovePlan($id: ID!) {
    removeMarketingPlan(id: $id)
  }
`);
