package id.kinerja.bench;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A large office built in bulk with {@code generate_series}: employees in units of ten (the first of each ten
 * supervises the other nine), 24 closed monthly periods each with an evaluation of every employee, and three
 * indicators per employee in the two latest periods. Foreign-key triggers are skipped while loading (the data is
 * consistent by construction), then the tables are vacuumed and analysed.
 */
final class ScoreData {

    static final int PERIODS = 24;
    static final long FIRST_TELEGRAM_USER = 5_000_001L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ScoreData(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    void load(int employees) {
        transaction.executeWithoutResult(status -> insert(employees));
        for (String table : new String[] {"unit", "employee", "appraisal_period"}) {
            jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))")
                    .query(Long.class).single();
        }
        jdbc.sql("vacuum analyze").update(); // as after any bulk load: no autovacuum storm during the measurements
        jdbc.sql("checkpoint").update(); // nor a checkpoint of the load's WAL in the middle of them
    }

    private void insert(int employees) {
        jdbc.sql("set local session_replication_role = replica").update();
        jdbc.sql("""
                insert into unit (id, name)
                select u, 'Unit ' || lpad(u::text, 4, '0') from generate_series(1, greatest(1, :n / 1000)) u""")
                .param("n", employees).update();
        jdbc.sql("""
                insert into employee (id, nip, name, position, unit_id, supervisor_id)
                select i, to_char(date '1970-01-01' + i / 1000, 'YYYYMMDD') || '201003' || (1 + i % 2)
                          || lpad((1 + i % 999)::text, 3, '0'), 'Pegawai ' || i,
                       case when i % 10 = 1 then 'Kepala Seksi' else 'Pengadministrasi Umum' end,
                       1 + (i - 1) % greatest(1, :n / 1000),
                       case when i % 10 = 1 then null else i - (i - 1) % 10 end
                  from generate_series(1, :n) i""").param("n", employees).update();
        jdbc.sql("""
                insert into appraisal_period (id, code, kind, start_date, end_date, due_date, status, closed_at)
                select p, to_char(s, 'YYYY-MM'), 'MONTHLY', s::date, (s + interval '1 month - 1 day')::date,
                       (s + interval '1 month 6 days')::date, 'CLOSED', s + interval '1 month 7 days'
                  from generate_series(1, :periods) p,
                       lateral (select timestamp '2024-01-01' + (p - 1) * interval '1 month' as s) start""")
                .param("periods", PERIODS).update();
        jdbc.sql("""
                insert into evaluation (employee_id, period_id, evaluator_id, work_result, behaviour, predicate,
                                        feedback)
                select i, p, case when i % 10 = 1 then null else i - (i - 1) % 10 end,
                       (array['BELOW','MEETS','ABOVE'])[1 + (i + p) % 3],
                       (array['MEETS','ABOVE','BELOW'])[1 + (i * 7 + p) % 3],
                       (array['BAIK','SANGAT_BAIK','BUTUH_PERBAIKAN'])[1 + (i + p) % 3],
                       case when (i + p) % 3 = 0 then 'Pertahankan kinerja bulan ' || p end
                  from generate_series(1, :periods) p, generate_series(1, :n) i""")
                .param("n", employees).param("periods", PERIODS).update();
        jdbc.sql("""
                insert into indicator (employee_id, period_id, name, target, unit_of_measure, realisation,
                                       direction, weight)
                select i, p, k.name, k.target, k.unit, round(k.target * (80 + (i + p) % 40) / 100.0, 2), k.direction,
                       k.weight
                  from generate_series(:periods - 1, :periods) p, generate_series(1, :n) i,
                       (values ('Surat masuk diproses', 200, 'dokumen', 'HIGHER_IS_BETTER', 3),
                               ('Waktu penyelesaian pengaduan', 3, 'hari', 'LOWER_IS_BETTER', 2),
                               ('Arsip digital', 50, 'berkas', 'HIGHER_IS_BETTER', 1))
                       as k(name, target, unit, direction, weight)""")
                .param("n", employees).param("periods", PERIODS).update();
    }

    /** Links employees 1..count to Telegram users FIRST_TELEGRAM_USER.. (as /start with a code would). */
    void link(int count) {
        jdbc.sql("update employee set telegram_user_id = :first + id - 1, linked_at = now() where id <= :count")
                .param("first", FIRST_TELEGRAM_USER).param("count", count).update();
    }

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
