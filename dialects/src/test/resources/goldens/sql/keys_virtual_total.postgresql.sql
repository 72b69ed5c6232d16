-- refused
PostgreSQL does not support virtual computed columns (@Computed(stored = false) "price * quantity"). Declare it @Computed(value = "...", stored = true)
