SELECT "id", "purchase", "item", "quantity" FROM "purchase_line" WHERE "purchase" = ANY(CAST(? AS bigint[])) AND "quantity" > ? ORDER BY "id" ASC
