SELECT "id", "name" FROM "publisher" WHERE NOT EXISTS (SELECT 1 FROM "book" "ormdantic_rel_books" WHERE "ormdantic_rel_books"."publisher_id" = "publisher"."id" AND "ormdantic_rel_books"."pages" > ?)
