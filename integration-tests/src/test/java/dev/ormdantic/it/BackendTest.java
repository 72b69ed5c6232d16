package dev.ormdantic.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A behaviour test that runs once per {@link Backend}, each time on a fresh database of its own. The test declares an
 * {@code Ormdantic} parameter (initialised, every generated table created), a {@link TestDatabase} parameter, or both.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BackendExtension.class)
public @interface BackendTest {}
