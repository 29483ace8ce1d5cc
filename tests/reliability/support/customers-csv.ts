import { createWriteStream } from "node:fs";
import { once } from "node:events";

/** Writes a valid customers CSV of `rows` rows (ids c000001…), streamed so large files never sit in memory. */
export async function writeCustomersCsv(filePath: string, rows: number, prefix = "c"): Promise<void> {
  const output = createWriteStream(filePath);
  output.write("external_id,email,name,city,country,income,signup_date,marketing_consent\n");
  const batch: string[] = [];
  for (let index = 1; index <= rows; index += 1) {
    const id = `${prefix}${String(index).padStart(7, "0")}`;
    batch.push(
      `${id},${id}@example.com,Customer ${index},City ${index % 50},FR,${20000 + (index % 1000) * 50},2023-0${1 + (index % 9)}-1${index % 10},${index % 3 === 0 ? "no" : "yes"}`,
    );
    if (batch.length === 1000) {
      if (!output.write(`${batch.join("\n")}\n`)) await once(output, "drain");
      batch.length = 0;
    }
  }
  if (batch.length > 0) output.write(`${batch.join("\n")}\n`);
  output.end();
  await once(output, "finish");
}
