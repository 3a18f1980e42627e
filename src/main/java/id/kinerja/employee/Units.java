package id.kinerja.employee;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The unit tree and who heads a unit. The head of a unit is an active employee of it whose supervisor
 * is not in the same unit (or who has none): the camat of the kantor camat, a lurah of a kelurahan, a
 * kepala seksi of a seksi. A unit can have several (e.g. two acting heads); usually it has one.
 */
@Repository
public class Units {

    private static final String HEADS = """
            select e.id from employee e
              left join employee s on s.id = e.supervisor_id
             where e.active and (s.id is null or s.unit_id <> e.unit_id)""";

    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit in tree order: a parent before its children, siblings by name. */
    public List<Unit> all() {
        List<Unit> units = jdbc.sql("select id, name, parent_id from unit").query(Units::map).list();
        Map<Long, List<Unit>> children = new HashMap<>();
        List<Unit> roots = new ArrayList<>();
        Set<Long> ids = new LinkedHashSet<>();
        units.forEach(u -> ids.add(u.id()));
        for (Unit unit : units) {
            if (unit.parentId() == null || !ids.contains(unit.parentId())) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentId(), p -> new ArrayList<>()).add(unit);
            }
        }
        List<Unit> ordered = new ArrayList<>(units.size());
        Comparator<Unit> byName = Comparator.comparing(Unit::name);
        roots.sort(byName);
        for (Unit root : roots) {
            addTree(root, children, byName, ordered, new LinkedHashSet<>());
        }
        return ordered;
    }

    /** One unit by its id: one row read (every survey tap asks), not the whole tree. */
    public Optional<Unit> byId(long id) {
        return jdbc.sql("select id, name, parent_id from unit where id = ?").param(id).query(Units::map).optional();
    }

    public Optional<Unit> byName(String name) {
        return jdbc.sql("select id, name, parent_id from unit where name = ?").param(name.trim())
                .query(Units::map).optional();
    }

    private static Unit map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Unit(rs.getLong("id"), rs.getString("name"), (Long) rs.getObject("parent_id"));
    }

    /** The unit and every unit below it, in tree order. */
    public List<Unit> subtree(long unitId) {
        List<Unit> ordered = all();
        Set<Long> inside = new LinkedHashSet<>();
        inside.add(unitId);
        List<Unit> result = new ArrayList<>();
        for (Unit unit : ordered) {
            // tree order puts a parent before its children, so one pass finds the whole subtree
            if (unit.id() == unitId || (unit.parentId() != null && inside.contains(unit.parentId()))) {
                inside.add(unit.id());
                result.add(unit);
            }
        }
        return result;
    }

    /** Whether {@code unitId} is {@code ancestorId} or lies below it. */
    public boolean within(long unitId, long ancestorId) {
        return subtree(ancestorId).stream().anyMatch(u -> u.id() == unitId);
    }

    /** The units this employee heads (see the class comment); empty for most people. */
    public List<Unit> headedBy(long employeeId) {
        List<Long> ids = jdbc.sql("select e.unit_id from employee e where e.id in (" + HEADS + ") and e.id = ?")
                .param(employeeId).query(Long.class).list();
        return all().stream().filter(u -> ids.contains(u.id())).toList();
    }

    /** The employee ids heading this unit. */
    public List<Long> heads(long unitId) {
        return jdbc.sql(HEADS + " and e.unit_id = ? order by e.id").param(unitId).query(Long.class).list();
    }

    private static void addTree(Unit unit, Map<Long, List<Unit>> children, Comparator<Unit> byName, List<Unit> into,
                                Set<Long> path) {
        if (!path.add(unit.id())) {
            return; // a cycle in parent links: each unit once
        }
        into.add(unit);
        List<Unit> below = new ArrayList<>(children.getOrDefault(unit.id(), List.of()));
        below.sort(byName);
        for (Unit child : below) {
            addTree(child, children, byName, into, path);
        }
    }
}
