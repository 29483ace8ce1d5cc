"use client";
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
} from "@tanstack/react-query";
import { requestGraphql } from "./graphql-client";

type Document<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

/** The first word of the operation text ("query Customers(" → "Customers") keys the cache. */
export function operationName(document: { toString(): string }): string {
  const match = /(?:query|mutation)\s+(\w+)/.exec(document.toString());
  return match ? match[1] : "anonymous";
}

export function useGqlQuery<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  variables: TVariables,
  options: Omit<UseQueryOptions<TResult, Error>, "queryKey" | "queryFn"> = {},
): UseQueryResult<TResult, Error> {
  return useQuery<TResult, Error>({
    queryKey: [operationName(document), variables],
    queryFn: () => requestGraphql({ document, variables }),
    ...options,
  });
}

/** A mutation that, once it succeeds, refetches every query (screens stay consistent without bookkeeping). */
export function useGqlMutation<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  { invalidate = true }: { invalidate?: boolean } = {},
): UseMutationResult<TResult, Error, TVariables> {
  const queryClient = useQueryClient();
  return useMutation<TResult, Error, TVariables>({
    mutationFn: (variables) => requestGraphql({ document, variables }),
    onSuccess: async () => {
      if (invalidate) await queryClient.invalidateQueries();
    },
  });
}
