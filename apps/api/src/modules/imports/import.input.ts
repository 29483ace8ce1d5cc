import { Field, InputType } from "type-graphql";
import { MissingValueAction, OutlierAction } from "./import-cleaning";

@InputType({ description: "Which field a column fills; field null ignores the column." })
export class ImportColumnMappingInput {
  @Field(() => String, { description: "Column header exactly as in the file." })
  column!: string;

  @Field(() => String, {
    nullable: true,
    description: "Field name (see ImportPreview.fields), `attribute:<name>` for customers, or null.",
  })
  field!: string | null;
}

@InputType({ description: "How one column is cleaned; left-out fields keep the defaults (LEAVE, KEEP)." })
export class ImportCleaningChoiceInput {
  @Field(() => String, { description: "Column header exactly as in the file (a mapped column)." })
  column!: string;

  @Field(() => MissingValueAction, {
    nullable: true,
    description: "What happens to blank cells (default LEAVE).",
  })
  missing?: MissingValueAction | null;

  @Field(() => String, {
    nullable: true,
    description: "FILL_VALUE only: the value for blank cells, checked as the import checks the field.",
  })
  fillValue?: string | null;

  @Field(() => OutlierAction, { nullable: true, description: "What happens to outliers (default KEEP)." })
  outliers?: OutlierAction | null;
}
