import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { MissingValueAction, OutlierAction } from "./import-cleaning";
import { CleaningValueKind } from "./import-cleaning-fields";
import { ImportCleaningChoice, ImportJob } from "./import.type";

registerEnumType(CleaningValueKind, {
  name: "ImportValueKind",
  description:
    "How a column is analysed: NUMBER and DATE (median, quartiles, outlier fences), CATEGORY (most common value), TEXT, KEY (ids, emails, SKUs: leave or skip only).",
});

@ObjectType({
  description:
    "One mapped column of the file, analysed over every row: missing cells and, by kind, median, quartiles and Tukey fences (3 × IQR) or the most common value. Numbers and dates are written as the file would write them.",
})
export class ImportColumnAnalysis {
  @Field(() => String, { description: "Column of the file." })
  column!: string;

  @Field(() => String, { description: "Field it is mapped to." })
  field!: string;

  @Field(() => CleaningValueKind, { description: "How it is analysed and which choices it takes." })
  kind!: CleaningValueKind;

  @Field(() => Boolean, { description: "Every row needs a value: blank cells left empty are errors." })
  required!: boolean;

  @Field(() => Int, { nullable: true, description: "NUMBER: decimal places of its values." })
  decimals!: number | null;

  @Field(() => Int, { description: "Rows with a blank cell." })
  missingRows!: number;

  @Field(() => Int, { description: "NUMBER and DATE: cells the import will refuse (not in the statistics)." })
  invalidRows!: number;

  @Field(() => Int, { description: "Cells holding a value." })
  valueCount!: number;

  @Field(() => String, { nullable: true, description: "Median (NUMBER, DATE)." })
  median!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "First quartile (linear interpolation, like Excel QUARTILE.INC).",
  })
  lowerQuartile!: string | null;

  @Field(() => String, { nullable: true, description: "Third quartile." })
  upperQuartile!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Values below this are outliers: first quartile − 3 × IQR, rounded inwards to the column's precision.",
  })
  lowerFence!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Values above this are outliers: third quartile + 3 × IQR, rounded inwards to the column's precision.",
  })
  upperFence!: string | null;

  @Field(() => String, { nullable: true, description: "Why a NUMBER or DATE column has no fences." })
  fenceNote!: string | null;

  @Field(() => Int, { description: "Rows with a value below the lower fence." })
  lowOutlierRows!: number;

  @Field(() => Int, { description: "Rows with a value above the upper fence." })
  highOutlierRows!: number;

  @Field(() => String, {
    nullable: true,
    description: "Most common value (CATEGORY; ties: the first in the file).",
  })
  mostCommon!: string | null;

  @Field(() => Int, { description: "Rows holding the most common value." })
  mostCommonRows!: number;

  @Field(() => [MissingValueAction], { description: "Choices this column takes for blank cells." })
  missingActions!: MissingValueAction[];

  @Field(() => [OutlierAction], {
    description: "Choices this column takes for outliers (KEEP only without fences).",
  })
  outlierActions!: OutlierAction[];

  @Field(() => ImportCleaningChoice, { description: "The current choice (LEAVE and KEEP unless changed)." })
  choice!: ImportCleaningChoice;
}

@ObjectType({
  description: "The cleaning step of an import: every mapped column analysed, with the current choices.",
})
export class ImportCleaning {
  @Field(() => ImportJob, { description: "The import." })
  importJob!: ImportJob;

  @Field(() => Int, { description: "Data rows of the file." })
  totalRows!: number;

  @Field(() => Float, {
    description: "Outliers lie more than this many interquartile ranges outside the quartiles.",
  })
  fenceMultiplier!: number;

  @Field(() => [ImportColumnAnalysis], { description: "The mapped columns, in file order." })
  columns!: ImportColumnAnalysis[];
}
