package dev.ormdantic.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.sql.ConstantConditions;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.Expr.CompareOp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding the constant parts of a condition, exactly under three-valued logic. */
class ConstantConditionsTest {

    private static final Expr.Column ID = new Expr.Column("id");
    private static final Expr ALWAYS = new Expr.In(ID, List.of(), true);
    private static final Expr NEVER = new Expr.In(ID, List.of(), false);
    private static final Expr RATED =
            new Expr.Compare(new Expr.Column("rating"), CompareOp.GE, new Expr.Param(3, ColumnType.of(Kind.INT)));

    @Test
    void foldsEveryConstantCombination() {
        assertTrue(ConstantConditions.alwaysTrue(ALWAYS));
        assertTrue(ConstantConditions.alwaysTrue(ConstantConditions.TRUE));
        assertTrue(ConstantConditions.alwaysTrue(new Expr.Or(List.of(RATED, ALWAYS))));
        assertTrue(ConstantConditions.alwaysTrue(new Expr.Not(NEVER)));
        assertTrue(ConstantConditions.alwaysTrue(new Expr.Not(new Expr.Not(ALWAYS))));
        assertTrue(ConstantConditions.alwaysTrue(new Expr.And(List.of(ALWAYS, new Expr.Not(new Expr.Or(List.of()))))));
        assertTrue(ConstantConditions.alwaysTrue(new Expr.Not(new Expr.And(
                List.of(RATED, new Expr.Or(List.of(NEVER, new Expr.And(List.of(NEVER)))))))));
    }

    @Test
    void keepsEveryConditionThatDependsOnTheRow() {
        assertFalse(ConstantConditions.alwaysTrue(RATED));
        assertFalse(ConstantConditions.alwaysTrue(NEVER));
        assertFalse(ConstantConditions.alwaysTrue(new Expr.And(List.of(ALWAYS, RATED))));
        // rating >= 3 OR NOT rating >= 3 is unknown where rating is NULL: not folded.
        assertFalse(ConstantConditions.alwaysTrue(new Expr.Or(List.of(RATED, new Expr.Not(RATED)))));
        assertFalse(ConstantConditions.alwaysTrue(new Expr.IsNull(ID, true)));
    }

    @Test
    void dropsNeutralTermsAndKeepsAnUnchangedTree() {
        assertEquals(RATED, ConstantConditions.fold(new Expr.And(List.of(ALWAYS, RATED))));
        assertEquals(RATED, ConstantConditions.fold(new Expr.Or(List.of(NEVER, RATED))));
        assertEquals(ConstantConditions.FALSE, ConstantConditions.fold(new Expr.And(List.of(RATED, NEVER))));
        Expr unchanged = new Expr.Or(List.of(RATED, new Expr.Not(RATED)));
        assertSame(unchanged, ConstantConditions.fold(unchanged));
    }
}
