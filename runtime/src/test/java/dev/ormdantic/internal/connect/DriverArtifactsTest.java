package dev.ormdantic.internal.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Maven coordinates an {@code ORM2006} message tells the user to add are the driver versions this build tests:
 * surefire passes them from the POM's version properties.
 */
class DriverArtifactsTest {

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void serverDriversAreTheBuildsVersions(ServerKind kind) {
        assertEquals(expected(kind.name().toLowerCase(Locale.ROOT)), kind.driverArtifact());
    }

    @Test
    void sqliteDriverIsTheBuildsVersion() {
        assertEquals(expected("sqlite"), SqliteProfile.DRIVER_ARTIFACT);
    }

    private static String expected(String name) {
        String property = "ormdantic.driver." + name;
        return Objects.requireNonNull(System.getProperty(property), () -> "surefire sets " + property);
    }
}
