import Link from "next/link";
import { segmentColor } from "@/lib/segment-colors";

/** A segment's name with its colour swatch (the same colour as in every chart), linking to its page. */
export function SegmentName({
  id,
  name,
  clusterIndex,
}: {
  id?: string | null;
  name: string;
  clusterIndex: number;
}) {
  const swatch = (
    <span className="swatch" style={{ background: segmentColor(clusterIndex) }} aria-hidden="true" />
  );
  if (!id)
    return (
      <span>
        {swatch}
        {name}
      </span>
    );
  return (
    <Link href={`/segments/${id}`} data-testid="segment-link">
      {swatch}
      {name}
    </Link>
  );
}
