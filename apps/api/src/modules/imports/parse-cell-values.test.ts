import { parseTimestamp } from "./parse-cell-values";

/** The same time through a Date (a time without a zone is UTC), as the parser did before it built the text itself. */
function throughDate(text: string): string {
  const [, date, time = "00:00:00", zone] = /^(\d{4}-\d{2}-\d{2})(?:[T ]([\d:.]+)(.*))?$/.exec(text)!;
  return new Date(`${date}T${time}${zone || "Z"}`).toISOString();
}

describe("parseTimestamp", () => {
  it.each([
    ["2024-03-01", "2024-03-01T00:00:00.000Z"],
    ["2024-02-29", "2024-02-29T00:00:00.000Z"],
    ["2000-02-29", "2000-02-29T00:00:00.000Z"],
    ["2024-03-01T10:05", "2024-03-01T10:05:00.000Z"],
    ["2024-03-01 10:05:09", "2024-03-01T10:05:09.000Z"],
    ["2024-03-01T10:05:09Z", "2024-03-01T10:05:09.000Z"],
    ["2024-03-01T10:05:09.5Z", "2024-03-01T10:05:09.500Z"],
    ["2024-03-01T10:05:09.007", "2024-03-01T10:05:09.007Z"],
    ["2024-03-01T10:05:09.0421", "2024-03-01T10:05:09.042Z"],
    ["2024-03-01T10:05:09.123456Z", "2024-03-01T10:05:09.123Z"],
    // A fraction that rounds up carries into the next second, minute, hour and day.
    ["2024-12-31T23:59:59.9996Z", "2025-01-01T00:00:00.000Z"],
    ["2024-03-01 23:59:59.9999", "2024-03-02T00:00:00.000Z"],
    ["2024-03-01T01:30:00+02:00", "2024-02-29T23:30:00.000Z"],
    ["2024-03-01T22:30:00-0330", "2024-03-02T02:00:00.000Z"],
    ["2024-03-01T10:00:00+00:00", "2024-03-01T10:00:00.000Z"],
  ])("reads %s as %s", (text, expected) => {
    expect(parseTimestamp(text)).toEqual({ value: expected });
  });

  it("gives toISOString()'s text for every day of the supported years, at any time and zone", () => {
    const texts: string[] = [];
    for (let day = Date.UTC(1900, 0, 2); day <= Date.UTC(2200, 11, 30); day += 86_400_000 * 7 + 3_601_001) {
      const iso = new Date(day).toISOString();
      const zone = ["", "Z", "+05:30", "-0800", "+14:00"][texts.length % 5];
      const separator = texts.length % 3 === 0 ? " " : "T";
      // Fractions of 1 to 3 digits (more would be rounded by the parser, not by Date).
      const time = iso.slice(11, 20 + (texts.length % 4));
      texts.push(`${iso.slice(0, 10)}${separator}${time.endsWith(".") ? time.slice(0, -1) : time}${zone}`);
      texts.push(iso.slice(0, 10));
    }
    expect(texts.length).toBeGreaterThan(30_000);
    const wrong = texts.filter((text) => {
      const parsed = parseTimestamp(text);
      return !("value" in parsed) || parsed.value !== throughDate(text);
    });
    expect(wrong).toEqual([]);
  });

  it.each([
    ["2023-02-29", "is not a real calendar date"],
    ["1900-02-29", "is not a real calendar date"],
    ["2024-04-31", "is not a real calendar date"],
    ["2024-13-01", "is not a real calendar date"],
    ["2024-00-10", "is not a real calendar date"],
    ["2024-01-00", "is not a real calendar date"],
    // The calendar is checked before a zone shifts the time (it once let 02-30 through with an offset).
    ["2023-02-30T10:00:00+02:00", "is not a real calendar date"],
    ["2024-03-01T24:00:00Z", "is not a valid time"],
    ["2024-03-01T10:60:00Z", "is not a valid time"],
    ["2024-03-01T10:00:60Z", "is not a valid time"],
    ["1899-12-31", "is outside the years 1900 to 2200"],
    ["2201-01-01T00:00:00Z", "is outside the years 1900 to 2200"],
    // The UTC time counts: a carry or an offset can cross the limit.
    ["2200-12-31T23:59:59.9996Z", "is outside the years 1900 to 2200"],
    ["1900-01-01T00:30:00+01:00", "is outside the years 1900 to 2200"],
    ["01/03/2024", "is not a date (use YYYY-MM-DD or an ISO 8601 time)"],
    ["2024-03-01Z", "is not a date (use YYYY-MM-DD or an ISO 8601 time)"],
    ["2024-03-01T10:00:00+2", "is not a date (use YYYY-MM-DD or an ISO 8601 time)"],
    ["2024-3-1", "is not a date (use YYYY-MM-DD or an ISO 8601 time)"],
  ])("refuses %s: %s", (text, message) => {
    expect(parseTimestamp(text)).toEqual({ problem: `"${text}" ${message}` });
  });
});
