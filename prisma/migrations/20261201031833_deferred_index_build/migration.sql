-- CreateTable
CREATE TABLE "DeferredIndexBuild" (
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeferredIndexBuild_pkey" PRIMARY KEY ("name")
);

