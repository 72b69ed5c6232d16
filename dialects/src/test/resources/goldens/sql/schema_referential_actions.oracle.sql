-- on delete NO_ACTION
BEGIN EXECUTE IMMEDIATE 'CREATE TABLE "child" ("id" NUMBER(10) NOT NULL, "parent_id" NUMBER(10) NULL, CONSTRAINT "child_pkey" PRIMARY KEY ("id"), CONSTRAINT "child_parent_id_foreign_key" FOREIGN KEY ("parent_id") REFERENCES "parent" ("id"))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;
-- on update NO_ACTION
BEGIN EXECUTE IMMEDIATE 'CREATE TABLE "child" ("id" NUMBER(10) NOT NULL, "parent_id" NUMBER(10) NULL, CONSTRAINT "child_pkey" PRIMARY KEY ("id"), CONSTRAINT "child_parent_id_foreign_key" FOREIGN KEY ("parent_id") REFERENCES "parent" ("id"))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;
-- on delete RESTRICT
-- refused: Oracle does not support ON DELETE RESTRICT (foreign key child_parent_id_foreign_key of table child). Use ON DELETE NO ACTION (the default), which also refuses the change, or keep this record off Oracle.
-- on update RESTRICT
-- refused: Oracle does not support ON UPDATE RESTRICT (foreign key child_parent_id_foreign_key of table child). Use ON UPDATE NO ACTION (the default), which also refuses the change, or keep this record off Oracle.
-- on delete CASCADE
BEGIN EXECUTE IMMEDIATE 'CREATE TABLE "child" ("id" NUMBER(10) NOT NULL, "parent_id" NUMBER(10) NULL, CONSTRAINT "child_pkey" PRIMARY KEY ("id"), CONSTRAINT "child_parent_id_foreign_key" FOREIGN KEY ("parent_id") REFERENCES "parent" ("id") ON DELETE CASCADE)'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;
-- on update CASCADE
-- refused: Oracle does not support ON UPDATE CASCADE (foreign key child_parent_id_foreign_key of table child). Use ON UPDATE NO ACTION (the default), or keep this record off Oracle.
-- on delete SET_NULL
BEGIN EXECUTE IMMEDIATE 'CREATE TABLE "child" ("id" NUMBER(10) NOT NULL, "parent_id" NUMBER(10) NULL, CONSTRAINT "child_pkey" PRIMARY KEY ("id"), CONSTRAINT "child_parent_id_foreign_key" FOREIGN KEY ("parent_id") REFERENCES "parent" ("id") ON DELETE SET NULL)'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;
-- on update SET_NULL
-- refused: Oracle does not support ON UPDATE SET NULL (foreign key child_parent_id_foreign_key of table child). Use ON UPDATE NO ACTION (the default), or keep this record off Oracle.
-- on delete SET_DEFAULT
-- refused: Oracle does not support ON DELETE SET DEFAULT (foreign key child_parent_id_foreign_key of table child). Use ON DELETE NO ACTION (the default), or keep this record off Oracle.
-- on update SET_DEFAULT
-- refused: Oracle does not support ON UPDATE SET DEFAULT (foreign key child_parent_id_foreign_key of table child). Use ON UPDATE NO ACTION (the default), or keep this record off Oracle.
