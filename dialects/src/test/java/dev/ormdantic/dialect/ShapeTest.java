package dev.ormdantic.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.Join;
import dev.ormdantic.dialect.sql.Projection;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.dialect.sql.Select;
import dev.ormdantic.dialect.sql.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A statement rendered for one shape serves every statement of that shape, joins and their conditions included. */
class ShapeTest {

    private static Select joined(String label, long quantity) {
        Expr on = new Expr.And(List.of(
                new Expr.Compare(
                        new Expr.Column("purchase", "l"), Expr.CompareOp.EQ, new Expr.Column("id", "purchase")),
                new Expr.Compare(
                        new Expr.Column("quantity", "l"),
                        Expr.CompareOp.GT,
                        new Expr.Param(quantity, ColumnType.of(ColumnType.Kind.LONG)))));
        return new Select(
                List.of(),
                false,
                List.of(
                        new Projection(new Expr.Column("id", "purchase"), null),
                        new Projection(new Expr.Column("id", "l"), null)),
                "purchase",
                null,
                new Expr.Compare(
                        new Expr.Column("label", "purchase"),
                        Expr.CompareOp.EQ,
                        new Expr.Param(label, ColumnType.string(20))),
                List.of(),
                null,
                List.of(),
                0,
                0,
                "",
                List.of(new Join("purchase_line", "", "l", on)));
    }

    @Test
    void aJoinsConditionValuesAreSlotsOfTheShape() {
        Shape<Select> first = Shape.of(joined("gift", 2));
        Shape<Select> second = Shape.of(joined("urgent", 5));
        assertEquals(first.node(), second.node(), "values apart, the two statements have one shape");
        assertEquals(1, first.node().joins().size());
        assertEquals(List.of("gift", 2L), first.values(), "numbered in the tree's order, not the text's");

        Dialect postgres = Dialects.of(DialectId.POSTGRESQL);
        RenderedSql rendered = DynamicSql.select(postgres, first.node());
        RenderedSql filled = second.fill(rendered);
        assertEquals(DynamicSql.select(postgres, joined("urgent", 5)).sql(), filled.sql());
        assertEquals(
                List.of(5L, "urgent"),
                filled.params().stream().map(Expr.Param::value).toList(),
                "the second statement's values, in the order the text binds them");
    }
}
