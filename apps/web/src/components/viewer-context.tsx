"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { MeQuery } from "@/gql/graphql";

export type Viewer = NonNullable<MeQuery["me"]>;

const ViewerContext = createContext<Viewer | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

/** The signed-in person; screens hide what their role cannot do (the API refuses it anyway). */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer outside the dashboard shell");
  return viewer;
}

export function canEdit(viewer: Viewer): boolean {
  return viewer.role !== "VIEWER";
}
