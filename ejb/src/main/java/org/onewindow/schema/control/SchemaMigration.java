package org.onewindow.schema.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway before anything else touches the database. The same
 * migrations run on H2, PostgreSQL and DB2; only the large-text type differs, as a placeholder.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/OneWindowDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .resourceProvider(new ListedMigrations(SchemaMigration.class.getClassLoader()))
                .javaMigrationClassProvider(java.util.List::of)
                .placeholders(typesOf(databaseProduct()))
                // the server's EJB timer store (src-config/cli/supervision.cli) creates its table before the first
                // migration runs: a schema holding only that is still "empty" for us, every migration from V1 runs
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations run)");
    }

    /** The column types that have no common spelling on the three databases. */
    static Map<String, String> typesOf(String product) {
        if (product.contains("postgres")) {
            return Map.of("clob", "TEXT");
        }
        if (product.contains("db2")) {
            return Map.of("clob", "CLOB(1M)");
        }
        return Map.of("clob", "CLOB");
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException unreachable) {
            throw new IllegalStateException("The OneWindow database cannot be reached", unreachable);
        }
    }
}
