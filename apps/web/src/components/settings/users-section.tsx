"use client";
import { useState, type FormEvent } from "react";
import { ErrorMessage, Loading } from "@/components/status-message";
import { useViewer } from "@/components/viewer-context";
import type { UserRole } from "@/gql/graphql";
import { formatDate } from "@/lib/format";
import { useGqlMutation, useGqlQuery } from "@/lib/use-graphql";
import {
  ChangeUserRoleMutation,
  CreateUserMutation,
  RemoveUserMutation,
  UsersQuery,
} from "@/operations/settings";

const roles: Array<{ value: UserRole; label: string }> = [
  { value: "OWNER", label: "Owner (everything)" },
  { value: "ANALYST", label: "Analyst (everything but users and API keys)" },
  { value: "VIEWER", label: "Viewer (read-only)" },
];

/** Owner only: the people who can sign in and what they may do. */
export function UsersSection() {
  const viewer = useViewer();
  const users = useGqlQuery(UsersQuery, {});
  const create = useGqlMutation(CreateUserMutation);
  const changeRole = useGqlMutation(ChangeUserRoleMutation);
  const remove = useGqlMutation(RemoveUserMutation);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<UserRole>("ANALYST");

  async function submit(event: FormEvent) {
    event.preventDefault();
    await create.mutateAsync({ input: { email, password, role } });
    setEmail("");
    setPassword("");
  }

  return (
    <section className="card stack" aria-labelledby="users-title">
      <h2 id="users-title">Users and roles</h2>
      <ErrorMessage error={users.error ?? changeRole.error ?? remove.error} />
      {users.isPending && <Loading what="Loading users" />}
      {users.data && (
        <table>
          <thead>
            <tr>
              <th>Person</th>
              <th>Role</th>
              <th>Since</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {users.data.users.nodes.map((user) => (
              <tr key={user.id}>
                <td>
                  {user.name ?? user.email}
                  <div className="muted">{user.email}</div>
                </td>
                <td>
                  <select
                    aria-label={`Role of ${user.email}`}
                    value={user.role}
                    disabled={user.id === viewer.user.id || changeRole.isPending}
                    onChange={(event) =>
                      changeRole.mutate({ userId: user.id, role: event.target.value as UserRole })
                    }
                  >
                    {roles.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{formatDate(user.createdAt)}</td>
                <td>
                  {user.id !== viewer.user.id && (
                    <button
                      type="button"
                      className="secondary"
                      disabled={remove.isPending}
                      onClick={() => remove.mutate({ userId: user.id })}
                    >
                      Remove
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="row" onSubmit={(event) => void submit(event).catch(() => undefined)}>
        <label>
          Email
          <input
            type="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            autoComplete="off"
          />
        </label>
        <label>
          Initial password
          <input
            type="password"
            required
            minLength={10}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            autoComplete="new-password"
          />
        </label>
        <label>
          Role
          <select value={role} onChange={(event) => setRole(event.target.value as UserRole)}>
            {roles.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={create.isPending}>
          {create.isPending ? "Adding…" : "Add user"}
        </button>
      </form>
      <ErrorMessage error={create.error} />
    </section>
  );
}
