import { Field, InputType } from "type-graphql";

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
