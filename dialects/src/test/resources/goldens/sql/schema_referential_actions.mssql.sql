-- on delete NO_ACTION
IF OBJECT_ID(N'[child]', N'U') IS NULL CREATE TABLE [child] ([id] INT NOT NULL, [parent_id] INT NULL, CONSTRAINT [child_pkey] PRIMARY KEY ([id]), CONSTRAINT [child_parent_id_foreign_key] FOREIGN KEY ([parent_id]) REFERENCES [parent] ([id]))
-- on update NO_ACTION
IF OBJECT_ID(N'[child]', N'U') IS NULL CREATE TABLE [child] ([id] INT NOT NULL, [parent_id] INT NULL, CONSTRAINT [child_pkey] PRIMARY KEY ([id]), CONSTRAINT [child_parent_id_foreign_key] FOREIGN KEY ([parent_id]) REFERENCES [parent] ([id]))
-- on delete RESTRICT
-- refused: SQL Server does not support ON DELETE RESTRICT (foreign key child_parent_id_foreign_key of table child). Use ON DELETE NO ACTION (the default), which also refuses the change, or keep this record off SQL Server.
-- on update RESTRICT
-- refused: SQL Server does not support ON UPDATE RESTRICT (foreign key child_parent_id_foreign_key of table child). Use ON UPDATE NO ACTION (the default), which also refuses the change, or keep this record off SQL Server.
-- on delete CASCADE
IF OBJECT_ID(N'[child]', N'U') IS NULL CREATE TABLE [child] ([id] INT NOT NULL, [parent_id] INT NULL, CONSTRAINT [child_pkey] PRIMARY KEY ([id]), CONSTRAINT [child_parent_id_foreign_key] FOREIGN KEY ([parent_id]) REFERENCES [parent] ([id]) ON DELETE CASCADE)
-- on update CASCADE
IF OBJECT_ID(N'[child]', N'U') IS NULL CREATE TABLE [child] ([id] INT NOT NULL, [parent_id] INT NULL, CONSTRAINT [child_pkey] PRIMARY KEY ([id]), CONSTRAINT [child_parent_id_foreign_key] FOREIGN KEY ([parent_id]) REFERENCES [parent] ([id]) ON UPDATE CASCADE)
-- on delete SET_NULL
IF OBJECT_ID(N'[child]', N'U') IS NULL CREATE TABLE [child] ([id] INT NOT NULL, [parent_id] INT NULL, CONSTRAINT [child_pkey] PRIMARY KEY ([id]), CONSTRAINT [child_parent_id_foreign_key] FOREIGN KEY ([parent_id]) REFERENCES [parent] ([id]) ON DELETE SET NULL)
-- on update SET_NULL
IF OBJECT_ID(N'[child]', N'U') IS NULL CREATE TABLE [child] ([id] INT NOT NULL, [parent_id] INT NULL, CONSTRAINT [child_pkey] PRIMARY KEY ([id]), CONSTRAINT [child_parent_id_foreign_key] FOREIGN KEY ([parent_id]) REFERENCES [parent] ([id]) ON UPDATE SET NULL)
-- on delete SET_DEFAULT
IF OBJECT_ID(N'[child]', N'U') IS NULL CREATE TABLE [child] ([id] INT NOT NULL, [parent_id] INT NULL, CONSTRAINT [child_pkey] PRIMARY KEY ([id]), CONSTRAINT [child_parent_id_foreign_key] FOREIGN KEY ([parent_id]) REFERENCES [parent] ([id]) ON DELETE SET DEFAULT)
-- on update SET_DEFAULT
IF OBJECT_ID(N'[child]', N'U') IS NULL CREATE TABLE [child] ([id] INT NOT NULL, [parent_id] INT NULL, CONSTRAINT [child_pkey] PRIMARY KEY ([id]), CONSTRAINT [child_parent_id_foreign_key] FOREIGN KEY ([parent_id]) REFERENCES [parent] ([id]) ON UPDATE SET DEFAULT)
