/** A number of segments in the new-run form: 2 to 20 (what the API accepts), usable only while its choice is picked. */
export function SegmentCountInput({
  label,
  value,
  onChange,
  disabled,
  testId,
}: {
  /** Read out by screen readers: the input stands between words, not under a label of its own. */
  label: string;
  value: number;
  onChange: (value: number) => void;
  disabled: boolean;
  testId?: string;
}) {
  return (
    <input
      type="number"
      aria-label={label}
      min={2}
      max={20}
      value={value}
      onChange={(event) => onChange(Number(event.target.value))}
      disabled={disabled}
      style={{ width: "4.5rem" }}
      data-testid={testId}
    />
  );
}
