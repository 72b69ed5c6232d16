package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;

/**
 * A scoop of a flavor; the failure tests give its table a foreign key to {@code flavor}.
 *
 * @param id the key
 * @param flavorId the flavor's key
 */
@Table(pk = "id")
public record Scoop(String id, String flavorId) {}
