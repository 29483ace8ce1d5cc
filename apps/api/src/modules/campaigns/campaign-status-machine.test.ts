import type { CampaignStatus } from "@seglens/database";
import { AppError } from "../../errors/app-error";
import { assertTransition, canTransition, isFinalStatus } from "./campaign-status-machine";

const statuses: CampaignStatus[] = ["DRAFT", "SCHEDULED", "RUNNING", "PAUSED", "COMPLETED", "CANCELLED"];

describe("campaign status machine", () => {
  it("allows exactly the documented moves", () => {
    const allowed = statuses.flatMap((from) =>
      statuses.filter((to) => canTransition(from, to)).map((to) => `${from}>${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        "DRAFT>SCHEDULED",
        "DRAFT>CANCELLED",
        "SCHEDULED>RUNNING",
        "SCHEDULED>CANCELLED",
        "RUNNING>PAUSED",
        "RUNNING>COMPLETED",
        "RUNNING>CANCELLED",
        "PAUSED>RUNNING",
        "PAUSED>CANCELLED",
      ].sort(),
    );
    expect(statuses.filter(isFinalStatus)).toEqual(["COMPLETED", "CANCELLED"]);
  });

  it("names the refused transition and what is allowed instead", () => {
    expect(() => assertTransition("DRAFT", "RUNNING")).toThrow(
      new AppError(
        "BAD_USER_INPUT",
        "A campaign cannot move from DRAFT to RUNNING (from DRAFT a campaign can move to SCHEDULED, CANCELLED).",
      ),
    );
    expect(() => assertTransition("COMPLETED", "RUNNING")).toThrow(
      "A campaign cannot move from COMPLETED to RUNNING (COMPLETED is final).",
    );
  });
});
