"use client";
import { useRouter, useSearchParams } from "next/navigation";
import { Suspense, useState, type FormEvent } from "react";
import { ErrorMessage, Loading } from "@/components/status-message";
import { ApiError } from "@/lib/api-error";
import { describeError } from "@/lib/error-messages";
import { useGqlMutation, useGqlQuery } from "@/lib/use-graphql";
import { CreateOwnerMutation, LoginMutation, SetupStatusQuery } from "@/operations/auth";

function LoginForm() {
  const router = useRouter();
  const next = useSearchParams().get("next");
  const setup = useGqlQuery(SetupStatusQuery, {});
  const login = useGqlMutation(LoginMutation);
  const createOwner = useGqlMutation(CreateOwnerMutation);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [name, setName] = useState("");
  const needsOwner = setup.data?.setupStatus.needsOwner === true;
  const pending = login.isPending || createOwner.isPending;
  const error = login.error ?? createOwner.error;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (needsOwner) await createOwner.mutateAsync({ email, password, name: name || null });
    else await login.mutateAsync({ email, password });
    // Only same-site paths: an open redirect through ?next= would help phishing.
    router.replace(next && next.startsWith("/") && !next.startsWith("//") ? next : "/");
  }

  if (setup.isPending) return <Loading />;
  return (
    <form
      className="card stack"
      onSubmit={(event) => void submit(event).catch(() => undefined)}
      data-testid="login-form"
    >
      <h1>{needsOwner ? "Create the owner account" : "Sign in to Seglens"}</h1>
      {needsOwner && (
        <p className="muted">First run: this account will own the workspace and can invite others.</p>
      )}
      <ErrorMessage error={setup.error} />
      {needsOwner && (
        <label>
          Your name
          <input
            name="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoComplete="name"
          />
        </label>
      )}
      <label>
        Email
        <input
          name="email"
          type="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          autoComplete="email"
          data-testid="login-email"
        />
      </label>
      <label>
        Password
        <input
          name="password"
          type="password"
          required
          minLength={needsOwner ? 10 : 1}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete={needsOwner ? "new-password" : "current-password"}
          data-testid="login-password"
        />
      </label>
      {error && (
        <p className="error" role="alert" data-testid="login-error">
          {loginErrorText(error)}
        </p>
      )}
      <button type="submit" disabled={pending} data-testid="login-submit">
        {pending ? "Please wait…" : needsOwner ? "Create account and sign in" : "Sign in"}
      </button>
    </form>
  );
}

// A wrong email or password gets the API's one generic sentence; a locked account is told how long to wait.
function loginErrorText(error: unknown): string {
  const spokenByApi = ["UNAUTHENTICATED", "RATE_LIMITED", "BAD_USER_INPUT", "CONFLICT"];
  if (error instanceof ApiError && spokenByApi.includes(error.code)) return error.message;
  return describeError(error);
}

export default function LoginPage() {
  return (
    <div className="login">
      <Suspense fallback={<Loading />}>
        <LoginForm />
      </Suspense>
    </div>
  );
}
