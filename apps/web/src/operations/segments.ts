import { graphql } from "@/gql";

export const SegmentQuery = graphql(`
  query Segment($id: ID!) {
    segment(id: $id) {
      id
      runId
      name
      description
      archetype
      clusterIndex
      size
      share
      profile
      standOut {
        feature
        segmentMean
        overallMean
        ratio
        effectSize
      }
      rules {
        text
        conditions {
          feature
          min
          max
          text
        }
        coverage
        precision
        matched
      }
      associationRules {
        antecedent
        consequent
        confidence
        lift
        overallLift
        liftRatio
        support
      }
    }
  }
`);

export const SegmentMembersQuery = graphql(`
  query SegmentMembers($id: ID!, $first: Int!, $after: String) {
    segment(id: $id) {
      id
      members(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            customerId
            externalId
            name
            email
            distance
            source
          }
        }
      }
    }
  }
`);

export const UpdateSegmentMutation = graphql(`
  mutation UpdateSegment($id: ID!, $name: String, $description: String) {
    updateSegment(id: $id, name: $name, description: $description) {
      id
      name
      description
    }
  }
`);

export const SegmentCampaignsQuery = graphql(`
  query SegmentCampaigns($segmentId: ID!) {
    segmentKpis(segmentId: $segmentId) {
      total {
        reach
        conversions
        revenue
      }
      campaigns {
        campaignId
        campaignName
        channel
        status
        kpis {
          reach
          conversions
          conversionRate
          revenue
        }
      }
    }
  }
`);
