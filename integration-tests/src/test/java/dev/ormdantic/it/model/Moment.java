package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * One point in time in every temporal type with a date, for the time-zone and locale matrix of the reliability suite.
 *
 * @param id the key
 * @param at an instant
 * @param offset a date-time with its offset
 * @param local a date-time without zone
 * @param day a date
 */
@Table(pk = "id")
public record Moment(long id, Instant at, OffsetDateTime offset, LocalDateTime local, LocalDate day) {}
