import { graphql } from "@/gql";

export const OverviewQuery = graphql(`
  query Overview {
    customers(first: 1) {
      totalCount
    }
    segmentationRuns(first: 10) {
      edges {
        node {
          id
          name
          status
          isActive
          k
          finishedAt
          activatedAt
          customerCount
          realtimeAssignedCount
          explanation {
            fidelity
          }
        }
      }
    }
    segments {
      id
      name
      clusterIndex
      size
      share
      profile
    }
    campaigns(first: 20, status: RUNNING) {
      totalCount
      edges {
        node {
          id
          name
          channel
        }
      }
    }
    importJobs(first: 5) {
      nodes {
        id
        fileName
        kind
        status
        createdAt
        createdCount
        updatedCount
        errorCount
      }
    }
  }
`);
