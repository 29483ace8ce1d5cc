-- Data only. A PENDING delivery is now created reserved for its first job (leaseExpiresAt set, no holder),
-- so the lease sweep queues it again if that job was never queued (the process died between creating the
-- delivery and queueing it). Deliveries created before that have no lease and the sweep never saw them: if
-- their job was lost they stayed PENDING forever and blocked every later send of their campaign. Lapsed
-- now, the first sweep queues each once. One whose job is still waiting gets a second job, which finds the
-- lease held (or the delivery finished) and sends nothing. (No semicolons in these comments: the embedded
-- migration runner splits statements on them.)
UPDATE "WebhookDelivery"
SET "leaseExpiresAt" = now() AT TIME ZONE 'UTC'
WHERE "status" = 'PENDING' AND "leaseExpiresAt" IS NULL;
