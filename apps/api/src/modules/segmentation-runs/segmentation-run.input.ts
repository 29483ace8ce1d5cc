import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";

export enum ScalingMethod {
  STANDARD = "STANDARD",
  MINMAX = "MINMAX",
  ROBUST = "ROBUST",
  NONE = "NONE",
}

registerEnumType(ScalingMethod, {
  name: "ScalingMethod",
  description: "Feature scaling before clustering: z-score, min-max, median/IQR, or none.",
});

@InputType({ description: "Options of a new segmentation run." })
export class StartSegmentationRunInput {
  @Field(() => String, { description: "A name to recognise the run." })
  name!: string;

  @Field(() => [String], {
    nullable: true,
    description: "Features to cluster on (default: recency, frequency, monetary, tenure).",
  })
  features?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: "Number of segments; omit to choose it automatically between kMin and kMax.",
  })
  k?: number | null;

  @Field(() => Int, { nullable: true, description: "Smallest K tried when K is automatic (default 2)." })
  kMin?: number | null;

  @Field(() => Int, { nullable: true, description: "Largest K tried when K is automatic (default 8)." })
  kMax?: number | null;

  @Field(() => ScalingMethod, { nullable: true, description: "Scaling (default STANDARD)." })
  scaling?: ScalingMethod | null;

  @Field(() => Int, { nullable: true, description: "k-means restarts, 1..50 (default 10)." })
  restarts?: number | null;

  @Field(() => Int, { nullable: true, description: "Random seed ≥ 0 (default 0)." })
  seed?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Keep sensitive attributes (gender, age) out of clustering (default true).",
  })
  excludeSensitive?: boolean | null;
}

@InputType({ description: "Which run to compare with." })
export class MigrationMatrixInput {
  @Field(() => ID, {
    nullable: true,
    description: "Earlier run (default: the run finished just before this one).",
  })
  fromRunId?: string | null;
}
