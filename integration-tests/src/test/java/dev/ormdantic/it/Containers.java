package dev.ormdantic.it;

import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mssqlserver.MSSQLServerContainer;
import org.testcontainers.oracle.OracleContainer;

/**
 * SQL Server and Oracle in containers, started once per test run when a Docker engine is present and no URL was
 * given for them. This project's machines have no Docker engine, so there these backends report themselves skipped;
 * on a developer's machine with Docker, the same behaviour suite runs against the real servers.
 */
final class Containers {

    private static @Nullable Boolean dockerAvailable;
    private static @Nullable String mssqlUrl;
    private static @Nullable String oracleUrl;

    private Containers() {}

    /** Whether a Docker engine answers; asked once. */
    static synchronized boolean dockerAvailable() {
        if (dockerAvailable == null) {
            boolean available;
            try {
                available = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                available = false;
            }
            dockerAvailable = available;
        }
        return dockerAvailable;
    }

    /** The URL of a SQL Server container, started on first use and stopped when the JVM exits. */
    @SuppressWarnings("resource") // lives as long as the test JVM; Testcontainers' reaper removes it
    static synchronized String mssql() {
        if (mssqlUrl == null) {
            MSSQLServerContainer container =
                    new MSSQLServerContainer("mcr.microsoft.com/mssql/server:2022-latest").acceptLicense();
            container.start();
            mssqlUrl = "mssql://" + container.getUsername() + ":" + container.getPassword() + "@" + container.getHost()
                    + ":" + container.getMappedPort(1433) + "/master?trust_cert=true";
        }
        return mssqlUrl;
    }

    /** The URL of an Oracle Free container, started on first use and stopped when the JVM exits. */
    @SuppressWarnings("resource") // lives as long as the test JVM; Testcontainers' reaper removes it
    static synchronized String oracle() {
        if (oracleUrl == null) {
            OracleContainer container = new OracleContainer("gvenzl/oracle-free:23-slim-faststart");
            container.start();
            oracleUrl = "oracle://" + container.getUsername() + ":" + container.getPassword() + "@"
                    + container.getHost() + ":" + container.getMappedPort(1521) + "/" + container.getDatabaseName();
        }
        return oracleUrl;
    }
}
