import { graphql } from "@/gql";

export const UsersQuery = graphql(`
  query Users {
    users(first: 100) {
      nodes {
        id
        email
        name
        role
        createdAt
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

export const ChangeUserRoleMutation = graphql(`
  mutation ChangeUserRole($userId: ID!, $role: UserRole!) {
    changeUserRole(userId: $userId, role: $role) {
      id
      role
    }
  }
`);

export const RemoveUserMutation = graphql(`
  mutation RemoveUser($userId: ID!) {
    removeUser(userId: $userId)
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys(first: 100, includeInactive: true) {
      nodes {
        id
        name
        prefix
        scopes
        createdAt
        expiresAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        id
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints {
    webhookEndpoints(first: 100) {
      edges {
        node {
          id
          name
          url
          active
          createdAt
        }
      }
    }
  }
`);

export const CreateWebhookMutation = graphql(`
  mutation CreateWebhook($name: String!, $url: String!) {
    createWebhookEndpoint(name: $name, url: $url) {
      secret
      endpoint {
        id
      }
    }
  }
`);

export const DeleteWebhookMutation = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

export const ExportCustomerQuery = graphql(`
  query ExportCustomer($customerId: Int!) {
    exportCustomerData(customerId: $customerId)
  }
`);

export const EraseCustomerMutation = graphql(`
  mutation EraseCustomer($customerId: Int!) {
    eraseCustomer(customerId: $customerId) {
      customerId
      ordersDeleted
      eventsDeleted
      membershipsDeleted
      campaignAudiencesDeleted
    }
  }
`);

export const ShopSettingsQuery = graphql(`
  query ShopSettings {
    shopSettings {
      currency
      updatedAt
    }
  }
`);

export const UpdateShopSettingsMutation = graphql(`
  mutation UpdateShopSettings($input: UpdateShopSettingsInput!) {
    updateShopSettings(input: $input) {
      currency
      updatedAt
    }
  }
`);
