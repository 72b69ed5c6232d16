package dev.ormdantic.it.model;

import dev.ormdantic.annotation.ForeignKey;
import dev.ormdantic.annotation.Table;

/**
 * A child whose foreign key is declared on the table with the default action ({@code NO ACTION}).
 *
 * @param id the key
 * @param coneId the cone's key
 */
@Table(pk = "id", foreignKeys = @ForeignKey(columns = "coneId", references = Cone.class))
public record Dip(long id, String coneId) {}
