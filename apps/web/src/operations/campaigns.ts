import { graphql } from "@/gql";

export const CampaignsQuery = graphql(`
  query Campaigns($first: Int!) {
    campaigns(first: $first) {
      totalCount
      nodes {
        id
        name
        channel
        status
        scheduledAt
        budget
        audienceSize
        segments {
          id
          name
          clusterIndex
        }
        kpis {
          segmentId
          segmentName
          reach
          conversions
          revenue
          conversionRate
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
      customers
      consenting
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

export const SetCampaignStatusMutation = graphql(`
  mutation SetCampaignStatus($id: ID!, $status: CampaignStatus!) {
    setCampaignStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);
