import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { createTestDatabase, type TestDatabase } from "@seglens/database";
import { CSV_FILE_NAMES, generateDemoShop, writeDemoCsv } from "@seglens/demo-data";
import { postGraphql } from "./support/graphql-request";
import { importThroughWizard } from "./support/import-through-wizard";
import { createBrowserSession, sessionCookieName } from "./support/browser-session";
import { launchBrowser, type LaunchedBrowser } from "./support/launch-browser";
import { parseCsv } from "./support/parse-csv";
import { repositoryRoot, startDashboardStack, type DashboardStack } from "./support/start-dashboard-stack";

/**
 * The owner's whole day in a real browser (Debian Chromium, headless) against the production build of
 * the dashboard and the real API on a fresh database: first run, sign-in, imports, a segmentation run,
 * a segment with its plan, a campaign for two segments and its export, an API key revoked, sign-out.
 * Values on the page are checked against the files imported and against the API asked directly.
 */
const demoCustomers = 600;
const demoSeed = 7;
const webPort = Number(process.env.SEGLENS_E2E_WEB_PORT ?? 3000);
const screenshots = path.join(repositoryRoot, "test-artifacts", "screenshots");
const owner = { name: "Olive Owner", email: "olive@shop.example", password: "lemon-tart-2024!" };

const numberIn = (text: string) => Number(text.replace(/[^0-9.-]/g, ""));
const en = { integer: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }) };
/** A share as the dashboard writes it in en-US: one decimal below 10 %. */
const percent = (share: number) =>
  new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: share < 0.1 ? 1 : 0 }).format(
    share,
  );

describe("the dashboard in a real browser", () => {
  const work = mkdtempSync(path.join(tmpdir(), "seglens-e2e-"));
  const csv = (name: keyof typeof CSV_FILE_NAMES) => path.join(work, CSV_FILE_NAMES[name]);
  const dataRows = (name: keyof typeof CSV_FILE_NAMES) => parseCsv(readFileSync(csv(name), "utf8")).slice(1);
  let database: TestDatabase;
  let stack: DashboardStack;
  let browser: LaunchedBrowser;
  let page: Page;

  // What earlier steps learnt and later steps check against.
  let firstRunId = "";
  let runId = "";
  let segments: { id: string; name: string; clusterIndex: number; size: number }[] = [];
  let campaignAudience = 0;
  let consentedExternalIds = new Set<string>();
  let apiKeySecret = "";

  const { go, shoot, story, asOwner } = createBrowserSession({
    page: () => page,
    stack: () => stack,
    screenshots,
  });

  /** Starts a run from the form and waits on its page until it succeeded, recording every value its progress bar showed. */
  const startRunAndWatch = async ({ name, k }: { name: string; k?: number }) => {
    await go("/runs/new");
    await page.getByTestId("run-form").waitFor();
    await page.getByTestId("run-name").fill(name);
    if (k !== undefined) {
      await page.getByLabel("Exactly").check();
      await page.getByTestId("run-k").fill(String(k));
    }
    // The run page is reached by client navigation, so an observer installed now sees every change.
    await page.evaluate(`(() => {
      const seen = [];
      window.__runProgress = seen;
      const record = () => {
        const bar = document.querySelector('[data-testid="run-progress-bar"] [role="progressbar"]');
        if (!bar) return;
        const value = Number(bar.getAttribute("aria-valuenow"));
        if (seen[seen.length - 1] !== value) seen.push(value);
      };
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-valuenow"] });
    })()`);
    await page.getByTestId("run-start").click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
    const id = new URL(page.url()).pathname.split("/").pop() ?? "";
    await page
      .getByTestId("run-status")
      .filter({ hasText: /^succeeded/ })
      .waitFor({ timeout: 180_000 });
    return { runId: id, progressSeen: (await page.evaluate("window.__runProgress")) as number[] };
  };

  /** The open customer page lists the customer's own path, condition by condition with their values, as the API explains it. */
  const expectOwnExplanation = async (customerId: number) => {
    const { customer } = await asOwner<{
      customer: { segmentExplanation: { steps: { feature: string; condition: string; value: string }[] } };
    }>(
      "query Why($id: Int!) { customer(id: $id) { segmentExplanation { steps { feature condition value } } } }",
      {
        id: customerId,
      },
    );
    const steps = customer.segmentExplanation.steps;
    expect(steps.length).toBeGreaterThan(0);
    const rows = page.getByTestId("customer-explanation-step");
    expect(await rows.count()).toBe(steps.length);
    for (const [index, step] of steps.entries()) {
      const row = rows.nth(index);
      expect(await row.getAttribute("data-feature")).toBe(step.feature);
      const [conditionText, valueText] = await row.locator("td").allInnerTexts();
      // Same bounds as the API's condition, with the column name put in words.
      const [before, after] = step.condition.split(step.feature);
      expect(conditionText).not.toContain(step.feature);
      expect(conditionText.startsWith(before)).toBe(true);
      expect(conditionText.endsWith(after)).toBe(true);
      if (Number.isFinite(Number(step.value))) expect(numberIn(valueText)).toBeCloseTo(Number(step.value), 2);
      else expect(valueText).toBe(step.value);
    }
  };

  beforeAll(async () => {
    rmSync(screenshots, { recursive: true, force: true });
    mkdirSync(screenshots, { recursive: true });
    const shop = generateDemoShop({ customers: demoCustomers, seed: demoSeed });
    [database] = await Promise.all([
      createTestDatabase(process.env.DATABASE_URL),
      writeDemoCsv({ shop, directory: work }),
    ]);
    stack = await startDashboardStack({ databaseUrl: database.databaseUrl, webPort });
    browser = await launchBrowser();
    browser.context.setDefaultTimeout(30_000);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await database?.drop();
    rmSync(work, { recursive: true, force: true });
  });

  story(
    "first run: the owner account is created from the login page and opens an empty overview",
    async () => {
      await go("/");
      expect(new URL(page.url()).pathname).toBe("/login");
      await page.getByRole("heading", { name: "Create the owner account" }).waitFor();
      await page.getByLabel("Your name").fill(owner.name);
      await page.getByTestId("login-email").fill(owner.email);
      await page.getByTestId("login-password").fill(owner.password);
      await page.getByTestId("login-submit").click();
      await page.getByRole("heading", { name: "Overview" }).waitFor();
      expect(await page.getByTestId("signed-in-as").innerText()).toBe(`${owner.name} · owner`);
      expect(await page.getByTestId("stat-customers").locator(".stat").innerText()).toBe("0");
      await page.getByText("No customers yet.").waitFor();
    },
  );

  story(
    "a wrong password and an unknown email get the same one generic message; the right one signs in",
    async () => {
      await page.getByTestId("logout").click();
      await page.waitForURL(/\/login$/);
      await page.getByRole("heading", { name: "Sign in to Seglens" }).waitFor();

      const failedSignIn = async (email: string, password: string) => {
        await page.getByTestId("login-email").fill(email);
        await page.getByTestId("login-password").fill(password);
        const answered = page.waitForResponse(
          (response) =>
            response.url().endsWith("/graphql") &&
            (response.request().postData() ?? "").includes("mutation Login"),
        );
        await page.getByTestId("login-submit").click();
        await answered;
        const error = page.getByTestId("login-error");
        await error.waitFor();
        return error.innerText();
      };
      const wrongPassword = await failedSignIn(owner.email, "not-the-password");
      expect(wrongPassword).toBe("Email or password is incorrect.");
      expect(await failedSignIn("nobody@shop.example", owner.password)).toBe(wrongPassword);
      expect(new URL(page.url()).pathname).toBe("/login");

      await page.getByTestId("login-email").fill(owner.email);
      await page.getByTestId("login-password").fill(owner.password);
      await page.getByTestId("login-submit").click();
      await page.getByRole("heading", { name: "Overview" }).waitFor();
    },
  );

  story(
    "the import wizard brings in customers, orders and events; each summary counts every row of its file",
    async () => {
      await go("/import");
      const customerRows = dataRows("customers");
      expect(customerRows).toHaveLength(demoCustomers);
      // planted_type is the demo generator's answer key: an owner would not import it, and the mapping lets them leave it out.
      const customers = await importThroughWizard(page, {
        kind: "customers",
        file: csv("customers"),
        remap: { planted_type: "" },
      });
      expect(customers.mapping).toMatchObject({
        external_id: "externalId",
        email: "email",
        marketing_consent: "marketingConsent",
        signup_date: "signupDate",
        planted_type: "",
      });
      expect(customers.firstPreviewRow.slice(0, 3)).toEqual(customerRows[0].slice(0, 3));
      expect(customers).toMatchObject({
        created: demoCustomers,
        updated: 0,
        skipped: 0,
        rowsRead: demoCustomers,
      });
      await page.getByText("Import finished.").waitFor();
      await shoot("03-import-summary");

      await page.getByTestId("import-another").click();
      const orderRows = dataRows("orders");
      const orders = await importThroughWizard(page, { kind: "orders", file: csv("orders") });
      expect(orders.mapping).toMatchObject({
        order_id: "orderId",
        customer_id: "customerExternalId",
        ordered_at: "orderedAt",
        sku: "sku",
        quantity: "quantity",
        unit_price: "unitPrice",
      });
      expect(orders).toMatchObject({
        created: orderRows.length,
        updated: 0,
        skipped: 0,
        rowsRead: orderRows.length,
      });

      await page.getByTestId("import-another").click();
      const eventRows = dataRows("events");
      const events = await importThroughWizard(page, { kind: "events", file: csv("events") });
      expect(events.mapping).toMatchObject({
        customer_id: "customerExternalId",
        type: "type",
        occurred_at: "occurredAt",
        properties: "properties",
      });
      expect(events).toMatchObject({
        created: eventRows.length,
        updated: 0,
        skipped: 0,
        rowsRead: eventRows.length,
      });

      // The column left out really stayed out, and consent arrived as in the file.
      const stored = await asOwner<{
        customers: {
          nodes: { externalId: string; marketingConsent: boolean; attributes: Record<string, unknown> }[];
        };
      }>(
        "query Stored($text: String!) { customers(first: 20, filter: { text: $text }) { nodes { externalId marketingConsent attributes } } }",
        { text: customerRows[0][0] },
      );
      const firstCustomer = stored.customers.nodes.find((node) => node.externalId === customerRows[0][0]);
      expect(firstCustomer?.attributes).not.toHaveProperty("planted_type");
      expect(firstCustomer?.attributes).toHaveProperty("acquisition_channel", customerRows[0][12]);
      expect(firstCustomer?.marketingConsent).toBe(customerRows[0][10] === "true");
    },
  );

  story(
    "a segmentation run (K chosen automatically) shows live progress until it is done, and as the first run becomes the active one",
    async () => {
      const watched = await startRunAndWatch({ name: "First look" });
      firstRunId = watched.runId;
      // Seen while working, never going back, and finishing at 100 %.
      expect(watched.progressSeen.length).toBeGreaterThan(1);
      expect(watched.progressSeen[watched.progressSeen.length - 1]).toBe(100);
      expect(
        watched.progressSeen.every(
          (value, index) =>
            value >= 0 && value <= 100 && (index === 0 || value >= watched.progressSeen[index - 1]),
        ),
      ).toBe(true);
      await page.getByTestId("run-is-active").waitFor();
      await page.getByText("This is the first run: there is no previous run to compare with.").waitFor();
    },
  );

  story(
    "the run result shows the K selection charts, the PCA scatter and the fidelity the API computed",
    async () => {
      const { segmentationRun: run } = await asOwner<{
        segmentationRun: {
          k: number;
          customerCount: number;
          explanation: { fidelity: number };
          kSelection: { recommendedK: number; rows: { k: number }[] };
          pcaPoints: unknown[];
          explanationTree: { id: number; isLeaf: boolean }[];
        };
      }>(
        "query Run($id: ID!) { segmentationRun(id: $id) { k customerCount explanation { fidelity } kSelection { recommendedK rows { k } } pcaPoints { x } explanationTree { id isLeaf } } }",
        { id: firstRunId },
      );
      expect(run.customerCount).toBe(demoCustomers);
      expect(run.k).toBe(run.kSelection.recommendedK);
      // The default auto range is 2 to 8.
      expect(run.kSelection.rows.map((row) => row.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);

      await page
        .getByRole("heading", { name: `How many segments? Recommended: ${run.kSelection.recommendedK}` })
        .waitFor();
      const elbow = page.locator("figure[aria-label^='Elbow']");
      const silhouette = page.locator("figure[aria-label^='Silhouette']");
      // One dot per K tried, on each chart.
      await elbow.locator(".recharts-dot").first().waitFor();
      await silhouette.locator(".recharts-dot").first().waitFor();
      expect(await elbow.locator(".recharts-dot").count()).toBe(run.kSelection.rows.length);
      expect(await silhouette.locator(".recharts-dot").count()).toBe(run.kSelection.rows.length);
      const scatter = page.getByTestId("pca-scatter");
      await scatter.locator(".recharts-scatter-symbol").first().waitFor();
      // Every stored point plus one centroid per segment.
      expect(await scatter.locator(".recharts-scatter-symbol").count()).toBe(run.pcaPoints.length + run.k);
      await page
        .getByText(
          `rules reproduce the segments for ${percent(run.explanation.fidelity)} of customers (fidelity)`,
        )
        .waitFor();
      await page.getByText(`${run.k} segments`, { exact: true }).waitFor();
      expect(await page.getByTestId("explanation-tree").getByTestId("segment-link").count()).toBe(run.k);
      // The tree is drawn node for node as the API lists it, leaves as leaves.
      const diagram = page.getByTestId("explanation-tree-diagram");
      await diagram.getByTestId("tree-node").first().waitFor();
      expect(run.explanationTree.length).toBeGreaterThan(1);
      expect(await diagram.getByTestId("tree-node").count()).toBe(run.explanationTree.length);
      expect(await diagram.locator("[data-testid='tree-node'][data-leaf='true']").count()).toBe(
        run.explanationTree.filter((node) => node.isLeaf).length,
      );
      await shoot("05-run-result");
      await diagram.screenshot({
        path: path.join(screenshots, "05c-explanation-tree.png"),
        animations: "disabled",
      });
    },
  );

  story(
    "a second run with exactly 4 segments shows how customers moved since the first and is made the active segmentation",
    async () => {
      const watched = await startRunAndWatch({ name: "Four groups", k: 4 });
      runId = watched.runId;
      await page.getByText("4 segments", { exact: true }).waitFor();
      // One K tried: its reason instead of charts with a single dot.
      await page
        .getByTestId("k-fixed")
        .getByRole("heading", { name: "Number of segments: 4, as chosen" })
        .waitFor();
      expect(await page.locator("figure[aria-label^='Elbow']").count()).toBe(0);
      // Every customer moved from one segment of the first run to one of this run.
      const cells = await page.getByTestId("migration-matrix").locator("tbody td").allInnerTexts();
      expect(cells.map(numberIn).reduce((sum, count) => sum + count, 0)).toBe(demoCustomers);

      await page.getByTestId("run-activate").click();
      await page.getByTestId("run-is-active").waitFor();
      await shoot("05b-run-result-fixed-k");
      const active = await asOwner<{ segments: typeof segments }>(
        "query Active { segments { id name clusterIndex size } }",
      );
      segments = [...active.segments].sort((a, b) => a.clusterIndex - b.clusterIndex);
      expect(segments).toHaveLength(4);
      expect(segments.reduce((sum, segment) => sum + segment.size, 0)).toBe(demoCustomers);
    },
  );

  story(
    "the overview and the customer list show the imported shop; a customer page explains their segment",
    async () => {
      await go("/");
      await page.getByRole("heading", { name: "Segment sizes" }).waitFor();
      expect(await page.getByTestId("stat-customers").locator(".stat").innerText()).toBe(
        en.integer.format(demoCustomers),
      );
      await page.getByText(`${segments.length} segments`, { exact: true }).waitFor();
      await shoot("01-overview");

      await go("/customers");
      const table = page.getByTestId("customers-table");
      await table.waitFor();
      expect(await table.locator("tbody tr").count()).toBe(25);
      await page
        .getByText(
          `Page 1 of ${Math.ceil(demoCustomers / 25)} · ${en.integer.format(demoCustomers)} customers`,
        )
        .waitFor();
      // Sorted by spend, highest first: the top row is the biggest spender the API knows.
      const top = await asOwner<{
        customers: { nodes: { id: number; name: string; segment: { name: string } | null }[] };
      }>(
        "query Top { customers(first: 1, orderBy: { field: TOTAL_SPENT, direction: DESC }) { nodes { id name segment { name } } } }",
      );
      const biggest = top.customers.nodes[0];
      const firstRow = table.locator("tbody tr").first();
      expect(await firstRow.locator("td").first().locator("a").innerText()).toBe(biggest.name);
      expect(await firstRow.locator("td").nth(1).innerText()).toBe(biggest.segment?.name);
      await shoot("02-customers");

      await firstRow.locator("td").first().locator("a").click();
      await page.waitForURL(new RegExp(`/customers/${biggest.id}$`));
      await page.getByRole("heading", { name: biggest.name }).waitFor();
      await page.getByTestId("customer-explanation").waitFor();
      await expectOwnExplanation(biggest.id);
      await shoot("04-customer");

      // The smallest spender takes another path through the tree (usually a longer one).
      const bottom = await asOwner<{ customers: { nodes: { id: number; name: string }[] } }>(
        "query Bottom { customers(first: 1, orderBy: { field: TOTAL_SPENT, direction: ASC }) { nodes { id name } } }",
      );
      const smallest = bottom.customers.nodes[0];
      await go(`/customers/${smallest.id}`);
      await page.getByRole("heading", { name: smallest.name }).waitFor();
      await page.getByTestId("customer-explanation").waitFor();
      await expectOwnExplanation(smallest.id);
      await shoot("04b-customer-path");
    },
  );

  story(
    "a segment page shows its size and share; a marketing plan is attached from the suggestion, edited and kept in the history",
    async () => {
      const largest = [...segments].sort((a, b) => b.size - a.size)[0];
      await go(`/runs/${runId}`);
      await page
        .getByTestId("explanation-tree")
        .getByTestId("segment-link")
        .filter({ hasText: largest.name })
        .click();
      await page.waitForURL(new RegExp(`/segments/${largest.id}$`));
      expect(await page.getByTestId("segment-title").innerText()).toBe(largest.name);
      await page
        .getByTestId("segment-size")
        .getByText(
          `${en.integer.format(largest.size)} customers · ${percent(largest.size / demoCustomers)} of all`,
        )
        .waitFor();
      await page.getByTestId("segment-rules").waitFor();
      await page.getByTestId("plan-form").waitFor();
      await page.getByTestId("segment-members").locator("tbody tr").first().waitFor();
      await page.getByText("No campaign targets this segment yet.").waitFor();
      // A numeric feature's histogram: one bar per non-empty bin for the segment and for all customers.
      const { segment: profiled } = await asOwner<{
        segment: {
          standOut: { feature: string }[];
          profile: {
            histogramEdges: Record<string, number[]>;
            numeric: Record<string, { histogram: number[] }>;
            overall: { numeric: Record<string, { histogram: number[] }> };
          };
        };
      }>("query Profile($id: ID!) { segment(id: $id) { standOut { feature } profile } }", { id: largest.id });
      const numericFeatures = Object.keys(profiled.profile.histogramEdges);
      const feature =
        profiled.standOut.map((item) => item.feature).find((name) => numericFeatures.includes(name)) ??
        numericFeatures[0];
      const histogram = page.getByTestId(`histogram-${feature}`);
      await histogram.locator(".recharts-bar-rectangle").first().waitFor();
      const nonEmpty = (counts: number[]) => counts.filter((count) => count > 0).length;
      expect(await histogram.locator(".recharts-bar-rectangle").count()).toBe(
        nonEmpty(profiled.profile.numeric[feature].histogram) +
          nonEmpty(profiled.profile.overall.numeric[feature].histogram),
      );
      await histogram.getByText("All customers").waitFor();
      await shoot("06-segment");

      const { suggestedMarketingPlan: suggestion } = await asOwner<{
        suggestedMarketingPlan: { objective: string; kpi: string };
      }>("query Suggestion($id: ID!) { suggestedMarketingPlan(segmentId: $id) { objective kpi } }", {
        id: largest.id,
      });
      const form = page.getByTestId("plan-form");
      expect(await form.getByTestId("plan-objective").inputValue()).toBe(suggestion.objective);
      expect(await form.getByTestId("plan-kpi").inputValue()).toBe(suggestion.kpi);
      await form.getByTestId("plan-save").click();
      await page.getByTestId("plan-saved").waitFor();
      const history = page.getByTestId("plan-history");
      await history.getByText("History of changes (1)").waitFor();

      await page.getByTestId("plan-budget").fill("2500");
      await page.getByTestId("plan-status").selectOption("ACTIVE");
      await page.getByTestId("plan-save").click();
      await page.getByTestId("plan-saved").waitFor();
      await history.getByText("History of changes (2)").click();
      const revisions = history.locator("li");
      await revisions.nth(1).waitFor();
      // Newest first: the edit on top, the suggestion as attached below it.
      expect(await revisions.nth(0).innerText()).toContain(
        `active · ${suggestion.objective} · ${suggestion.kpi}`,
      );
      expect(await revisions.nth(0).innerText()).toContain("budget $2,500");
      expect(await revisions.nth(1).innerText()).toContain(`draft · ${suggestion.objective}`);
      expect(await revisions.nth(1).innerText()).toContain("budget $0.00");
      await page
        .getByTestId("plan-editor")
        .screenshot({ path: path.join(screenshots, "07-plan-editor.png"), animations: "disabled" });

      const stored = await asOwner<{
        segment: { marketingPlan: { budget: number; status: string; objective: string } };
      }>("query Plan($id: ID!) { segment(id: $id) { marketingPlan { budget status objective } } }", {
        id: largest.id,
      });
      expect(stored.segment.marketingPlan).toEqual({
        budget: 2500,
        status: "ACTIVE",
        objective: suggestion.objective,
      });
    },
  );

  story(
    "a campaign for two segments shows, before saving, an audience equal to their consented members",
    async () => {
      const [first, second] = segments;
      // Counted another way than the preview: the customer list filtered by segment and consent, page by page.
      consentedExternalIds = new Set<string>();
      for (const segment of [first, second]) {
        let after: string | null = null;
        for (;;) {
          const batch: {
            customers: {
              nodes: { externalId: string }[];
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
            };
          } = await asOwner(
            "query Consented($segmentId: ID!, $after: String) { customers(first: 100, after: $after, filter: { segmentId: $segmentId, marketingConsent: true }) { nodes { externalId } pageInfo { hasNextPage endCursor } } }",
            { segmentId: segment.id, after },
          );
          for (const node of batch.customers.nodes) consentedExternalIds.add(node.externalId);
          if (!batch.customers.pageInfo.hasNextPage) break;
          after = batch.customers.pageInfo.endCursor;
        }
      }
      expect(consentedExternalIds.size).toBeGreaterThan(0);
      expect(consentedExternalIds.size).toBeLessThan(first.size + second.size);

      await go("/campaigns");
      const form = page.getByTestId("campaign-form");
      await form.waitFor();
      await page.getByText("No campaigns yet.").waitFor();
      await form.getByTestId("campaign-name").fill("Spring comeback");
      await form.getByTestId("campaign-budget").fill("300");
      await form.getByTestId(`campaign-segment-${first.clusterIndex}`).check();
      await form.getByTestId(`campaign-segment-${second.clusterIndex}`).check();
      const preview = form.getByTestId("campaign-audience-preview");
      // The preview for both segments (not the one-segment answer still on screen while it loads).
      await preview
        .filter({ hasText: `out of ${en.integer.format(first.size + second.size)} in the chosen segments` })
        .waitFor();
      campaignAudience = numberIn(await preview.locator("strong").innerText());
      expect(campaignAudience).toBe(consentedExternalIds.size);

      await form.getByTestId("campaign-create").click();
      await form.getByTestId("campaign-created").filter({ hasText: "Spring comeback" }).waitFor();
      const card = page.getByTestId("campaign-card").filter({ hasText: "Spring comeback" });
      await card.waitFor();
      await card
        .getByText(
          `audience ${en.integer.format(campaignAudience)} of ${en.integer.format(first.size + second.size)}`,
        )
        .waitFor();
      const listed = /Segments: (.*) · audience/.exec(await card.innerText())?.[1] ?? "";
      expect([first.name, second.name].every((name) => listed.includes(name))).toBe(true);
      await shoot("08-campaigns");
    },
  );

  story("the campaign's audience exports as a CSV with one row per audience member", async () => {
    const card = page.getByTestId("campaign-card").filter({ hasText: "Spring comeback" });
    const download = page.waitForEvent("download");
    await card.getByTestId("campaign-export").click();
    const file = path.join(work, "audience.csv");
    await (await download).saveAs(file);
    const [header, ...rows] = parseCsv(readFileSync(file, "utf8"));
    expect(header).toEqual(["external_id", "email", "name", "segment"]);
    expect(rows).toHaveLength(campaignAudience);
    expect(new Set(rows.map((row) => row[0]))).toEqual(consentedExternalIds);
  });

  story(
    "an API key works as a Bearer token until it is revoked in Settings, then gets UNAUTHENTICATED",
    async () => {
      await go("/settings");
      await page.getByRole("heading", { name: "API keys" }).waitFor();
      await page.getByTestId("api-key-name").fill("Spreadsheet script");
      await page.getByTestId("api-key-create").click();
      apiKeySecret = (await page.getByTestId("api-key-secret").innerText()).trim();
      expect(apiKeySecret.length).toBeGreaterThan(20);
      const row = page.getByTestId("api-key-row").filter({ hasText: "Spreadsheet script" });
      await row.waitFor();
      // The table shows only the start of the key, never the key.
      expect(await row.innerText()).not.toContain(apiKeySecret);
      await shoot("09-settings");

      const count = () =>
        postGraphql<{ customers: { totalCount: number } }>({
          url: stack.apiUrl,
          query: "query Count { customers(first: 1) { totalCount } }",
          headers: { authorization: `Bearer ${apiKeySecret}` },
        });
      const allowed = await count();
      expect(allowed.errors).toEqual([]);
      expect(allowed.data?.customers.totalCount).toBe(demoCustomers);
      // Scopes hold: the default key reads customers, not campaigns.
      const outOfScope = await postGraphql({
        url: stack.apiUrl,
        query: "query C { campaigns(first: 1) { totalCount } }",
        headers: { authorization: `Bearer ${apiKeySecret}` },
      });
      expect(outOfScope.errors[0]?.extensions?.code).toBe("FORBIDDEN");

      // A fresh page shows it used, and never shows the key again.
      await go("/settings");
      await row.waitFor();
      expect(await page.getByTestId("api-key-secret").count()).toBe(0);
      expect(await row.locator("td").nth(4).innerText()).not.toBe("never");
      await row.getByTestId("api-key-revoke").click();
      await row.getByTestId("api-key-revoke-confirm").click();
      await row.getByText(/^revoked /).waitFor();

      const refused = await count();
      expect(refused.data).toBeNull();
      expect(refused.errors[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    },
  );

  story(
    "signing out ends the session: protected pages go to the login page and the old cookie no longer works",
    async () => {
      const cookie = (await page.context().cookies(stack.webUrl)).find(
        (item) => item.name === sessionCookieName,
      );
      expect(cookie).toBeDefined();
      await page.getByTestId("logout").click();
      await page.waitForURL(/\/login$/);
      await go("/campaigns");
      await page.waitForURL(/\/login\?next=%2Fcampaigns$/);
      await page.getByRole("heading", { name: "Sign in to Seglens" }).waitFor();

      const oldSession = await postGraphql<{ me: unknown }>({
        url: stack.apiUrl,
        query: "query Me { me { role } }",
        headers: { cookie: `${sessionCookieName}=${cookie?.value ?? ""}` },
      });
      expect(oldSession.errors).toEqual([]);
      expect(oldSession.data?.me).toBeNull();
    },
  );
});
