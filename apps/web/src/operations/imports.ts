import { graphql } from "@/gql";

export const ImportPreviewQuery = graphql(`
  query ImportPreview($importId: ID!) {
    previewImport(importId: $importId) {
      columns
      rows
      mapping {
        column
        field
      }
      fields {
        name
        required
        description
      }
    }
  }
`);

export const UpdateImportMappingMutation = graphql(`
  mutation UpdateImportMapping($importId: ID!, $mapping: [ImportColumnMappingInput!]!) {
    updateImportMapping(importId: $importId, mapping: $mapping) {
      id
    }
  }
`);

export const ImportCleaningFragment = graphql(`
  fragment ImportCleaningFields on ImportCleaning {
    totalRows
    fenceMultiplier
    columns {
      column
      field
      kind
      required
      decimals
      missingRows
      invalidRows
      valueCount
      median
      lowerFence
      upperFence
      fenceNote
      lowOutlierRows
      highOutlierRows
      mostCommon
      mostCommonRows
      missingActions
      outlierActions
      choice {
        missing
        fillValue
        outliers
      }
    }
  }
`);

export const ImportCleaningQuery = graphql(`
  query ImportCleaning($importId: ID!) {
    importCleaning(importId: $importId) {
      ...ImportCleaningFields
    }
  }
`);

export const UpdateImportCleaningMutation = graphql(`
  mutation UpdateImportCleaning($importId: ID!, $choices: [ImportCleaningChoiceInput!]!) {
    updateImportCleaning(importId: $importId, choices: $choices) {
      ...ImportCleaningFields
    }
  }
`);

export const StartImportMutation = graphql(`
  mutation StartImport($importId: ID!) {
    startImport(importId: $importId) {
      id
      status
    }
  }
`);

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
      cleaningResult {
        skippedRows
        columns {
          column
          filledRows
          cappedRows
          skippedRows
        }
      }
    }
  }
`);

export const ImportErrorsQuery = graphql(`
  query ImportErrors($importId: ID!, $first: Int!) {
    importErrors(importId: $importId, first: $first) {
      totalCount
      nodes {
        row
        column
        message
      }
    }
  }
`);
