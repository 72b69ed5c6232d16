package dev.ormdantic.test.model;

import dev.ormdantic.annotation.Table;

/**
 * The table of the extension's tests.
 *
 * @param id the key
 * @param text the text
 */
@Table(pk = "id", name = "test_support_note")
public record Note(long id, String text) {}
