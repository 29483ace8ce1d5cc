import { AppError } from "../../errors/app-error";

export function assertCustomerId(customerId: number): void {
  if (!Number.isInteger(customerId) || customerId < 1)
    throw new AppError("BAD_USER_INPUT", "customerId must be a positive integer.");
}
