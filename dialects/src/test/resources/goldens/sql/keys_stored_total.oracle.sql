-- refused
Oracle does not support stored computed columns (@Computed(stored = true) "price * quantity"). Declare it @Computed(value = "...", stored = false): Oracle computes it on read
