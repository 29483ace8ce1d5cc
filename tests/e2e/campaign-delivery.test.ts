import { createHmac } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Page } from "playwright-core";
import { createTestDatabase, type TestDatabase } from "@seglens/database";
import { seedDemoData } from "@seglens/demo-data";
import { createBrowserSession } from "./support/browser-session";
import { launchBrowser, type LaunchedBrowser } from "./support/launch-browser";
import { repositoryRoot, startDashboardStack, type DashboardStack } from "./support/start-dashboard-stack";

/**
 * A campaign from creation to results in a real browser, with the shop's currency set to EUR: its
 * audience is sent to a local HTTP receiver started here (every request's HMAC signature checked,
 * the rows compared with the API's audience), a result is recorded through the form, and the KPIs
 * appear on the page. The demo shop is seeded straight into the database and segmented through the
 * API, so this story is about campaigns, not imports (dashboard-flow.test.ts covers those).
 */
const demoCustomers = 600;
const webPort = Number(process.env.SEGLENS_E2E_WEB_PORT ?? 3000);
const screenshots = path.join(repositoryRoot, "test-artifacts", "screenshots-campaign-delivery");
const owner = { name: "Cleo Campaigner", email: "cleo@shop.example", password: "plum-crumble-2024!" };

/** Money as the dashboard writes it in en-US for EUR: cents only below 1,000. */
const money = (value: number) =>
  new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: "EUR",
    ...(value >= 1000 ? { maximumFractionDigits: 0 } : {}),
  }).format(value);
const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
}

interface AudienceRow {
  externalId: string;
  email: string | null;
  name: string | null;
  segments: string[];
}

interface Payload {
  deliveryId: string;
  campaign: { id: string; name: string; channel: string };
  page: number;
  pageCount: number;
  totalCustomers: number;
  customers: AudienceRow[];
}

/** The owner's other tool: answers 200 to every POST (after 3 s, so the page can be seen sending) and keeps what it got. */
async function startReceiver(): Promise<{
  url: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}> {
  const requests: ReceivedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      requests.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      setTimeout(() => response.writeHead(200, { "content-type": "text/plain" }).end("ok"), 3_000);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/seglens-hook`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe("campaign delivery and results in a real browser, in euros", () => {
  let database: TestDatabase;
  let stack: DashboardStack;
  let browser: LaunchedBrowser;
  let page: Page;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  let segments: { id: string; name: string; clusterIndex: number; size: number }[] = [];
  let signingSecret = "";
  let campaignId = "";
  let audienceSize = 0;

  const { go, shoot, story, asOwner } = createBrowserSession({
    page: () => page,
    stack: () => stack,
    screenshots,
  });
  const campaignCard = () => page.getByTestId("campaign-card").filter({ hasText: "Autumn welcome back" });

  beforeAll(async () => {
    rmSync(screenshots, { recursive: true, force: true });
    mkdirSync(screenshots, { recursive: true });
    database = await createTestDatabase(process.env.DATABASE_URL);
    stack = await startDashboardStack({ databaseUrl: database.databaseUrl, webPort });
    // The API applied the migrations on start: the demo shop goes straight into its tables.
    await seedDemoData({ databaseUrl: database.databaseUrl, customers: demoCustomers, seed: 11 });
    receiver = await startReceiver();
    browser = await launchBrowser();
    browser.context.setDefaultTimeout(30_000);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });

  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await stack?.stop();
    await database?.drop();
  });

  story("the owner account is created and the demo shop is segmented (through the API)", async () => {
    await go("/");
    await page.getByRole("heading", { name: "Create the owner account" }).waitFor();
    await page.getByLabel("Your name").fill(owner.name);
    await page.getByTestId("login-email").fill(owner.email);
    await page.getByTestId("login-password").fill(owner.password);
    await page.getByTestId("login-submit").click();
    await page.getByRole("heading", { name: "Overview" }).waitFor();

    const started = await asOwner<{ startSegmentationRun: { id: string } }>(
      "mutation Start($input: StartSegmentationRunInput!) { startSegmentationRun(input: $input) { id } }",
      { input: { name: "Four groups", k: 4, seed: 3 } },
    );
    const deadline = Date.now() + 180_000;
    for (;;) {
      const { segmentationRun: run } = await asOwner<{
        segmentationRun: { status: string; error: string | null; isActive: boolean };
      }>("query Run($id: ID!) { segmentationRun(id: $id) { status error isActive } }", {
        id: started.startSegmentationRun.id,
      });
      if (run.status === "SUCCEEDED" && run.isActive) break;
      if (run.status === "FAILED" || Date.now() > deadline)
        throw new Error(`the run did not succeed: ${run.status} ${run.error ?? ""}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const active = await asOwner<{ segments: typeof segments }>(
      "query Active { segments { id name clusterIndex size } }",
    );
    segments = [...active.segments].sort((a, b) => a.clusterIndex - b.clusterIndex);
    expect(segments).toHaveLength(4);
  });

  story("the owner sets the shop's currency to EUR in Settings and the overview shows euros", async () => {
    await go("/");
    const revenue = page
      .locator(".card")
      .filter({ hasText: "Revenue of segmented customers" })
      .locator(".stat");
    // The default is USD.
    expect(await revenue.innerText()).toMatch(/^\$\d{1,3}(,\d{3})*$/);

    await go("/settings");
    const shop = page.getByTestId("shop-settings");
    await shop.waitFor();
    await shop.getByLabel("Currency of revenue, budgets and spend").selectOption("EUR");
    await shop.getByText("Amounts will read like €1,235 and €19.90.", { exact: false }).waitFor();
    await shop.getByTestId("shop-currency-save").click();
    await shop
      .getByTestId("shop-currency-saved")
      .filter({ hasText: "Saved: money is now shown in EUR." })
      .waitFor();
    const stored = await asOwner<{ shopSettings: { currency: string } }>(
      "query S { shopSettings { currency } }",
    );
    expect(stored.shopSettings.currency).toBe("EUR");
    await shoot("01-settings-currency");

    await go("/");
    await page.getByRole("heading", { name: "Segment sizes" }).waitFor();
    expect(await revenue.innerText()).toMatch(/^€\d{1,3}(,\d{3})*$/);
    expect(await page.locator("main").innerText()).not.toContain("$");
    await shoot("02-overview-in-euros");
  });

  story("a webhook endpoint is added in Settings; its signing secret is shown once", async () => {
    await go("/settings");
    const section = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "Webhook endpoints" }) });
    await section.getByLabel("Name").fill("Mail tool");
    await section.getByLabel("URL").fill(receiver.url);
    await section.getByRole("button", { name: "Add endpoint" }).click();
    signingSecret = (await section.locator("code.secret").innerText()).trim();
    expect(signingSecret).toMatch(/^whsec_/);
    await section.getByRole("cell", { name: "Mail tool" }).waitFor();
  });

  story("a campaign for two segments is created and scheduled, its budget in euros", async () => {
    const [first, second] = segments;
    await go("/campaigns");
    const form = page.getByTestId("campaign-form");
    await form.getByTestId("campaign-name").fill("Autumn welcome back");
    await form.getByTestId("campaign-channel").selectOption("WEBHOOK");
    await form.getByTestId("campaign-budget").fill("500");
    await form.getByTestId("campaign-schedule").fill("2030-10-01T09:00");
    await form.getByTestId(`campaign-segment-${first.clusterIndex}`).check();
    await form.getByTestId(`campaign-segment-${second.clusterIndex}`).check();
    const preview = form.getByTestId("campaign-audience-preview");
    await preview
      .filter({ hasText: `out of ${integer.format(first.size + second.size)} in the chosen segments` })
      .waitFor();
    audienceSize = Number((await preview.locator("strong").innerText()).replace(/[^0-9]/g, ""));
    expect(audienceSize).toBeGreaterThan(0);
    await form.getByTestId("campaign-create").click();
    await form.getByTestId("campaign-created").waitFor();

    const card = campaignCard();
    await card.getByText("budget €500.00").waitFor();
    // A draft cannot be sent yet, and says why.
    await card
      .getByText("To send the audience to a webhook, schedule or start the campaign first.")
      .waitFor();
    await card.getByTestId("campaign-to-scheduled").click();
    await card.getByTestId("campaign-status").filter({ hasText: "scheduled" }).waitFor();
    const listed = await asOwner<{ campaigns: { edges: { node: { id: string; name: string } }[] } }>(
      "query C { campaigns(first: 5) { edges { node { id name } } } }",
    );
    campaignId =
      listed.campaigns.edges.find((edge) => edge.node.name === "Autumn welcome back")?.node.id ?? "";
    expect(campaignId).not.toBe("");
  });

  story(
    "its audience is sent to the local receiver: every page signed, the rows equal the API's audience, the status told in words",
    async () => {
      const card = campaignCard();
      await card.getByTestId("webhook-send-open").click();
      const form = card.getByTestId("webhook-send-form");
      await form
        .getByTestId("webhook-endpoint")
        .selectOption({ label: `Mail tool (${new URL(receiver.url).host})` });
      const confirmText = await form.getByTestId("webhook-send-confirm-text").innerText();
      expect(confirmText).toContain(
        `This sends ${integer.format(audienceSize)} customers who agreed to marketing`,
      );
      expect(confirmText).toContain(receiver.url);
      await shoot("03-send-confirm");
      await form.getByTestId("webhook-send-confirm").click();
      // While the receiver takes its time, the card says what is happening, with a progress bar.
      const sending = card.locator('[data-testid="webhook-delivery"][data-status="PENDING"]');
      await sending.waitFor();
      expect(await sending.getByTestId("webhook-delivery-status").innerText()).toMatch(
        new RegExp(
          `^(Queued: ${integer.format(audienceSize)} customers will be sent to “Mail tool”|Sending ${integer.format(audienceSize)} customers to “Mail tool”: 0 of 1 page accepted\\.)`,
        ),
      );
      await sending.getByRole("progressbar", { name: "Webhook delivery" }).waitFor();
      await card.screenshot({
        path: path.join(screenshots, "03b-delivery-in-progress.png"),
        animations: "disabled",
      });

      const delivery = card.locator('[data-testid="webhook-delivery"][data-status="DELIVERED"]');
      await delivery.waitFor({ timeout: 60_000 });
      expect(await delivery.getByTestId("webhook-delivery-status").innerText()).toMatch(
        new RegExp(
          `^Delivered ${integer.format(audienceSize)} customers to “Mail tool” on .+ \\(1 page, 1 request\\)\\.$`,
        ),
      );
      await card.getByTestId("campaign-status").filter({ hasText: "running" }).waitFor();

      // What the receiver got: signed with the endpoint's secret, consecutive pages, the API's audience.
      expect(receiver.requests.length).toBeGreaterThan(0);
      const payloads = receiver.requests.map((request) => {
        const expected = `sha256=${createHmac("sha256", signingSecret).update(request.body, "utf8").digest("hex")}`;
        expect(request.headers["x-seglens-signature"]).toBe(expected);
        return JSON.parse(request.body) as Payload;
      });
      expect(payloads.map((payload) => payload.page)).toEqual(payloads.map((_, index) => index + 1));
      expect(payloads.every((payload) => payload.campaign.id === campaignId)).toBe(true);
      const received = payloads.flatMap((payload) => payload.customers);
      expect(received).toHaveLength(audienceSize);

      const audience: AudienceRow[] = [];
      let after: string | null = null;
      for (;;) {
        const batch: {
          campaignAudience: {
            edges: { node: AudienceRow }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } = await asOwner(
          "query A($id: ID!, $after: String) { campaignAudience(id: $id, first: 100, after: $after) { edges { node { externalId email name segments } } pageInfo { hasNextPage endCursor } } }",
          { id: campaignId, after },
        );
        audience.push(...batch.campaignAudience.edges.map((edge) => edge.node));
        if (!batch.campaignAudience.pageInfo.hasNextPage) break;
        after = batch.campaignAudience.pageInfo.endCursor;
      }
      const byExternalId = (a: AudienceRow, b: AudienceRow) => a.externalId.localeCompare(b.externalId);
      expect([...received].sort(byExternalId)).toEqual([...audience].sort(byExternalId));
      await card.screenshot({
        path: path.join(screenshots, "04-campaign-delivered.png"),
        animations: "disabled",
      });
    },
  );

  story(
    "results are recorded per segment with the keyboard; impossible figures are refused in words; the KPIs show in euros",
    async () => {
      const [first] = segments;
      const card = campaignCard();
      await card.getByTestId("campaign-no-results").waitFor();
      await card.getByTestId("result-open").focus();
      await page.keyboard.press("Enter");
      const form = card.getByTestId("result-form");
      await form.getByLabel("For").selectOption({ label: first.name });
      await form.getByLabel("Customers reached").fill("10");
      await form.getByLabel("Conversions").fill("11");
      await form.getByLabel("Revenue (EUR)").fill("-5");
      await page.keyboard.press("Enter");
      const errors = form.getByTestId("result-errors");
      await errors.getByText("Conversions (11) cannot be more than the customers reached (10).").waitFor();
      await errors.getByText("Revenue must be an amount of 0 or more.").waitFor();
      expect(await form.getByLabel("Conversions").getAttribute("aria-invalid")).toBe("true");
      await shoot("05-result-form-errors");

      await form.getByLabel("Customers reached").fill("200");
      await form.getByLabel("Conversions").fill("10");
      await form.getByLabel("Revenue (EUR)").fill("1500");
      await page.keyboard.press("Enter");
      await card
        .getByTestId("result-recorded")
        .filter({ hasText: `Recorded for ${first.name}: 200 reached, 10 conversions, €1,500 revenue.` })
        .waitFor();

      const { campaignKpis } = await asOwner<{
        campaignKpis: {
          perSegment: {
            segmentId: string;
            kpis: { reach: number; conversionRate: number; revenuePerRecipient: number; cost: number };
          }[];
          total: {
            reach: number;
            conversions: number;
            revenue: number;
            conversionRate: number;
            revenuePerRecipient: number;
            roi: number;
          };
        };
      }>(
        "query K($id: ID!) { campaignKpis(campaignId: $id) { perSegment { segmentId kpis { reach conversionRate revenuePerRecipient cost } } total { reach conversions revenue conversionRate revenuePerRecipient roi } } }",
        { id: campaignId },
      );
      expect(campaignKpis.total).toEqual({
        reach: 200,
        conversions: 10,
        revenue: 1500,
        conversionRate: 0.05,
        revenuePerRecipient: 7.5,
        roi: 2,
      });

      const kpis = card.getByTestId("campaign-kpis");
      await kpis.waitFor();
      expect(await kpis.getByTestId("kpi-reach").locator(".stat").innerText()).toBe("200");
      expect(await kpis.getByTestId("kpi-conversion-rate").locator(".stat").innerText()).toBe("5%");
      expect(await kpis.getByTestId("kpi-revenue").locator(".stat").innerText()).toBe(money(1500));
      expect(await kpis.getByTestId("kpi-revenue-per-recipient").locator(".stat").innerText()).toBe(
        money(7.5),
      );
      const row = card.getByTestId(`campaign-result-${first.id}`);
      const cells = await row.locator("td").allInnerTexts();
      expect(cells.map((cell) => cell.trim())).toEqual([
        first.name,
        "200",
        "10",
        "5%",
        "€1,500",
        "€7.50",
        "200%",
      ]);
      // The other segment is listed with nothing reached yet.
      const secondCells = await card
        .getByTestId(`campaign-result-${segments[1].id}`)
        .locator("td")
        .allInnerTexts();
      expect(secondCells.slice(1).map((cell) => cell.trim())).toEqual(["0", "0", "—", "€0.00", "—", "—"]);
      await card.screenshot({
        path: path.join(screenshots, "06-campaign-results.png"),
        animations: "disabled",
      });
      await shoot("07-campaigns-page");
    },
  );
});
