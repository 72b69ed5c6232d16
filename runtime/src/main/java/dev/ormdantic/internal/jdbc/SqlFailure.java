package dev.ormdantic.internal.jdbc;

import java.sql.SQLException;

/**
 * Carries a {@link SQLException} through the {@code Params} and {@code Row} interfaces, whose methods cannot throw it,
 * to the place that translates it into an {@code OrmdanticException}.
 */
public final class SqlFailure extends RuntimeException {

    private final SQLException sqlException;

    /**
     * Wraps a driver's exception.
     *
     * @param cause the driver's exception
     */
    public SqlFailure(SQLException cause) {
        super(cause);
        this.sqlException = cause;
    }

    /**
     * The driver's exception.
     *
     * @return the exception the driver threw
     */
    public SQLException sqlException() {
        return sqlException;
    }
}
