import { graphql } from "@/gql";

export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id
      kind
      mode
      status
      fileName
      progress
      totalRows
      createdCount
      updatedCount
      skippedCount
      errorCount
      errorMessage
      finishedAt
      rowErrors(first: 50) {
        totalCount
        nodes {
          rowNumber
          column
          message
        }
      }
    }
  }
`);
