/**
 * Spring Boot auto-configuration for Ormdantic: {@link dev.ormdantic.spring.OrmdanticAutoConfiguration} and its
 * {@code ormdantic.*} settings, {@link dev.ormdantic.spring.OrmdanticProperties}.
 */
@NullMarked
package dev.ormdantic.spring;

import org.jspecify.annotations.NullMarked;
