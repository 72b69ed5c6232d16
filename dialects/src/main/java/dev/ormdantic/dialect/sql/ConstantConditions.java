package dev.ormdantic.dialect.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds the parts of a condition whose outcome does not depend on the row: an empty {@code IN} list (false), an empty
 * {@code NOT IN} list (true), the empty conjunction (true) and the empty disjunction (false), and every {@code AND},
 * {@code OR} and {@code NOT} over them. A set-based write asks it whether a filter matches every row, so that
 * {@code notIn(List.of())} or {@code x.or(y.notIn(List.of()))} is refused just as {@code Filter.all()} is (writing every
 * row is {@code updateAll}/{@code deleteAll}).
 *
 * <p>The folding is exact under SQL's three-valued logic, with the constants meaning what the renderer writes for
 * them ({@code 1 = 1}, {@code 1 = 0}): only a true term is dropped from a conjunction and only a false one from a
 * disjunction ({@code TRUE AND x} and {@code FALSE OR x} are {@code x}, unknown included), a false term makes a
 * conjunction false and a true one makes a disjunction true ({@code FALSE AND UNKNOWN} is false, {@code TRUE OR
 * UNKNOWN} true), and {@code NOT} flips only a constant.
 *
 * @since 0.1.0
 */
public final class ConstantConditions {

    /** The condition that holds for every row, as the renderer writes {@code Filter.all()}. */
    public static final Expr TRUE = new Expr.And(List.of());

    /** The condition that holds for no row. */
    public static final Expr FALSE = new Expr.Or(List.of());

    private ConstantConditions() {}

    /**
     * Whether a condition holds for every row, whatever the row holds.
     *
     * @param condition the condition
     * @return {@code true} when it folds to {@link #TRUE}
     */
    public static boolean alwaysTrue(Expr condition) {
        return isTrue(fold(condition));
    }

    /**
     * The condition with its constant parts folded: {@link #TRUE} or {@link #FALSE} when the whole is constant,
     * otherwise an equivalent condition without constant terms inside its {@code AND}s and {@code OR}s.
     *
     * @param condition the condition
     * @return the folded condition, the same instance when nothing folds
     */
    public static Expr fold(Expr condition) {
        return switch (condition) {
            case Expr.In in when in.values().isEmpty() -> in.negated() ? TRUE : FALSE;
            case Expr.And and -> junction(and, and.terms(), true);
            case Expr.Or or -> junction(or, or.terms(), false);
            case Expr.Not not -> {
                Expr operand = fold(not.operand());
                if (isTrue(operand)) {
                    yield FALSE;
                }
                if (isFalse(operand)) {
                    yield TRUE;
                }
                yield operand.equals(not.operand()) ? not : new Expr.Not(operand);
            }
            default -> condition;
        };
    }

    /**
     * Folds the terms of an {@code AND} ({@code conjunction}) or an {@code OR}: the neutral constant (true for
     * {@code AND}) is dropped, the absorbing one (false for {@code AND}) decides the whole.
     */
    private static Expr junction(Expr original, List<Expr> terms, boolean conjunction) {
        List<Expr> kept = new ArrayList<>(terms.size());
        boolean changed = false;
        for (Expr term : terms) {
            Expr folded = fold(term);
            if (conjunction ? isFalse(folded) : isTrue(folded)) {
                return conjunction ? FALSE : TRUE;
            }
            if (conjunction ? isTrue(folded) : isFalse(folded)) {
                changed = true;
                continue;
            }
            changed |= !folded.equals(term);
            kept.add(folded);
        }
        if (kept.isEmpty()) {
            return conjunction ? TRUE : FALSE;
        }
        if (!changed) {
            return original;
        }
        if (kept.size() == 1) {
            return kept.get(0);
        }
        return conjunction ? new Expr.And(kept) : new Expr.Or(kept);
    }

    private static boolean isTrue(Expr condition) {
        return condition instanceof Expr.And and && and.terms().isEmpty();
    }

    private static boolean isFalse(Expr condition) {
        return condition instanceof Expr.Or or && or.terms().isEmpty();
    }
}
