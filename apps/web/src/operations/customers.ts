import { graphql } from "@/gql";

export const CustomersQuery = graphql(`
  query Customers($first: Int!, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrderBy) {
    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        externalId
        name
        email
        totalSpent
        orderCount
        lastOrderAt
        marketingConsent
        segment {
          segmentId
          name
          clusterIndex
        }
      }
    }
  }
`);

export const SegmentOptionsQuery = graphql(`
  query SegmentOptions {
    segments {
      id
      name
      clusterIndex
      size
    }
  }
`);

export const CustomerQuery = graphql(`
  query Customer($id: Int!) {
    customer(id: $id) {
      id
      externalId
      name
      email
      city
      country
      gender
      birthDate
      signupDate
      income
      marketingConsent
      totalSpent
      orderCount
      firstOrderAt
      lastOrderAt
      segment {
        segmentId
        name
        clusterIndex
        source
        assignedAt
        distance
      }
      segmentExplanation {
        text
        rulesAgree
        steps {
          feature
          condition
          value
        }
      }
      orders {
        id
        externalId
        orderedAt
        total
        currency
        lines {
          id
          sku
          productName
          quantity
          lineTotal
        }
      }
      events(first: 20) {
        totalCount
        nodes {
          id
          type
          occurredAt
        }
      }
    }
  }
`);
