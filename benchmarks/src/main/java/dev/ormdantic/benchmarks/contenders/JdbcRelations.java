package dev.ormdantic.benchmarks.contenders;

import dev.ormdantic.benchmarks.Backend;
import dev.ormdantic.benchmarks.BenchSql;
import dev.ormdantic.benchmarks.Graphs.ChildTree;
import dev.ormdantic.benchmarks.Graphs.ChildWithParent;
import dev.ormdantic.benchmarks.Graphs.ParentTree;
import dev.ormdantic.benchmarks.model.Child;
import dev.ormdantic.benchmarks.model.Leaf;
import dev.ormdantic.benchmarks.model.Parent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relationship cases written by hand over JDBC: one joined query (the joined graph, the many-to-one pairs), or
 * select-in batches of keys, building the same graphs every contender returns.
 */
final class JdbcRelations {

    private final Backend backend;
    private final int batch;

    JdbcRelations(Backend backend, int batch) {
        this.backend = backend;
        this.batch = batch;
    }

    private String q(String name) {
        return backend.quote(name);
    }

    /** Parents by name with children and leaves, from one LEFT JOIN. */
    List<ParentTree> joined(Connection c) throws SQLException {
        String sql = "SELECT p." + q("id") + ", p." + q("name") + ", ch." + q("id") + ", ch." + q("name") + ", l."
                + q("id") + ", l." + q("name") + " FROM " + q(BenchSql.PARENTS) + " p LEFT JOIN " + q(BenchSql.CHILDREN)
                + " ch ON ch." + q("parent_id") + " = p." + q("id") + " LEFT JOIN " + q(BenchSql.LEAVES) + " l ON l."
                + q("child_id") + " = ch." + q("id") + " ORDER BY p." + q("name") + ", p." + q("id") + ", ch."
                + q("id") + ", l." + q("id");
        Map<String, Parent> parents = new LinkedHashMap<>();
        Map<String, Map<String, Child>> children = new LinkedHashMap<>();
        Map<String, List<Leaf>> leaves = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String parentId = rs.getString(1);
                parents.computeIfAbsent(parentId, id -> new Parent(id, name(rs, 2)));
                Map<String, Child> mine = children.computeIfAbsent(parentId, id -> new LinkedHashMap<>());
                String childId = rs.getString(3);
                if (childId != null) {
                    mine.computeIfAbsent(childId, id -> new Child(id, parentId, name(rs, 4)));
                    List<Leaf> its = leaves.computeIfAbsent(childId, id -> new ArrayList<>());
                    String leafId = rs.getString(5);
                    if (leafId != null) {
                        its.add(new Leaf(leafId, childId, rs.getString(6)));
                    }
                }
            }
        }
        List<ParentTree> trees = new ArrayList<>(parents.size());
        for (Parent parent : parents.values()) {
            List<ChildTree> kids = new ArrayList<>();
            for (Child child : children.getOrDefault(parent.id(), Map.of()).values()) {
                kids.add(new ChildTree(child, leaves.getOrDefault(child.id(), List.of())));
            }
            trees.add(new ParentTree(parent, kids));
        }
        return trees;
    }

    private static String name(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parents by name, then their children (and, when asked, the children's leaves) by select-in batches. */
    List<ParentTree> selectIn(Connection c, boolean withLeaves) throws SQLException {
        List<Parent> parents = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + q("id") + ", " + q("name") + " FROM "
                        + q(BenchSql.PARENTS) + " ORDER BY " + q("name") + ", " + q("id"));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                parents.add(new Parent(rs.getString(1), rs.getString(2)));
            }
        }
        Map<String, List<Child>> children = new LinkedHashMap<>();
        for (List<String> keys : chunks(parents.stream().map(Parent::id).toList())) {
            for (String[] row : in(c, BenchSql.CHILDREN, "parent_id", keys)) {
                children.computeIfAbsent(row[1], k -> new ArrayList<>()).add(new Child(row[0], row[1], row[2]));
            }
        }
        Map<String, List<Leaf>> leaves = new LinkedHashMap<>();
        if (withLeaves) {
            List<String> childIds = children.values().stream()
                    .flatMap(List::stream)
                    .map(Child::id)
                    .toList();
            for (List<String> keys : chunks(childIds)) {
                for (String[] row : in(c, BenchSql.LEAVES, "child_id", keys)) {
                    leaves.computeIfAbsent(row[1], k -> new ArrayList<>()).add(new Leaf(row[0], row[1], row[2]));
                }
            }
        }
        List<ParentTree> trees = new ArrayList<>(parents.size());
        for (Parent parent : parents) {
            List<ChildTree> kids = new ArrayList<>();
            for (Child child : children.getOrDefault(parent.id(), List.of())) {
                kids.add(new ChildTree(child, leaves.getOrDefault(child.id(), List.of())));
            }
            trees.add(new ParentTree(parent, kids));
        }
        return trees;
    }

    /**
     * Children by name with their parents from one join, each parent one instance: how a to-one is written by hand
     * (and how jOOQ, Hibernate, Ebean and this ORM load it).
     */
    List<ChildWithParent> manyToOne(Connection c) throws SQLException {
        String sql = "SELECT ch." + q("id") + ", ch." + q("parent_id") + ", ch." + q("name") + ", p." + q("id")
                + ", p." + q("name") + " FROM " + q(BenchSql.CHILDREN) + " ch JOIN " + q(BenchSql.PARENTS)
                + " p ON p." + q("id") + " = ch." + q("parent_id") + " ORDER BY ch." + q("name") + ", ch." + q("id");
        Map<String, Parent> parents = new HashMap<>();
        List<ChildWithParent> loaded = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Child child = new Child(rs.getString(1), rs.getString(2), rs.getString(3));
                String parentId = rs.getString(4);
                Parent parent = parents.get(parentId);
                if (parent == null) {
                    parent = new Parent(parentId, rs.getString(5));
                    parents.put(parentId, parent);
                }
                loaded.add(new ChildWithParent(child, parent));
            }
        }
        return loaded;
    }

    private List<List<String>> chunks(List<String> keys) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += batch) {
            chunks.add(keys.subList(from, Math.min(from + batch, keys.size())));
        }
        return chunks;
    }

    /** Rows (id, key column, name) of a child table whose key column is one of the keys. */
    private List<String[]> in(Connection c, String table, String column, List<String> keys) throws SQLException {
        String sql =
                "SELECT " + q("id") + ", " + q(column) + ", " + q("name") + " FROM " + q(table) + " WHERE " + q(column)
                        + " IN (" + String.join(", ", Collections.nCopies(keys.size(), "?")) + ") ORDER BY " + q("id");
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < keys.size(); i++) {
                ps.setString(i + 1, keys.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        return rows;
    }
}
