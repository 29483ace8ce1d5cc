import { graphql } from "@/gql";

export const CampaignsQuery = graphql(`
  query Campaigns($first: Int!, $after: String) {
    campaigns(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          channel
          status
          scheduledAt
          budget
          createdAt
          segments {
            id
            name
            size
            inActiveRun
          }
          audience {
            totalCustomers
            consentedCustomers
          }
        }
      }
    }
  }
`);

export const CampaignSegmentsQuery = graphql(`
  query CampaignSegments {
    segments {
      id
      name
      clusterIndex
      size
    }
  }
`);

export const AudiencePreviewQuery = graphql(`
  query AudiencePreview($segmentIds: [ID!]!) {
    audiencePreview(segmentIds: $segmentIds) {
      totalCustomers
      consentedCustomers
      perSegment {
        segmentId
        name
        size
        consentedCount
        audienceSize
      }
    }
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      id
    }
  }
`);

export const ChangeCampaignStatusMutation = graphql(`
  mutation ChangeCampaignStatus($id: ID!, $status: CampaignStatus!) {
    changeCampaignStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

export const UpdateCampaignScheduleMutation = graphql(`
  mutation UpdateCampaignSchedule($id: ID!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, input: $input) {
      id
      scheduledAt
    }
  }
`);

export const CampaignKpisQuery = graphql(`
  query CampaignKpis($campaignId: ID!) {
    campaignKpis(campaignId: $campaignId) {
      total {
        reach
        conversions
        conversionRate
        revenue
        roi
      }
      perSegment {
        segmentId
        segmentName
        kpis {
          reach
          conversions
          conversionRate
          revenue
          roi
        }
      }
    }
  }
`);
