package dev.ormdantic.processor.model;

import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.CheckSpec.Comparison;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code CHECK} constraints a component's {@code jakarta.validation} constraints and enum type give its column,
 * named {@code {table}_{column}_{suffix}_check}. Each is at most as strict as the generated Java validation, so the
 * database never refuses a record that validation accepts.
 */
public final class ColumnChecks {

    private static final Set<ValueKind> NUMBERS = EnumSet.of(
            ValueKind.SHORT, ValueKind.INT, ValueKind.LONG, ValueKind.FLOAT, ValueKind.DOUBLE, ValueKind.DECIMAL);

    private ColumnChecks() {}

    /**
     * The checks of one column, in constraint order; the allowed values of an enum last.
     *
     * @param table the table name
     * @param component the component
     * @param enumValues the stored values of an enum component, empty for any other
     * @return the checks
     */
    public static List<CheckSpec> of(String table, ComponentModel component, List<String> enumValues) {
        Names names = new Names(table + "_" + component.columnName());
        List<CheckSpec> checks = new ArrayList<>();
        String column = component.columnName();
        ValueKind kind = component.type().kind();
        for (Constraint constraint : component.constraints()) {
            if (NUMBERS.contains(kind)) {
                bound(constraint, kind, column, names, checks);
            } else if (kind == ValueKind.STRING) {
                text(constraint, column, names, checks);
            }
        }
        if (!enumValues.isEmpty()) {
            checks.add(new CheckSpec.OneOf(names.next("enum_values"), column, enumValues));
        }
        return checks;
    }

    private static void bound(
            Constraint constraint, ValueKind kind, String column, Names names, List<CheckSpec> checks) {
        switch (constraint) {
            case Constraint.Min min -> add(checks, names, column, Comparison.GE, String.valueOf(min.value()), kind);
            case Constraint.Max max -> add(checks, names, column, Comparison.LE, String.valueOf(max.value()), kind);
            case Constraint.DecimalBound bound -> {
                boolean lower = bound.name().equals("DecimalMin");
                Comparison comparison = lower
                        ? (bound.inclusive() ? Comparison.GE : Comparison.GT)
                        : (bound.inclusive() ? Comparison.LE : Comparison.LT);
                add(checks, names, column, comparison, bound.value(), kind);
            }
            case Constraint.Plain plain -> {
                Comparison comparison = switch (plain.name()) {
                    case "Positive" -> Comparison.GT;
                    case "PositiveOrZero" -> Comparison.GE;
                    case "Negative" -> Comparison.LT;
                    case "NegativeOrZero" -> Comparison.LE;
                    default -> null;
                };
                if (comparison != null) {
                    add(checks, names, column, comparison, "0", kind);
                }
            }
            default -> {}
        }
    }

    private static void add(
            List<CheckSpec> checks, Names names, String column, Comparison comparison, String bound, ValueKind kind) {
        BigDecimal exact;
        try {
            exact = new BigDecimal(bound.trim());
        } catch (NumberFormatException e) {
            return; // the validator reports the bound
        }
        if (kind == ValueKind.FLOAT) {
            // The database compares a REAL column as a double: the bound is the float it rounds to, written exactly,
            // so that a float the Java check accepts at the bound is accepted there too.
            float rounded = exact.floatValue();
            if (Float.isInfinite(rounded)) {
                return;
            }
            exact = new BigDecimal(rounded);
        }
        checks.add(new CheckSpec.Compare(
                names.next(comparison.suffix()),
                column,
                comparison,
                exact.stripTrailingZeros().toPlainString()));
    }

    private static void text(Constraint constraint, String column, Names names, List<CheckSpec> checks) {
        switch (constraint) {
            case Constraint.Size size -> {
                if (size.min() > 0) {
                    checks.add(new CheckSpec.Length(names.next("min_length"), column, true, size.min()));
                }
                if (size.max() != Integer.MAX_VALUE) {
                    checks.add(new CheckSpec.Length(names.next("max_length"), column, false, size.max()));
                }
            }
            case Constraint.Plain plain
            when plain.name().equals("NotEmpty") ->
                checks.add(new CheckSpec.Length(names.next("min_length"), column, true, 1));
            case Constraint.Plain plain
            when plain.name().equals("NotBlank") -> checks.add(new CheckSpec.NotBlank(names.next("not_blank"), column));
            case Constraint.Regex regex
            when regex.name().equals("Pattern") ->
                checks.add(new CheckSpec.Matches(names.next("pattern"), column, regex.regexp()));
            default -> {}
        }
    }

    /** Constraint names of one column; a second check of the same kind gets {@code _2}, a third {@code _3}. */
    private static final class Names {
        private final String prefix;
        private final Set<String> used = new HashSet<>();

        Names(String prefix) {
            this.prefix = prefix;
        }

        String next(String suffix) {
            String name = prefix + "_" + suffix + "_check";
            for (int i = 2; !used.add(name); i++) {
                name = prefix + "_" + suffix + "_" + i + "_check";
            }
            return name;
        }
    }
}
