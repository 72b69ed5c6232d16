package dev.ormdantic.it.model;

import dev.ormdantic.annotation.References;
import dev.ormdantic.annotation.ReferentialAction;
import dev.ormdantic.annotation.Table;

/**
 * A child that keeps its cone from being deleted ({@code ON DELETE RESTRICT}).
 *
 * @param id the key
 * @param coneId the cone's key
 */
@Table(pk = "id")
public record Wafer(
        long id,

        @References(value = Cone.class, onDelete = ReferentialAction.RESTRICT)
        String coneId) {}
