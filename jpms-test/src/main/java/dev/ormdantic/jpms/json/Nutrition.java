package dev.ormdantic.jpms.json;

/**
 * What a scoop holds, stored as a JSON column of {@code flavor}. Jackson reads and writes it by reflection, so its
 * package is exported to Jackson.
 *
 * @param kcal energy
 * @param vegan whether it is vegan
 */
public record Nutrition(int kcal, boolean vegan) {}
