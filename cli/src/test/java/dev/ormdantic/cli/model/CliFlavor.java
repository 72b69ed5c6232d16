package dev.ormdantic.cli.model;

import dev.ormdantic.annotation.Table;

/**
 * The model whose compiled snapshot ({@code target/test-classes/META-INF/ormdantic/schema.json}) the command line
 * reads in the tests.
 *
 * @param id the key
 * @param name the name
 * @param rating the rating
 */
@Table(pk = "id", name = "cli_flavor")
public record CliFlavor(String id, String name, int rating) {}
