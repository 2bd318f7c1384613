package io.github.liquibasesyzygy.bench.parse;

import io.github.liquibasesyzygy.bench.Args;
import io.github.liquibasesyzygy.bench.Stats;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.ext.syzygy.changelog.PlannedChangeSets;
import liquibase.ext.syzygy.changelog.RunFilter;
import liquibase.ext.syzygy.plan.RunMode;
import liquibase.ext.syzygy.plan.StagePlanner;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Guards the plan check against quadratic growth on the changelog shape that exposed it: many tables, each followed
 * by a raw SQL changeset and a change to a table the changelog never creates. Prints the plan's CPU cost per
 * changeset at growing sizes; linear code keeps that figure flat (the growth factor near 1 or below).
 */
public final class PlanScaling {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PlanScaling() {}

    public static void run(Args args) throws Exception {
        List<String> sizes = args.list("scaling-sizes", args.flag("smoke") ? "300,1200" : "1000,4000,16000");
        Path dir = Path.of(args.get("dir", "target/bench-scaling")).toAbsolutePath();
        System.out.println("plan scaling: StagePlanner.plan CPU time per changeset, median of 5 runs");
        System.out.println("| changesets | tables | raw sql changesets | plan µs/changeset (CPU) | vs smallest |");
        System.out.println("|---:|---:|---:|---:|---:|");
        double first = Double.NaN;
        for (String size : sizes) {
            int groups = Integer.parseInt(size) / 3;
            DatabaseChangeLog changeLog = parse(dir.resolve(String.valueOf(groups)), groups);
            var planned = PlannedChangeSets.from(changeLog, List.of(), RunFilter.of("pre-deploy", null, null))
                    .planned();
            List<Double> perChangeSet = new ArrayList<>();
            for (int run = 0; run < 6; run++) {
                long start = THREADS.getCurrentThreadCpuTime();
                var plan = StagePlanner.plan(planned, RunMode.PRE_DEPLOY);
                long nanos = THREADS.getCurrentThreadCpuTime() - start;
                if (plan.hasErrors()) {
                    throw new IllegalStateException("unexpected plan errors: " + plan.errors());
                }
                if (run > 0) { // the first run warms up
                    perChangeSet.add(nanos / 1e3 / planned.size());
                }
            }
            double us = Stats.median(perChangeSet);
            first = Double.isNaN(first) ? us : first;
            System.out.printf("| %d | %d | %d | %.1f | %.2f |%n", planned.size(), groups, groups, us, us / first);
        }
    }

    private static DatabaseChangeLog parse(Path dir, int groups) throws Exception {
        Files.createDirectories(dir);
        StringBuilder xml = new StringBuilder(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                """);
        for (int g = 0; g < groups; g++) {
            xml.append(String.format(
                    """
                    <changeSet id="c%1$d" author="b"><createTable tableName="t_%1$d">\
                    <column name="id" type="int"/></createTable></changeSet>
                    <changeSet id="s%1$d" author="b" context="pre-deploy"><sql>UPDATE settings SET v = %1$d</sql>\
                    </changeSet>
                    <changeSet id="l%1$d" author="b"><addColumn tableName="legacy">\
                    <column name="c%1$d" type="int"/></addColumn></changeSet>
                    """,
                    g));
        }
        Files.writeString(dir.resolve("changelog.xml"), xml.append("</databaseChangeLog>\n"));
        return new XMLChangeLogSAXParser()
                .parse("changelog.xml", new ChangeLogParameters(), new DirectoryResourceAccessor(dir.toFile()));
    }
}
