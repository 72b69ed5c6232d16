package dev.ormdantic.internal.error;

import java.sql.SQLException;

/**
 * Marks a driver's exception that came after a statement was handed to the driver to execute, so the statement may
 * have reached the database: a lost connection then leaves a write's outcome unknown ({@code ORM2405}), where the same
 * failure while borrowing or preparing proves that nothing was sent ({@code ORM2402}). It keeps the driver's SQLSTATE
 * and vendor code so that the dialect's {@link ErrorRules} classify it as they would the driver's exception, and
 * {@link ErrorTranslator} unwraps it: no user sees it.
 */
public final class SentStatement extends SQLException {

    private static final long serialVersionUID = 1L;

    private final SQLException driver;

    /**
     * Marks a driver exception as thrown after the statement was sent.
     *
     * @param driver the driver's exception
     */
    public SentStatement(SQLException driver) {
        super(driver.getMessage(), driver.getSQLState(), driver.getErrorCode(), driver);
        this.driver = driver;
    }

    /**
     * The driver's exception.
     *
     * @return the exception the driver threw
     */
    public SQLException driver() {
        return driver;
    }
}
