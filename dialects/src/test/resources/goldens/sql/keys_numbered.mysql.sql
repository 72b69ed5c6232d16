-- refused
MySQL does not support sequences (@Sequence "numbered_id_seq"). Use @Identity for a generated key on this backend, or remove @Sequence
