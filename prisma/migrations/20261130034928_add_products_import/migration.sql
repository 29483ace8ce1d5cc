-- AlterEnum
ALTER TYPE "ImportKind" ADD VALUE 'PRODUCTS';

