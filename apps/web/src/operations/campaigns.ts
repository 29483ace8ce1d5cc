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
            clusterIndex
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

export const KpiFiguresFragment = graphql(`
  fragment KpiFigureFields on KpiFigures {
    reach
    conversions
    conversionRate
    revenue
    revenuePerRecipient
    cost
    roi
  }
`);

export const CampaignKpisQuery = graphql(`
  query CampaignKpis($campaignId: ID!) {
    campaignKpis(campaignId: $campaignId) {
      budget
      total {
        ...KpiFigureFields
      }
      unattributed {
        ...KpiFigureFields
      }
      perSegment {
        segmentId
        segmentName
        kpis {
          ...KpiFigureFields
        }
      }
    }
  }
`);

export const RecordCampaignResultMutation = graphql(`
  mutation RecordCampaignResult($input: RecordCampaignResultInput!) {
    recordCampaignResult(input: $input) {
      id
      segmentId
      reach
      conversions
      revenue
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($campaignId: ID!) {
    webhookDeliveries(campaignId: $campaignId, first: 5) {
      totalCount
      edges {
        node {
          id
          endpointId
          status
          attempts
          responseStatus
          lastError
          createdAt
          deliveredAt
          customerCount
          pageCount
          pagesDelivered
        }
      }
    }
  }
`);

export const SendCampaignToWebhookMutation = graphql(`
  mutation SendCampaignToWebhook($campaignId: ID!, $endpointId: ID!) {
    sendCampaignToWebhook(campaignId: $campaignId, endpointId: $endpointId) {
      id
      status
      customerCount
    }
  }
`);
