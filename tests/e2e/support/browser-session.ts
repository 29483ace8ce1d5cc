import path from "node:path";
import type { Page } from "playwright-core";
import { queryData } from "./graphql-request";
import type { DashboardStack } from "./start-dashboard-stack";
import { createStory, type StoryStep } from "./story-steps";

export const sessionCookieName = "seglens_session";

export interface BrowserSession {
  /** Opens a dashboard path. */
  go(pathname: string): Promise<void>;
  /** A full-page screenshot `<name>.png` in the story's screenshot folder. */
  shoot(name: string): Promise<void>;
  /** `it` for the story's steps: a failed step leaves a screenshot and the API and dashboard log tails. */
  story: StoryStep;
  /** The API asked directly with the browser's session cookie: what the signed-in owner is allowed to see. */
  asOwner<TData>(query: string, variables?: Record<string, unknown>): Promise<TData>;
}

/**
 * What every browser story does with its page and stack. The page and stack are made in `beforeAll`,
 * after the steps are declared, so they are passed as functions that read them when a step runs.
 */
export function createBrowserSession({
  page,
  stack,
  screenshots,
}: {
  page: () => Page;
  stack: () => DashboardStack;
  screenshots: string;
}): BrowserSession {
  const shoot = async (name: string) => {
    await page().screenshot({
      path: path.join(screenshots, `${name}.png`),
      fullPage: true,
      animations: "disabled",
    });
  };
  return {
    go: async (pathname) => {
      await page().goto(`${stack().webUrl}${pathname}`);
    },
    shoot,
    story: createStory(async (stepNumber) => {
      await shoot(`failed-step-${stepNumber}`);
      process.stdout.write(
        `step ${stepNumber} failed on ${page().url()}\nAPI log tail:\n${stack().api.logs().slice(-3000)}\ndashboard log tail:\n${stack().web.logs().slice(-2000)}\n`,
      );
    }),
    asOwner: async <TData>(query: string, variables: Record<string, unknown> = {}) => {
      const cookie = (await page().context().cookies(stack().webUrl)).find(
        (item) => item.name === sessionCookieName,
      );
      if (!cookie) throw new Error(`the browser holds no ${sessionCookieName} cookie`);
      return queryData<TData>({
        url: stack().apiUrl,
        query,
        variables,
        headers: { cookie: `${cookie.name}=${cookie.value}` },
      });
    },
  };
}
