// The public door of @seglens/segmentation. Each concern exports its own public API from its index.
export * from "./errors";
export * from "./random";
export * from "./matrix";
export * from "./preprocess";
export * from "./explain";
export * from "./features";
export * from "./rules";
export * from "./cluster";
export * from "./classify";
export * from "./profile";
export * from "./hierarchy";
export * from "./pipeline";
