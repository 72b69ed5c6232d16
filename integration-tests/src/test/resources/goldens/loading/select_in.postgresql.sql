SELECT "id", "purchase", "item", "quantity" FROM "purchase_line" WHERE "purchase" IN (SELECT unnest(CAST(? AS bigint[]))) AND "quantity" > ? ORDER BY "id" ASC
