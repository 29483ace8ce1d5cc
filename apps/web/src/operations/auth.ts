import { graphql } from "@/gql";

export const SetupStatusQuery = graphql(`
  query SetupStatus {
    setupStatus {
      needsOwner
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      role
      permissions
      user {
        id
        email
        name
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      role
    }
  }
`);

export const CreateOwnerMutation = graphql(`
  mutation CreateOwner($email: String!, $password: String!, $name: String) {
    createOwner(email: $email, password: $password, name: $name) {
      role
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
