package dev.ormdantic.studio;

import dev.ormdantic.annotation.Table;

/**
 * A model for the data browser's tests; the processor writes {@code PetTable} next to it.
 *
 * @param id the key
 * @param name the name
 * @param age the age in years
 */
@Table(pk = "id")
public record Pet(String id, String name, int age) {}
