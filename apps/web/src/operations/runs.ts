import { graphql } from "@/gql";

export const RunsQuery = graphql(`
  query Runs($first: Int!, $after: String) {
    segmentationRuns(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          status
          stage
          progress
          isActive
          k
          customerCount
          createdAt
          finishedAt
          explanation {
            fidelity
          }
        }
      }
    }
  }
`);

export const StartRunMutation = graphql(`
  mutation StartRun($input: StartSegmentationRunInput!) {
    startSegmentationRun(input: $input) {
      id
    }
  }
`);

export const RunProgressQuery = graphql(`
  query RunProgress($id: ID!) {
    segmentationRun(id: $id) {
      id
      name
      status
      stage
      progress
      error
      cancelRequested
      isActive
      createdAt
      startedAt
      finishedAt
    }
  }
`);

export const RunResultQuery = graphql(`
  query RunResult($id: ID!) {
    segmentationRun(id: $id) {
      id
      k
      customerCount
      realtimeAssignedCount
      parameters {
        features
        scaling
        k
        kMin
        kMax
        excludeSensitive
      }
      timings {
        totalSeconds
      }
      kSelection {
        recommendedK
        elbowK
        reason
        rows {
          k
          inertia
          silhouette
        }
      }
      explanation {
        fidelity
        importances {
          feature
          importance
        }
      }
      explanationTree {
        id
        parentId
        depth
        condition
        feature
        threshold
        samples
        segmentIndex
        purity
        isLeaf
      }
      pcaPoints {
        x
        y
        segmentIndex
      }
      pcaCentroids {
        x
        y
        segmentIndex
      }
      segments {
        id
        name
        clusterIndex
        size
        share
        archetype
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
        }
      }
      migrationMatrix {
        fromRunId
        cells {
          fromSegmentId
          fromSegmentName
          toSegmentId
          toSegmentName
          customers
        }
      }
    }
  }
`);

export const CancelRunMutation = graphql(`
  mutation CancelRun($id: ID!) {
    cancelSegmentationRun(id: $id) {
      id
      cancelRequested
      status
    }
  }
`);

export const ActivateRunMutation = graphql(`
  mutation ActivateRun($id: ID!) {
    activateSegmentationRun(id: $id) {
      id
      isActive
    }
  }
`);
