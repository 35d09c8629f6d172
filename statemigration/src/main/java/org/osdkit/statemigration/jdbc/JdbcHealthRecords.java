package org.osdkit.statemigration.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.json.OsdkitJson;
import org.osdkit.core.storage.Database;
import org.osdkit.statemigration.SmpErrors;
import org.osdkit.statemigration.health.HealthRecords;
import org.osdkit.statemigration.health.SmpHealth;

/**
 * {@link HealthRecords} in {@code smp_health_checks}: one row per SMP holding the check as the JSON
 * document {@code osdkit smp health --output json} prints, so the dashboard serves exactly what was checked.
 */
final class JdbcHealthRecords implements HealthRecords {

    // A document kept by an older osdkit may lack or carry fields this one does not: it is still read.
    private static final ObjectMapper JSON = OsdkitJson.mapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Database database;

    JdbcHealthRecords(Database database) {
        this.database = database;
    }

    @Override
    public void save(SmpHealth health) {
        String document;
        try {
            document = JSON.writeValueAsString(health);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an SmpHealth always serialises", e);
        }
        database.jdbi().useTransaction(h -> {
            h.createUpdate("DELETE FROM smp_health_checks WHERE server = :server").bind("server", health.server()).execute();
            h.createUpdate("INSERT INTO smp_health_checks (server, checked_at, status, document) VALUES (:server, :at, :status, :doc)")
                    .bind("server", health.server()).bindByType("at", Sql.utc(health.checkedAt()), OffsetDateTime.class)
                    .bind("status", health.status().name()).bind("doc", document).execute();
        });
    }

    @Override
    public Optional<SmpHealth> last(String server) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT document FROM smp_health_checks WHERE server = :server")
                .bind("server", server).mapTo(String.class).findFirst()).map(JdbcHealthRecords::read);
    }

    private static SmpHealth read(String document) {
        try {
            return JSON.readValue(document, SmpHealth.class);
        } catch (JsonProcessingException e) {
            throw new OsdkitException(SmpErrors.HEALTH_UNREADABLE, "The last health check kept in the database cannot be read: " + e.getOriginalMessage(),
                    "Run 'osdkit smp health' again to replace it.");
        }
    }
}
