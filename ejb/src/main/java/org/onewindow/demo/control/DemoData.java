package org.onewindow.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.calendar.CalendarDay;
import org.onewindow.calendar.ChinaPublicHolidays;
import org.onewindow.catalogue.ServiceItem;
import org.onewindow.organisation.Department;
import org.onewindow.organisation.SaltedPassword;
import org.onewindow.organisation.Staff;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Loads the demonstration data (Tianhe district's departments, staff of every role, a dozen service
 * items, the 2025 and 2026 holiday calendar) into an empty database when the server is started with
 * {@code -Donewindow.demo-data=true}. Never touches a database that already has departments.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    /** The password of every demo account, as the README lists them. */
    public static final String PASSWORD = "OneWindow#2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void loadWhenAsked() {
        if (!Boolean.getBoolean("onewindow.demo-data")) {
            return;
        }
        long departments = em.createQuery("SELECT COUNT(d) FROM Department d", Long.class).getSingleResult();
        if (departments > 0) {
            LOG.info("Demo data not loaded: the database already has departments");
            return;
        }
        Map<String, Department> byCode = new HashMap<>();
        for (DemoDepartments.Row row : DemoDepartments.ROWS) {
            Department department = new Department(row.code(), row.name(), row.kind(),
                    row.parent() == null ? null : byCode.get(row.parent()));
            em.persist(department);
            byCode.put(row.code(), department);
        }
        SaltedPassword password = SaltedPassword.of(PASSWORD);
        for (DemoStaff.Row row : DemoStaff.ROWS) {
            em.persist(new Staff(row.username(), row.fullName(), byCode.get(row.department()),
                    EnumSet.copyOf(row.roles()), row.username() + "@tianhe.example.gov.cn", row.phone(), password));
        }
        List<ServiceItem.ItemDefinition> items = DemoCatalogue.items(byCode);
        for (ServiceItem.ItemDefinition definition : items) {
            em.persist(new ServiceItem(definition, 1, clock.instant()));
        }
        for (int year : new int[]{2025, 2026}) {
            ChinaPublicHolidays.year(year).forEach(day -> em.persist(new CalendarDay(day)));
        }
        LOG.info(() -> "Demo data loaded: " + DemoDepartments.ROWS.size() + " departments, " + DemoStaff.ROWS.size()
                + " staff, " + items.size() + " service items, calendar 2025-2026");
    }
}
